/**
 * Schema upgrades of a SQLite file made by an older version: the columns a table lacks are added. The check and the
 * ALTER run in one write transaction, so two processes starting on one file together (two gateways, a gateway and a
 * CLI command) cannot both find a column missing: the second waits for the first (busy_timeout) and then sees it,
 * where it used to fail at start with "duplicate column name".
 * @module
 */
import type { SqliteDatabase } from "./open-sqlite-database.js";

/** A column to add when missing: its name and its SQL type and constraints. */
export interface AddedColumn {
  name: string;
  sql: string;
}

/** Adds to `table` those of `columns` it lacks, in one immediate transaction; a no-op when none is missing. */
export function addMissingColumns(db: SqliteDatabase, table: string, columns: readonly AddedColumn[]): void {
  const missing = (): AddedColumn[] => {
    const present = new Set(db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all().map((column) => column.name));
    return columns.filter((column) => !present.has(column.name));
  };
  // Read without a lock first: an up-to-date file (every start after the first) takes no write lock.
  if (missing().length === 0) return;
  db.transaction(() => {
    for (const column of missing()) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column.name} ${column.sql}`);
  }).immediate();
}
