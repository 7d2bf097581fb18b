/**
 * The SQLite decision log backend: one `decisions` table with its daily rollups (sqlite-decision-rollups.ts),
 * batches written in one transaction (ADR 0008: the durable log's outbox ships here).
 * @module
 */
import { INTERRUPTED } from "../../log/in-flight.js";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { addMissingColumns } from "./add-missing-columns.js";
import { ADDED_COLUMNS, DECISION_COLUMNS, FEEDBACK_COLUMNS, decisionToValues, rowToDecision, type DecisionRow } from "../decision-columns.js";
import { createIndexStatements, decisionSql, relabelUnroutedStatement, type SqlDialect } from "../decision-sql.js";
import { rollupSql } from "../decision-rollup-sql.js";
import { createSqlDecisionQueries } from "../sql-decision-queries.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor } from "./retry-while-busy.js";
import { createBatchRollups, ensureRollups } from "./sqlite-decision-rollups.js";

export { SQLITE_ROLLUP_TRIGGERS } from "./sqlite-decision-rollups.js";

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
`;

/** Batches at least this big add their rows to the rollups in aggregate (measured: break-even between 3 and 4 rows). */
const BATCH_ROLLUP_MIN_ROWS = 4;

/** SQLite's spelling of the report queries (json_each for attempts; ids compare bytewise by default). */
export const SQLITE_DIALECT: SqlDialect = {
  placeholder: () => "?",
  day: "strftime('%Y-%m-%d', created_at / 1000, 'unixepoch')",
  greatest: (a, b) => `max(${a}, ${b})`,
  float: (value) => String(value),
  attemptsJoin: "json_each(d.attempts) AS a",
  attemptModel: "json_extract(a.value, '$.model')",
  attemptError: "json_extract(a.value, '$.errorType')",
  idKey: "d.id",
};

/** Creates the backend over an open database; creates the table if missing. */
export function createSqliteDecisionLogBackend(db: SqliteDatabase, { closeDatabase = false } = {}): DecisionLogBackend {
  db.exec(SCHEMA);
  addMissingColumns(db, "decisions", ADDED_COLUMNS.map(({ name, sqlite }) => ({ name, sql: sqlite })));
  for (const statement of createIndexStatements("decisions")) db.exec(statement);
  // Made redundant by decisions_created_at_id (same leading column); older databases still have it.
  db.exec("DROP INDEX IF EXISTS decisions_created_at");
  const rollup = rollupSql("decisions", "", SQLITE_DIALECT);
  ensureRollups(db, rollup);
  db.exec(relabelUnroutedStatement("decisions"));
  const statements = new Map<string, ReturnType<typeof db.prepare<unknown[], Record<string, unknown>>>>();
  const queries = createSqlDecisionQueries(decisionSql("decisions", SQLITE_DIALECT), async ({ text, values }) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare<unknown[], Record<string, unknown>>(text)));
    return statement.all(...values);
  }, rollup);
  const updates = DECISION_COLUMNS.filter((c) => c !== "id" && !(FEEDBACK_COLUMNS as readonly string[]).includes(c))
    .map((c) => `${c} = excluded.${c}`)
    .join(", ");
  const insert = db.prepare(
    `INSERT INTO decisions (${DECISION_COLUMNS.join(", ")}) VALUES (${DECISION_COLUMNS.map(() => "?").join(", ")})
     ON CONFLICT (id) DO UPDATE SET ${updates} WHERE excluded.error_type IS NOT '${INTERRUPTED}'`,
  );
  // A batch's new rows reach the daily rollups in one aggregated statement per dimension, not a trigger run each;
  // below a few rows the triggers are cheaper than the aggregate's fixed statements.
  const withBatchRollups = createBatchRollups(db, rollup);
  const insertMany = db.transaction((records: readonly DecisionRecord[]) => {
    const write = (): void => {
      for (const record of records) insert.run(decisionToValues(record));
    };
    if (records.length >= BATCH_ROLLUP_MIN_ROWS) withBatchRollups(write);
    else write();
  });
  const feedback = db.prepare("UPDATE decisions SET feedback_score = ?, feedback_label = ? WHERE id = ?");
  const judgement = db.prepare("UPDATE decisions SET judge_score = ?, judge_cost_usd = ? WHERE id = ?");
  const byId = db.prepare<[string], DecisionRow>("SELECT * FROM decisions WHERE id = ?");

  const retryWhileBusy = busyRetryFor(db);
  return {
    async insertMany(records) {
      await retryWhileBusy(() => insertMany.immediate(records));
    },
    insertNow(records) {
      // One transaction, committed by a write(2) to the WAL before it returns, which survives kill -9 of the process.
      if (records.length === 1 && records[0]) insert.run(decisionToValues(records[0]));
      else insertMany.immediate(records);
    },
    recordFeedback: (decisionId, score, label) => retryWhileBusy(() => feedback.run(score, label ?? null, decisionId).changes > 0),
    recordJudgement: (decisionId, score, costUsd) => retryWhileBusy(() => judgement.run(score, costUsd, decisionId).changes > 0),
    async get(decisionId) {
      const row = byId.get(decisionId);
      return row && rowToDecision(row);
    },
    ...queries,
    async close() {
      if (closeDatabase && db.open) db.close();
    },
  };
}
