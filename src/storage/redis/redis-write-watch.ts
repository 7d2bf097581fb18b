/**
 * Whether Redis takes writes, not only whether it answers. A Redis out of memory under `noeviction`, a replica after
 * a failover (`READONLY`), or one whose snapshot failed with `stop-writes-on-bgsave-error` (`MISCONF`) still answers
 * PING, so the health watch (`redis-health-watch.ts`) keeps it ready, while every budgeted request is refused (a
 * reserve and a rate-limit hit are writes): 503 `storage_unavailable` on each. A tiny write now and then (one short-lived
 * key per deployment, set with an expiry) is what reveals it, so `GET /readyz` can take the instance out of the load
 * balancer, and put it back at the first write taken.
 *
 * One refusal is enough, unlike an unanswered PING (ADR 0022): it is Redis's own answer, not a slow one.
 * @module
 */
import type { Redis } from "ioredis";

/** Redis's refusals of a write while the server cannot take one (the reason's word first, as ioredis gives them). */
const WRITE_REFUSAL = /^(OOM|READONLY|MISCONF|NOREPLICAS|MASTERDOWN|CLUSTERDOWN|TRYAGAIN) /;

/** The watch of one client. */
export interface RedisWriteWatch {
  /** The word Redis refused the last probe write with (`OOM`, `READONLY`, ...), or undefined while writes are taken. */
  refusal(): string | undefined;
  stop(): void;
}

/** Options of `watchRedisWrites`. */
export interface RedisWriteWatchOptions {
  /** The key the probe writes (kept for a few seconds only). */
  key: string;
  intervalInMs: number;
}

/** Writes `key` every `intervalInMs` while `redis` is connected (one at a time; the timer never keeps the process alive). */
export function watchRedisWrites(redis: Redis, { key, intervalInMs }: RedisWriteWatchOptions): RedisWriteWatch {
  let refusal: string | undefined;
  let pending = false;
  const timer = setInterval(() => {
    if (pending || redis.status !== "ready") return;
    pending = true;
    redis.set(key, "1", "PX", Math.max(1_000, intervalInMs * 5)).then(
      () => {
        refusal = undefined;
        pending = false;
      },
      (error: unknown) => {
        pending = false;
        // An unanswered or dropped write is the health watch's to judge; only Redis's own refusal is ours.
        const word = error instanceof Error ? WRITE_REFUSAL.exec(error.message)?.[1] : undefined;
        if (word !== undefined) refusal = word;
      },
    );
  }, intervalInMs);
  timer.unref();
  return {
    refusal: () => refusal,
    stop: () => clearInterval(timer),
  };
}
