/**
 * Waiting for another process's SQLite lock without blocking the event loop. better-sqlite3 is synchronous: with a
 * `busy_timeout` of seconds, one statement facing a lock held by another process (another gateway sharing the file,
 * a `switchyard keys create`, a backup) would freeze every request of this process for that long. The gateway's
 * connections wait at most SQLITE_BUSY_TIMEOUT_MS inside SQLite; past it, the statement is retried after an async
 * pause (doubling, up to 50 ms) until SQLITE_BUSY_BUDGET_MS have passed, the wait the old busy_timeout allowed, and
 * then its SQLITE_BUSY error stands (answered 503 `storage_unavailable`). `run` must be one whole transaction (or one
 * autocommit statement): a retry runs all of it again, never its second half.
 * @module
 */
import { setTimeout as sleep } from "node:timers/promises";

/** `busy_timeout` of the gateway's connections: the longest one statement may hold the event loop for a lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 5;

/** How long a statement is retried in all before its SQLITE_BUSY error is answered (503). */
export const SQLITE_BUSY_BUDGET_MS = 5_000;

/** The longest pause between two tries. */
const MAX_PAUSE_MS = 50;

/** True for SQLite's "database is locked" (another connection holds the lock): SQLITE_BUSY and its extended codes. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_"));
}

/** Runs `run` now (synchronously, on the fast path) and again after async pauses while it fails with SQLITE_BUSY. */
export async function retryWhileBusy<T>(run: () => T, { budgetInMs = SQLITE_BUSY_BUDGET_MS } = {}): Promise<T> {
  const startedAt = performance.now();
  for (let pauseInMs = 1; ; pauseInMs = Math.min(pauseInMs * 2, MAX_PAUSE_MS)) {
    try {
      return run();
    } catch (error) {
      if (!isSqliteBusy(error) || performance.now() - startedAt >= budgetInMs) throw error;
    }
    await sleep(pauseInMs);
  }
}
