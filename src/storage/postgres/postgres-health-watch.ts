/**
 * Whether Postgres answers now, not only whether it was set up once: the shape of `redis-health-watch.ts`. A server
 * that stops answering without closing its connections (a partition, a frozen process), or a session holding a lock
 * on the keys table, leaves every connection open and every query waiting; a cheap probe now and then, failing after
 * the pool's query timeout, is what reveals it, so `GET /readyz` can take the instance out of the load balancer and
 * the stores can refuse at once (503) instead of each request waiting out the timeout. A probe that succeeds ends it.
 * @module
 */

/** The watch of one pool. */
export interface PostgresHealthWatch {
  /** False once a probe failed (timed out, or no connection), until one succeeds. */
  answering(): boolean;
  stop(): void;
}

/** Options of `watchPostgresHealth`. */
export interface PostgresHealthWatchOptions {
  /** A query reading what requests read (the keys table), limited in time by the pool it runs on. */
  probe: () => Promise<unknown>;
  intervalInMs: number;
  /** A probe failed while Postgres was answering: the error that turned readiness off. */
  onError?: (error: unknown) => void;
}

/** Runs `probe` every `intervalInMs` (one at a time; the timer never keeps the process alive). */
export function watchPostgresHealth({ probe, intervalInMs, onError = () => {} }: PostgresHealthWatchOptions): PostgresHealthWatch {
  let answering = true;
  let pending = false;
  const timer = setInterval(() => {
    if (pending) return;
    pending = true;
    probe().then(
      () => {
        answering = true;
        pending = false;
      },
      (error: unknown) => {
        pending = false;
        if (answering) onError(error);
        answering = false;
      },
    );
  }, intervalInMs);
  timer.unref();
  return {
    answering: () => answering,
    stop: () => clearInterval(timer),
  };
}
