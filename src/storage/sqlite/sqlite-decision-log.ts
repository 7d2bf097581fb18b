/**
 * The SQLite decision log backend: one `decisions` table, batches written in one transaction.
 * @module
 */
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import {
  ADDED_COLUMNS,
  DECISION_COLUMNS,
  FEEDBACK_COLUMNS,
  SUMMARY_SELECT,
  decisionToValues,
  groupExpression,
  rowToDecision,
  toSummaryRow,
  type DecisionRow,
} from "../decision-columns.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decisions (
  id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
  task_confidence REAL NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
  attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd REAL NOT NULL,
  cost_usd REAL NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
  time_to_first_token_ms REAL, latency_ms REAL NOT NULL, finish_reason TEXT, stream INTEGER NOT NULL,
  outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT, quality_checks TEXT NOT NULL,
  escalated_to TEXT, feedback_score REAL, feedback_label TEXT, prompt TEXT, door TEXT, affinity TEXT
);
CREATE INDEX IF NOT EXISTS decisions_created_at ON decisions (created_at);
`;

/** Brings a table created by an older release up to date (ALTER TABLE ADD COLUMN for each missing column). */
function addMissingColumns(db: SqliteDatabase): void {
  const present = new Set(db.prepare<[], { name: string }>("PRAGMA table_info(decisions)").all().map((column) => column.name));
  for (const column of ADDED_COLUMNS) {
    if (!present.has(column.name)) db.exec(`ALTER TABLE decisions ADD COLUMN ${column.name} ${column.type}`);
  }
}

const DAY = "strftime('%Y-%m-%d', created_at / 1000, 'unixepoch')";

/** Creates the backend over an open database; creates the table if missing. */
export function createSqliteDecisionLogBackend(db: SqliteDatabase, { closeDatabase = false } = {}): DecisionLogBackend {
  db.exec(SCHEMA);
  addMissingColumns(db);
  const updates = DECISION_COLUMNS.filter((c) => c !== "id" && !(FEEDBACK_COLUMNS as readonly string[]).includes(c))
    .map((c) => `${c} = excluded.${c}`)
    .join(", ");
  const insert = db.prepare(
    `INSERT INTO decisions (${DECISION_COLUMNS.join(", ")}) VALUES (${DECISION_COLUMNS.map(() => "?").join(", ")})
     ON CONFLICT (id) DO UPDATE SET ${updates}`,
  );
  const insertMany = db.transaction((records: readonly DecisionRecord[]) => {
    for (const record of records) insert.run(decisionToValues(record));
  });
  const feedback = db.prepare("UPDATE decisions SET feedback_score = ?, feedback_label = ? WHERE id = ?");
  const byId = db.prepare<[string], DecisionRow>("SELECT * FROM decisions WHERE id = ?");

  return {
    async insertMany(records) {
      insertMany.immediate(records);
    },
    async recordFeedback(decisionId, score, label) {
      return feedback.run(score, label ?? null, decisionId).changes > 0;
    },
    async get(decisionId) {
      const row = byId.get(decisionId);
      return row && rowToDecision(row);
    },
    async list({ since, until, limit = 100, keyId }) {
      const where = ["created_at >= ?", "created_at < ?"];
      const params: (string | number)[] = [since ?? 0, until ?? Number.MAX_SAFE_INTEGER];
      if (keyId !== undefined) {
        where.push("key_id = ?");
        params.push(keyId);
      }
      const rows = db
        .prepare<(string | number)[], DecisionRow>(`SELECT * FROM decisions WHERE ${where.join(" AND ")} ORDER BY created_at DESC LIMIT ?`)
        .all(...params, limit);
      return rows.map(rowToDecision);
    },
    async summarize({ since, until, by }) {
      const group = groupExpression(by, DAY);
      const rows = db
        .prepare<[number, number], Record<string, number | string | null>>(
          `SELECT ${group} AS grp, ${SUMMARY_SELECT} FROM decisions WHERE created_at >= ? AND created_at < ? GROUP BY grp ORDER BY grp`,
        )
        .all(since ?? 0, until ?? Number.MAX_SAFE_INTEGER);
      return { by, rows: rows.map(toSummaryRow) };
    },
    async close() {
      if (closeDatabase && db.open) db.close();
    },
  };
}
