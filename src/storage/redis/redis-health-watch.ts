/**
 * Whether Redis answers, not only whether its connection is open. A server that stops answering without closing the
 * connection (a partition, a frozen process) leaves ioredis `ready`; a PING now and then, failing after the client's
 * command timeout, is what reveals it, so `GET /readyz` can take the instance out of the load balancer. The silent
 * connection is then dropped and the client reconnects: until a new connection answers, commands fail at once (the
 * client keeps no offline queue) instead of each waiting out the timeout on a connection that will never answer.
 * Commands left on the old connection are resent on the new one, as after any drop (the scripts are idempotent).
 *
 * One unanswered PING is not enough, as for Postgres (`postgres-health-watch.ts`): a server busy for a moment (a long
 * script, a fork for a snapshot on a big dataset) took the instance out of the pool until the next PING, and several
 * instances doing so at once flapped the load balancer. Readiness turns off, and the connection is dropped, after
 * `failuresBeforeUnready` PINGs in a row go unanswered, and back on after one is answered (ADR 0022).
 * @module
 */
import type { Redis } from "ioredis";

/** The default of `storage.redis_unready_after_failed_probes`. */
export const DEFAULT_FAILED_PINGS_BEFORE_UNREADY = 2;

/** The watch of one client. */
export interface RedisHealthWatch {
  /** False once `failuresBeforeUnready` PINGs in a row went unanswered, until one is answered (or the client reconnects). */
  answering(): boolean;
  stop(): void;
}

/** Options of `watchRedisHealth`. */
export interface RedisHealthWatchOptions {
  intervalInMs: number;
  /** How many PINGs in a row must go unanswered before `answering()` turns false. Default 2; 1 turns it off at the first. */
  failuresBeforeUnready?: number | undefined;
}

/** PINGs `redis` every `intervalInMs` while it is connected (one at a time; the timer never keeps the process alive). */
export function watchRedisHealth(redis: Redis, { intervalInMs, failuresBeforeUnready = DEFAULT_FAILED_PINGS_BEFORE_UNREADY }: RedisHealthWatchOptions): RedisHealthWatch {
  let failuresInARow = 0;
  let pending = false;
  const onReady = (): void => {
    failuresInARow = 0;
  };
  redis.on("ready", onReady);
  const timer = setInterval(() => {
    if (pending || redis.status !== "ready") return;
    pending = true;
    redis.ping().then(
      () => {
        failuresInARow = 0;
        pending = false;
      },
      () => {
        // A refused command (the connection dropped meanwhile) is the status's to report; an unanswered one is ours.
        pending = false;
        if (redis.status !== "ready") return;
        failuresInARow += 1;
        if (failuresInARow >= failuresBeforeUnready) redis.disconnect(true);
      },
    );
  }, intervalInMs);
  timer.unref();
  return {
    answering: () => failuresInARow < failuresBeforeUnready,
    stop() {
      clearInterval(timer);
      redis.off("ready", onReady);
    },
  };
}
