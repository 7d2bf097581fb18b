/**
 * The daily rollups on SQLite (ADR 0013): triggers keep them exact whatever writes the decisions table, and a
 * batch written by the log adds its new rows with one aggregated statement per dimension instead of one trigger run
 * per row. While a batch is being written, `decision_rollup_batch.since` holds the largest rowid from before it:
 * the triggers skip rows above it (new in this batch, counted by the aggregate at the end, in their final state)
 * and keep firing for older rows the batch re-writes. The flag lives inside the batch's write transaction, so no
 * other writer ever sees it set.
 * @module
 */
import { ADDABLE_ROLLUP_COLUMNS, ROLLUP_DIMENSION_NAMES, ROLLUP_SUM_COLUMNS, maintainsDimension, type RollupDimension, type RollupSql } from "../decision-rollup-sql.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

/** The triggers keeping the daily rollups, by name. */
export const SQLITE_ROLLUP_TRIGGERS = ["decisions_rollup_insert", "decisions_rollup_delete", "decisions_rollup_update"] as const;

const BATCH_TABLE = "decision_rollup_batch";
const SINCE = `(SELECT since FROM ${BATCH_TABLE} WHERE id = 1)`;
/** Not inside a batch, or a row that was there before it. */
const OLD_ROW_COUNTS = `${SINCE} IS NULL OR OLD.rowid <= ${SINCE}`;

/**
 * Creates the rollup tables and triggers when they are missing (a new database, one written by an older version,
 * or after a bulk load that dropped them), rebuilding the rollups from the log in the same transaction. A rollup
 * table lacking only addable columns (`impossible`) gets them in place, 0, and only the days that need another value
 * recomputed; one without another column added since (`judge_cost_usd`) is made again and rebuilt, once; triggers
 * from before batch rollups are replaced in place (same sums, so no rebuild); triggers from before a dimension was
 * rolled up (`experiment`) are replaced and only that dimension is filled from the log. One transaction each: a
 * crash part way leaves the file as it was, and the next start does it again.
 */
