/**
 * Waiting for another process's SQLite lock without blocking the event loop. better-sqlite3 is synchronous: with a
 * `busy_timeout` of seconds, one statement facing a lock held by another process (another gateway sharing the file,
 * a `switchyard keys create`, a backup) would freeze every request of this process for that long. The gateway's
 * request-path connection has `busy_timeout = 0` (SQLITE_BUSY_TIMEOUT_MS): a try facing the lock fails at once.
 *
 * Waiting is single-flight per connection (`busyRetryFor(db)`): the first statement that finds the lock taken starts
 * one prober; every later statement of that connection queues behind it (FIFO) instead of polling on its own. The
 * prober retries the head of the queue after async pauses (1 ms doubling to 50 ms) and, once it succeeds, runs the
 * queued statements in arrival order, yielding to the event loop every few milliseconds. So 50 waiters cost one try
 * per pause, not 50, and the loop stays free. A waiter that has waited SQLITE_BUSY_BUDGET_MS in all (the wait the old
 * busy_timeout allowed) gets its SQLITE_BUSY error (answered 503 `storage_unavailable`).
 *
 * `run` must be one whole transaction (or one autocommit statement): a retry runs all of it again, never its second
 * half.
 * @module
 */
import { setImmediate as yieldToLoop, setTimeout as sleep } from "node:timers/promises";

/** `busy_timeout` of the gateway's request-path connection: a try facing another process's lock fails at once. */
export const SQLITE_BUSY_TIMEOUT_MS = 0;

/** How long a statement waits for the lock in all before its SQLITE_BUSY error is answered (503). */
export const SQLITE_BUSY_BUDGET_MS = 5_000;

/** The longest pause between two tries. */
const MAX_PAUSE_MS = 50;

/** How long the prober runs queued statements back to back before it lets the event loop take a turn. */
const RUN_SLICE_MS = 8;

/** Runs one whole transaction, waiting (asynchronously) while another process holds the lock. */
export type BusyRetry = <T>(run: () => T) => Promise<T>;

/** True for SQLite's "database is locked" (another connection holds the lock): SQLITE_BUSY and its extended codes. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_"));
}

interface Waiter {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** When its first try failed: the budget counts from there. */
  since: number;
}

/**
 * A single-flight waiter for one connection. A statement runs at once (synchronously, on the fast path) when
 * nothing waits; else it queues, and one prober runs the queue in order once the lock is free.
 */
export function createBusyRetry({ budgetInMs = SQLITE_BUSY_BUDGET_MS } = {}): BusyRetry {
  const queue: Waiter[] = [];
  let probing = false;

  /** Runs queued statements in order until one meets the lock, the queue empties, or the slice is used up. */
  const runInOrder = (): "busy" | "empty" | "yield" => {
    const sliceStartedAt = performance.now();
    for (let head = queue[0]; head; head = queue[0]) {
      try {
        const value = head.run();
        queue.shift();
        head.resolve(value);
      } catch (error) {
        if (isSqliteBusy(error)) {
          expire(error);
          return queue.length > 0 ? "busy" : "empty";
        }
        queue.shift();
        head.reject(error);
      }
      if (performance.now() - sliceStartedAt >= RUN_SLICE_MS) return queue.length > 0 ? "yield" : "empty";
    }
    return "empty";
  };

  /** Fails the waiters that have used their budget (the oldest first: the queue is in arrival order). */
  const expire = (busy: unknown): void => {
    const now = performance.now();
    for (let head = queue[0]; head && now - head.since >= budgetInMs; head = queue[0]) {
      queue.shift();
      head.reject(busy);
    }
  };

  const probe = async (): Promise<void> => {
    let pauseInMs = 1;
    await sleep(pauseInMs);
    for (;;) {
      const outcome = runInOrder();
      if (outcome === "empty") break;
      if (outcome === "yield") {
        pauseInMs = 1;
        await yieldToLoop();
      } else {
        await sleep(pauseInMs);
        pauseInMs = Math.min(pauseInMs * 2, MAX_PAUSE_MS);
      }
    }
    // Set synchronously after the last look at the queue: a statement arriving later takes the fast path.
    probing = false;
  };

  return <T>(run: () => T): Promise<T> => {
    if (!probing) {
      try {
        return Promise.resolve(run());
      } catch (error) {
        if (!isSqliteBusy(error)) return Promise.reject(error);
        if (budgetInMs <= 0) return Promise.reject(error);
      }
    }
    const since = performance.now();
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: (value) => resolve(value as T), reject, since });
      if (!probing) {
        probing = true;
        void probe();
      }
    });
  };
}

const PER_CONNECTION = new WeakMap<object, BusyRetry>();

/** The single-flight waiter of one connection: every store on it (ledger, outbox, keys) shares its queue. */
export function busyRetryFor(connection: object): BusyRetry {
  let retry = PER_CONNECTION.get(connection);
  if (!retry) {
    retry = createBusyRetry();
    PER_CONNECTION.set(connection, retry);
  }
  return retry;
}
