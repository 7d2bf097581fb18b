/**
 * The Redis CircuitBreaker: circuit state shared by every gateway instance (PRODUCT §2, §7). Counting a failure,
 * opening, and claiming the single half-open probe are atomic Lua scripts (`redis-circuit-breaker-scripts.ts`),
 * so across N instances exactly one probe goes out after a cooldown.
 *
 * Hot path: `acquire` costs at most one round trip, and usually none: a model seen closed is trusted closed for
 * `closedCacheMs` (default 250 ms) without asking Redis. The price is that an instance may send requests to a
 * model for up to that long after another instance opened its circuit (docs/decisions/0007-breaker-local-closed-cache.md).
 * A failure recorded here that opens the circuit drops the local entry at once.
 *
 * Resend-safe: each script call carries a fresh id, and a call that changed the state keeps its answer for
 * {@link RESEND_WINDOW_IN_MS} under `<prefix>cbc:<model>:<id>`, so a command ioredis resends after its reply was lost
 * counts once (see `redis-circuit-breaker-scripts.ts`).
 *
 * Redis being down never fails a request: the breaker then fails open (lets the attempt through) and reports the
 * error through `onError`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Clock } from "../../core/clock.js";
import type { CircuitBreaker, CircuitBreakerSettings, CircuitOutcome, CircuitState } from "../../routing/fallback/circuit-breaker.js";
import { RESEND_WINDOW_IN_MS } from "../rate-limiter.js";
import { ACQUIRE_SCRIPT, RECORD_SCRIPT } from "./redis-circuit-breaker-scripts.js";

/** Options of `createRedisCircuitBreaker`. */
export interface RedisCircuitBreakerOptions {
  settings: CircuitBreakerSettings;
  clock: Clock;
  /** Key prefix; keep a `{hash tag}` in it for Redis Cluster. Default `{switchyard}:`. */
  prefix?: string;
  /** How long a "closed" answer is trusted locally. 0 asks Redis on every acquire. Default 250. */
  closedCacheMs?: number;
  /** How long the half-open probe is held before another instance may probe (a crashed holder). Default 120 s. */
  probeLeaseMs?: number;
  /** Redis errors (the breaker fails open). Default: ignored. */
  onError?: (error: unknown) => void;
}

/** Default trust of a locally cached "closed" state. */
export const DEFAULT_CLOSED_CACHE_MS = 250;
const DEFAULT_PROBE_LEASE_MS = 120_000;
/** Open circuits outlive their cooldown this long in Redis before they expire (back to closed). */
const KEEP_MS = 86_400_000;

type ScriptClient = Redis & {
  switchyardBreakerAcquireOnce(key: string, answerKey: string, now: number, probeLeaseMs: number, keepMs: number, answerKeepMs: number): Promise<number>;
  switchyardBreakerRecordOnce(circuitKey: string, failureKey: string, answerKey: string, ...args: (string | number)[]): Promise<number>;
};

/**
 * Creates a breaker over an ioredis client. Keys are `<prefix>cb:<model>` and `<prefix>cbo:<model>`, plus a
 * call's kept answer `<prefix>cbc:<model>:<call id>` for a few seconds.
 */
export function createRedisCircuitBreaker(redis: Redis, options: RedisCircuitBreakerOptions): CircuitBreaker & Required<Pick<CircuitBreaker, "routingState">> {
  const client = redis as ScriptClient;
  if (typeof client.switchyardBreakerAcquireOnce !== "function") {
    redis.defineCommand("switchyardBreakerAcquireOnce", { numberOfKeys: 2, lua: ACQUIRE_SCRIPT });
    redis.defineCommand("switchyardBreakerRecordOnce", { numberOfKeys: 3, lua: RECORD_SCRIPT });
  }
  const { settings, clock, prefix = "{switchyard}:", closedCacheMs = DEFAULT_CLOSED_CACHE_MS, probeLeaseMs = DEFAULT_PROBE_LEASE_MS } = options;
  const onError = options.onError ?? (() => {});
  /** Model -> time until which "closed" is trusted without a round trip. */
  const closedUntil = new Map<string, number>();
  /** Models whose half-open probe this instance holds, with when it was granted. */
  const probes = new Map<string, number>();
  const circuitKey = (model: string): string => `${prefix}cb:${model}`;
  // The latest outcomes (a list; `cbf:` held a sorted set of failure times before the rule counted successes too).
  const failureKey = (model: string): string => `${prefix}cbo:${model}`;
  // One call's answer, kept so that a resend of the call gets it instead of running again.
  const answerKey = (model: string, callId: string): string => `${prefix}cbc:${model}:${callId}`;

  return {
    async acquire(model) {
      const now = clock.now();
      if ((closedUntil.get(model) ?? 0) > now) return true;
      try {
        const result = await client.switchyardBreakerAcquireOnce(circuitKey(model), answerKey(model, randomUUID()), now, probeLeaseMs, KEEP_MS, RESEND_WINDOW_IN_MS);
        if (result === 1 && closedCacheMs > 0) closedUntil.set(model, now + closedCacheMs);
        else closedUntil.delete(model);
        if (result === 2) probes.set(model, now);
        return result !== 0;
      } catch (error) {
        onError(error);
        return true;
      }
    },
    async record(model, outcome: CircuitOutcome, startedAt?: number) {
      // An attempt that started before this instance was granted the probe is not the probe.
      const grantedAt = probes.get(model);
      const heldProbe = grantedAt !== undefined && !(startedAt !== undefined && startedAt < grantedAt);
      if (heldProbe) probes.delete(model);
      // An abandoned attempt only matters when it held the probe: nothing to tell Redis otherwise.
      if (outcome === "abandoned" && !heldProbe) return;
      const callId = randomUUID();
      try {
        const opened = await client.switchyardBreakerRecordOnce(
          circuitKey(model),
          failureKey(model),
          answerKey(model, callId),
          outcome,
          clock.now(),
          settings.windowMs,
          settings.failures,
          settings.cooldownMs,
          callId,
          KEEP_MS,
          startedAt ?? "",
          RESEND_WINDOW_IN_MS,
        );
        if (opened === 1) closedUntil.delete(model);
      } catch (error) {
        onError(error);
      }
    },
    async state(model): Promise<CircuitState> {
      try {
        const openUntil = await redis.hget(circuitKey(model), "open_until");
        if (openUntil === null) return "closed";
        return clock.now() < Number(openUntil) ? "open" : "half_open";
      } catch (error) {
        // Routing fails open (acquire), but a report must not: "closed" here showed every circuit closed on the
        // dashboard and in /metrics while Redis was down. The reader says the state is unknown.
        onError(error);
        throw error;
      }
    },
    // A routing choice trusts a recent "closed" as acquire does (at most closedCacheMs stale), and caches one it reads.
    async routingState(model): Promise<CircuitState> {
      const now = clock.now();
      if ((closedUntil.get(model) ?? 0) > now) return "closed";
      const state = await this.state(model);
      if (state === "closed" && closedCacheMs > 0) closedUntil.set(model, now + closedCacheMs);
      return state;
    },
    async openUntil(model): Promise<number | null> {
      try {
        const openUntil = await redis.hget(circuitKey(model), "open_until");
        return openUntil === null ? null : Number(openUntil);
      } catch (error) {
        onError(error);
        throw error;
      }
    },
  };
}
