/**
 * Opens the Redis stores of `openStorage` (`storage.redis_url`): the ledger, rate limiter, conversations, shared circuit
 * breakers, outcome feed and Retry-After holds, on one client whose readiness a health watch follows.
 * @module
 */
import { SYSTEM_CLOCK, type Clock } from "../../core/clock.js";
import { GatewayError } from "../../core/errors/index.js";
import { redactUrl } from "../redact-url.js";
import { createRedisCircuitBreaker, type RedisCircuitBreakerOptions } from "./redis-circuit-breaker.js";
import { createRedisConversationStore } from "./redis-conversation-store.js";
import { watchRedisHealth } from "./redis-health-watch.js";
import { watchRedisWrites } from "./redis-write-watch.js";
import { createRedisLedger, type RedisLedgerOptions } from "./redis-ledger.js";
import { createRedisOutcomeFeed } from "./redis-outcome-feed.js";
import { createRedisRateLimiter } from "./redis-rate-limiter.js";
import { createRedisRetryAfterHolds } from "./redis-retry-after-holds.js";

/** What `openRedisStores` reads of `openStorage`'s options (`OpenStorageOptions` documents each). */
export interface RedisStoresOptions extends Pick<RedisLedgerOptions, "spentSoFar"> {
  storage: { redis_unready_after_failed_probes?: number | undefined };
  clock?: Clock;
  onError?: (error: unknown) => void;
  onStoreError?: (store: "redis" | "postgres", error: unknown) => void;
  /** Set (a gateway's start): an unreachable Redis does not throw, the client keeps reconnecting. */
  retryInBackground?: unknown;
}

/**
 * The longest a Redis command may take before it fails (503 storage_unavailable for a request). Redis answers in well
 * under a millisecond; a server that stops answering without closing the connection (a partition, a frozen process)
 * reveals itself only this way, and without a limit every request touching it waited for ever.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;

/** How often an idle check asks Redis whether it answers (readiness; redis-health-watch.ts). */
const REDIS_HEALTH_INTERVAL_MS = 1_000;

export async function openRedisStores(url: string, namespace: string, closers: (() => Promise<void>)[], options: RedisStoresOptions) {
  const { Redis } = await import("ioredis");
  // No offline queue: while Redis is unreachable a command fails at once (503 storage_unavailable) instead of waiting
  // for a few reconnects (seconds each) on every request. Commands already sent when a connection drops are still
  // resent once it is back (the scripts are idempotent for that).
  // A command unanswered for REDIS_COMMAND_TIMEOUT_MS fails (503): a stalled server must not hold requests for ever.
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true, enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
  // Without a listener ioredis prints a stack for every failed reconnect; the client keeps reconnecting either way.
  // The connect's own rejection says only "Connection is closed."; the reason (ECONNREFUSED, a wrong password, an
  // unknown host) came as an error event, kept here so the start's error can name it.
  let lastError: unknown;
  redis.on("error", (error: unknown) => {
    lastError = error;
    options.onStoreError?.("redis", error);
  });
  closers.push(async () => {
    if (redis.status !== "end") await redis.quit().catch(() => redis.disconnect());
  });
  await redis.connect().catch((error: unknown) => {
    // The client keeps reconnecting by itself (backoff up to 2 s); meanwhile each command fails fast (503).
    if (options.retryInBackground) return;
    const reason = lastError instanceof Error && lastError.message !== "" ? lastError.message : (error as Error).message;
    throw new GatewayError({ message: `storage.redis_url: cannot connect to ${redactUrl(url)} (${reason}).`, status: 503, type: "server_error", code: "storage_unavailable" });
  });
  const health = watchRedisHealth(redis, { intervalInMs: REDIS_HEALTH_INTERVAL_MS, failuresBeforeUnready: options.storage.redis_unready_after_failed_probes });
  closers.push(async () => health.stop());
  const prefix = `{${namespace}}:`;
  // A Redis that answers but refuses writes (OOM, READONLY, MISCONF) refuses every budgeted request: not ready either.
  const writes = watchRedisWrites(redis, { key: `${prefix}readiness-probe`, intervalInMs: REDIS_HEALTH_INTERVAL_MS });
  closers.push(async () => writes.stop());
  const holds = await createRedisRetryAfterHolds(redis, { clock: options.clock ?? SYSTEM_CLOCK, prefix, ...(options.onError ? { onError: options.onError } : {}) });
  closers.push(() => holds.close());
  return {
    holds,
    ledger: createRedisLedger(redis, {
      prefix,
      onDeferredError: (error) => options.onStoreError?.("redis", error),
      ...(options.spentSoFar ? { spentSoFar: options.spentSoFar } : {}),
    }),
    rateLimiter: createRedisRateLimiter(redis, { prefix }),
    conversations: createRedisConversationStore(redis, { prefix }),
    sharedBreaker: (options: Omit<RedisCircuitBreakerOptions, "prefix">) => createRedisCircuitBreaker(redis, { ...options, prefix }),
    outcomeFeed: createRedisOutcomeFeed(redis, { prefix }),
    state: (): "ready" | "unavailable" | "refusing_writes" => (redis.status !== "ready" || !health.answering() ? "unavailable" : writes.refusal() !== undefined ? "refusing_writes" : "ready"),
  };
}

