/**
 * Opens the embedded SQLite store: WAL mode so readers never block the writer, and a busy timeout, so several
 * gateway processes sharing one file wait for the write lock instead of failing (once set up, briefly, and retried
 * asynchronously: `retry-while-busy.ts`).
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { GatewayError } from "../../core/errors/index.js";
import { notAFileKind } from "../../core/read-regular-file.js";

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/** How long a statement waits for another process's lock while the stores are set up (tables, migrations). */
export const SETUP_BUSY_TIMEOUT_MS = 5_000;

/** The default database file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = "./.switchyard/switchyard.db";

/**
 * Opens (creating the folder and file if needed) a SQLite database tuned for the gateway. `:memory:` works too.
 * The default busy timeout (5 s) suits setting the stores up, before any request, and the CLI; the gateway's
 * `openStorage` then lowers it to SQLITE_BUSY_TIMEOUT_MS, and the stores wait for a locked statement asynchronously
 * (`busyRetryFor`), so waiting for another process's lock never holds the gateway's event loop.
 */
export function openSqliteDatabase(path: string = DEFAULT_SQLITE_PATH, { busyTimeoutInMs = SETUP_BUSY_TIMEOUT_MS } = {}): SqliteDatabase {
  try {
    return open(path, busyTimeoutInMs);
  } catch (error) {
    throw new GatewayError({ message: `storage.sqlite: cannot open ${path}: ${readable(error)}. ${HINT}.`, status: 503, type: "server_error", code: "storage_unavailable" });
  }
}

/**
 * A SQLite error met while setting up the stores in an open file (tables, indexes, migrations), as the gateway's
 * error: another application's database, or one damaged past its header, said only SQLite's words
 * ("no such column: task", "database disk image is malformed"), naming neither the setting nor the file.
 * Anything else, a lock included, is returned unchanged.
 */
export function sqliteSetupError(path: string, error: unknown): unknown {
  // A lock another process holds is not a damaged file: SQLite's "database is locked" says what it is.
  if (!(error instanceof Database.SqliteError) || /^SQLITE_(BUSY|LOCKED)/.test(error.code)) return error;
  return new GatewayError({ message: `storage.sqlite: cannot set up ${path}: ${readable(error)}. ${HINT}.`, status: 503, type: "server_error", code: "storage_unavailable" });
}

const HINT = "Check that the folder exists and is writable by this user, and that the file is a Switchyard SQLite database (move a damaged one aside; a new one is created)";

/** The error's first line, without bytes a damaged file may put in it. */
function readable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").replace(/[^\x20-\x7e]+/g, "?").slice(0, 200);
}

function open(path: string, busyTimeoutInMs: number): SqliteDatabase {
  // SQLite would read a pipe's header for ever (`storage.sqlite: /proc/self/fd/0`, a FIFO): refused, saying what it is.
  const kind = path === ":memory:" ? undefined : notAFileKind(path);
  if (kind !== undefined) throw new Error(`it is ${kind}, not a database file`);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    whileLockedElsewhere(() => db.pragma("journal_mode = WAL"));
  } catch (error) {
    db.close();
    throw error;
  }
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma(`busy_timeout = ${busyTimeoutInMs}`);
  return db;
}

/** How long to wait between tries of a step SQLite refused at once because another process holds its write lock. */
const LOCKED_RETRY_MS = 20;

/**
 * Runs `step` again while SQLite answers SQLITE_BUSY, for up to SETUP_BUSY_TIMEOUT_MS. Turning a new file to WAL needs
 * its exclusive lock, and when another process holds the write lock SQLite refuses at once, without the busy
 * timeout, since waiting could deadlock: two gateways started together on one new file, one of them already writing
 * its tables, failed to start ("database is locked"; CI, round 28). Only at open, before any request: the wait blocks.
 */
function whileLockedElsewhere(step: () => unknown): void {
  const deadline = Date.now() + SETUP_BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      step();
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY");
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCKED_RETRY_MS);
    }
  }
}