export function ensureRollups(db: SqliteDatabase, rollup: RollupSql): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${BATCH_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), since INTEGER)`);
  if (rollupState(db, rollup).state === "current") {
    healDimensions(db, rollup);
    return;
  }
  const body = (statements: string[]): string => statements.map((statement) => `${statement};`).join("\n");
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated the file meanwhile.
    const { state, missing, addable } = rollupState(db, rollup);
    if (state === "current") return;
    for (const name of SQLITE_ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    if (state === "stale") db.exec(`DROP TABLE IF EXISTS ${rollup.sums}`);
    if (state === "missing" || state === "stale") for (const statement of [...rollup.createTables, ...rollup.rebuild]) db.exec(statement);
    if (addable.length > 0) {
      const days = db.prepare<[], { day: number }>(rollup.impossibleDays).all().map((row) => Number(row.day));
      for (const statement of [...rollup.addColumns(addable), ...rollup.rebuildDays(days)]) db.exec(statement);
    }
    if (state === "old-triggers") for (const statement of rollup.rebuildDimensions(missing)) db.exec(statement);
    db.exec(`CREATE TRIGGER decisions_rollup_insert AFTER INSERT ON decisions WHEN ${SINCE} IS NULL BEGIN ${body(rollup.apply("NEW", 1))} END`);
    db.exec(`CREATE TRIGGER decisions_rollup_delete AFTER DELETE ON decisions WHEN ${OLD_ROW_COUNTS} BEGIN ${body(rollup.apply("OLD", -1))} END`);
    db.exec(`CREATE TRIGGER decisions_rollup_update AFTER UPDATE ON decisions WHEN ${OLD_ROW_COUNTS} BEGIN ${body([...rollup.apply("OLD", -1), ...rollup.apply("NEW", 1)])} END`);
  }).immediate();
}

/**
 * Fills in again each dimension whose request count disagrees with the tier's. Every dimension counts every decision
 * once, so their totals agree unless a writer skipped one: an older gateway sharing the file after this one migrated
 * it writes its batches with the triggers off and adds only the dimensions it knows (its `addRows`). Checked at each
 * start over the rollup table's few thousand rows; the rebuild runs only when a count is off.
 */
function healDimensions(db: SqliteDatabase, rollup: RollupSql): void {
  const off = dimensionsOff(db, rollup);
  if (off.length === 0) return;
  db.transaction(() => {
    const still = dimensionsOff(db, rollup); // again under the write lock: another start may have healed them
    if (still.length > 0) for (const statement of rollup.rebuildDimensions(still)) db.exec(statement);
  }).immediate();
}

function dimensionsOff(db: SqliteDatabase, rollup: RollupSql): RollupDimension[] {
  const totals = new Map(db.prepare<[], { dim: string; n: number }>(`SELECT dim, sum(requests) AS n FROM ${rollup.sums} GROUP BY dim`).all().map((row) => [row.dim, row.n]));
  const reference = totals.get("tier") ?? 0;
  return ROLLUP_DIMENSION_NAMES.filter((dimension) => dimension !== "tier" && (totals.get(dimension) ?? 0) !== reference);
}

interface RollupState {
  state: "current" | "old-triggers" | "missing" | "stale";
  /** The dimensions the triggers do not keep (filled in when `old-triggers`). */
  missing: RollupDimension[];
  /** Addable sum columns the table lacks (added in place, with only the days needing them recomputed). */
  addable: string[];
}

/**
 * `current`: nothing to do. `old-triggers`: triggers an older version made over current tables: from before batch
 * rollups (replace them) or before the `missing` dimensions were rolled up (replace them and fill those in).
 * `missing`: the table or a trigger is missing (create and rebuild). `stale`: the rollup table lacks a column that
 * cannot be added in place (make it again). `addable` lists the addable columns it lacks (with `old-triggers`).
 */
function rollupState(db: SqliteDatabase, rollup: RollupSql): RollupState {
  const columns = new Set(db.prepare<[], { name: string }>(`PRAGMA table_info(${rollup.sums})`).all().map((column) => column.name));
  if (columns.size === 0) return { state: "missing", missing: [], addable: [] };
  const lacking = ROLLUP_SUM_COLUMNS.filter((column) => !columns.has(column));
  if (lacking.some((column) => !ADDABLE_ROLLUP_COLUMNS.includes(column))) return { state: "stale", missing: [], addable: [] };
  const triggers = db.prepare<string[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)").all(...SQLITE_ROLLUP_TRIGGERS);
  if (triggers.length < SQLITE_ROLLUP_TRIGGERS.length) return { state: lacking.length > 0 ? "stale" : "missing", missing: [], addable: [] };
  const missing = ROLLUP_DIMENSION_NAMES.filter((dimension) => !triggers.every((trigger) => maintainsDimension(trigger.sql, dimension)));
  const current = lacking.length === 0 && missing.length === 0 && triggers.every((trigger) => trigger.sql.includes(BATCH_TABLE));
  return { state: current ? "current" : "old-triggers", missing, addable: lacking };
}

/** Runs `write` (inside the caller's write transaction) with the batch flag set, then adds the batch's new rows. */
export function createBatchRollups(db: SqliteDatabase, rollup: RollupSql): (write: () => void) => void {
  const largestRowid = db.prepare<[], { id: number | null }>("SELECT max(rowid) AS id FROM decisions");
  const setSince = db.prepare<[number | null]>(`INSERT OR REPLACE INTO ${BATCH_TABLE} (id, since) VALUES (1, ?)`);
  const addRows = rollup.addRows("d.rowid > ?").map((text) => db.prepare<[number]>(text));
  return (write) => {
    const since = largestRowid.get()?.id ?? 0;
    setSince.run(since);
    try {
      write();
      for (const statement of addRows) statement.run(since);
    } finally {
      setSince.run(null);
    }
  };
}
