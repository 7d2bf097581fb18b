/**
 * Whether Postgres answers now, not only whether it was set up once: the shape of `redis-health-watch.ts`. A server
 * that stops answering without closing its connections (a partition, a frozen process), or a session holding a lock
 * on the keys table, leaves every connection open and every query waiting; a cheap probe now and then, failing after
 * the pool's query timeout, is what reveals it, so `GET /readyz` can take the instance out of the load balancer and
 * the stores can refuse at once (503) instead of each request waiting out the timeout.
 *
 * One failed probe is not enough: a server busy for a few seconds (a checkpoint, a burst of report queries, a short
 * lock) failed one probe and took the instance out of the pool, and refused every request, until the next probe a
 * second later; with a few instances doing so at once the load balancer flapped. Readiness turns off after
 * `failuresBeforeUnready` probes in a row fail, and back on after one succeeds (ADR 0022).
 * @module
 */

/** The default of `storage.postgres_unready_after_failed_probes`. */
export const DEFAULT_FAILED_PROBES_BEFORE_UNREADY = 2;

/** The watch of one pool. */
export interface PostgresHealthWatch {
  /** False once `failuresBeforeUnready` probes in a row failed (timed out, or no connection), until one succeeds. */
  answering(): boolean;
  stop(): void;
}

/** Options of `watchPostgresHealth`. */
export interface PostgresHealthWatchOptions {
  /** A query reading what requests read (the keys table), limited in time by the pool it runs on. */
  probe: () => Promise<unknown>;
  intervalInMs: number;
  /** How many probes in a row must fail before `answering()` turns false. Default 2; 1 turns it off at the first. */
  failuresBeforeUnready?: number;
  /** The failed probe that turned readiness off (the caller decides how often to log). */
  onError?: (error: unknown) => void;
}

/** Runs `probe` every `intervalInMs` (one at a time; the timer never keeps the process alive). */
export function watchPostgresHealth({ probe, intervalInMs, failuresBeforeUnready = DEFAULT_FAILED_PROBES_BEFORE_UNREADY, onError = () => {} }: PostgresHealthWatchOptions): PostgresHealthWatch {
  let failuresInARow = 0;
  let pending = false;
  const answering = (): boolean => failuresInARow < failuresBeforeUnready;
  const timer = setInterval(() => {
    if (pending) return;
    pending = true;
    probe().then(
      () => {
        failuresInARow = 0;
        pending = false;
      },
      (error: unknown) => {
        pending = false;
        failuresInARow += 1;
        if (failuresInARow === failuresBeforeUnready) onError(error);
      },
    );
  }, intervalInMs);
  timer.unref();
  return {
    answering,
    stop: () => clearInterval(timer),
  };
}
