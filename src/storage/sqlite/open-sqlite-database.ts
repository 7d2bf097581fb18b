/**
 * Opens the embedded SQLite store: WAL mode so readers never block the writer, and a busy timeout so
 * several gateway processes sharing one file wait for the write lock instead of failing.
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/** The default database file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = "./.switchyard/switchyard.db";

/** Opens (creating the folder and file if needed) a SQLite database tuned for the gateway. `:memory:` works too. */
export function openSqliteDatabase(path: string = DEFAULT_SQLITE_PATH, { busyTimeoutInMs = 5_000 } = {}): SqliteDatabase {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma(`busy_timeout = ${busyTimeoutInMs}`);
  return db;
}
