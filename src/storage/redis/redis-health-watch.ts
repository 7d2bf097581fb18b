/**
 * Whether Redis answers, not only whether its connection is open. A server that stops answering without closing the
 * connection (a partition, a frozen process) leaves ioredis `ready`; a PING now and then, failing after the client's
 * command timeout, is what reveals it, so `GET /readyz` can take the instance out of the load balancer. The silent
 * connection is then dropped and the client reconnects: until a new connection answers, commands fail at once (the
 * client keeps no offline queue) instead of each waiting out the timeout on a connection that will never answer.
 * Commands left on the old connection are resent on the new one, as after any drop (the scripts are idempotent).
 * @module
 */
import type { Redis } from "ioredis";

/** The watch of one client. */
export interface RedisHealthWatch {
  /** False once a PING went unanswered for the command timeout, until one is answered (or the client reconnects). */
  answering(): boolean;
  stop(): void;
}

/** PINGs `redis` every `intervalMs` while it is connected (one at a time; the timer never keeps the process alive). */
export function watchRedisHealth(redis: Redis, intervalMs: number): RedisHealthWatch {
  let answering = true;
  let pending = false;
  const onReady = (): void => {
    answering = true;
  };
  redis.on("ready", onReady);
  const timer = setInterval(() => {
    if (pending || redis.status !== "ready") return;
    pending = true;
    redis.ping().then(
      () => {
        answering = true;
        pending = false;
      },
      () => {
        // A refused command (the connection dropped meanwhile) is the status's to report; an unanswered one is ours.
        pending = false;
        if (redis.status !== "ready") return;
        answering = false;
        redis.disconnect(true);
      },
    );
  }, intervalMs);
  timer.unref();
  return {
    answering: () => answering,
    stop() {
      clearInterval(timer);
      redis.off("ready", onReady);
    },
  };
}
