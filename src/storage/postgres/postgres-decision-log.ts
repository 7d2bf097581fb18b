/**
 * The Postgres decision log backend, for several gateway instances writing one log. Batches are written as
 * multi-row inserts in one transaction.
 * @module
 */
import { INTERRUPTED, isInterrupted } from "../../log/in-flight.js";
import type { Pool } from "pg";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { ADDED_COLUMNS, DECISION_COLUMNS, FEEDBACK_COLUMNS, decisionToValues, rowToDecision, type DecisionRow } from "../decision-columns.js";
import { postgresTokenValue } from "../column-values.js";
import { createIndexStatements, decisionSql, relabelUnroutedStatement, type SqlDialect } from "../decision-sql.js";
import { rollupSql } from "../decision-rollup-sql.js";
import { ensureRollups } from "./postgres-decision-rollups.js";
import { inTransaction } from "./in-transaction.js";
import { createSqlDecisionQueries } from "../sql-decision-queries.js";
import { quoteIdentifier } from "./quote-identifier.js";
import { underSchemaLock } from "./schema-lock.js";
import { postgresParams } from "./postgres-text.js";

/** Postgres' spelling of the report queries; ids compare in byte order (COLLATE "C") like the other backends. */
export const POSTGRES_DIALECT: SqlDialect = {
  placeholder: (n) => `$${n}`,
  day: "to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
  greatest: (a, b) => `GREATEST(${a}, ${b})`,
  float: (value) => `${value}::float8`,
  attemptsJoin: "LATERAL jsonb_array_elements(d.attempts::jsonb) AS a(value)",
  attemptModel: "a.value->>'model'",
  attemptError: "a.value->>'errorType'",
  idKey: 'd.id COLLATE "C"',
};
/** Rows per INSERT statement (35 parameters each, far below Postgres' 65,535). */
const ROWS_PER_STATEMENT = 500;

/** Options of `createPostgresDecisionLogBackend`. */
export interface PostgresDecisionLogOptions {
  /** Schema holding the table, created if missing. Default `switchyard`. */
  schema?: string;
  /** End the pool on `close()`. Default false. */
  closePool?: boolean;
  /**
   * Where the setup runs (schema, indexes, the rollups' rebuild, relabelling old rows: minutes on a big table), when
   * `pool` limits each query's time (the gateway's does). Default: `pool`.
   */
  setupPool?: Pool;
}

/** Creates the backend; creates the schema and table if missing. */
export async function createPostgresDecisionLogBackend(pool: Pool, options: PostgresDecisionLogOptions = {}): Promise<DecisionLogBackend> {
  const schema = quoteIdentifier(options.schema ?? "switchyard");
  const table = `${schema}.decisions`;
  const setupPool = options.setupPool ?? pool;
  await underSchemaLock(setupPool, schema, async (query) => {
    await query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await query(`
      CREATE TABLE IF NOT EXISTS ${table} (
        id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, key_id TEXT, task TEXT NOT NULL, task_source TEXT NOT NULL,
        task_confidence DOUBLE PRECISION NOT NULL, difficulty TEXT NOT NULL, tier TEXT NOT NULL, candidates TEXT NOT NULL,
        attempts TEXT NOT NULL, model TEXT, experiment TEXT, arm TEXT, estimated_cost_usd DOUBLE PRECISION NOT NULL,
        cost_usd DOUBLE PRECISION NOT NULL, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,
        time_to_first_token_ms DOUBLE PRECISION, latency_ms DOUBLE PRECISION NOT NULL, finish_reason TEXT,
        stream SMALLINT NOT NULL, outcome TEXT NOT NULL, status INTEGER NOT NULL, error_type TEXT,
        quality_checks TEXT NOT NULL, escalated_to TEXT, feedback_score DOUBLE PRECISION, feedback_label TEXT, prompt TEXT,
        door TEXT, affinity TEXT
      )`);
    // Columns added after the first release (a no-op on a fresh table).
    await query(`ALTER TABLE ${table} ${ADDED_COLUMNS.map((column) => `ADD COLUMN IF NOT EXISTS ${column.name} ${column.postgres}`).join(", ")}`);
    for (const statement of createIndexStatements(table, 'id COLLATE "C"', schema)) await query(statement);
  });
  const rollup = rollupSql(table, `${schema}.`, POSTGRES_DIALECT);
  await ensureRollups(setupPool, schema, table, rollup);
  await setupPool.query(relabelUnroutedStatement(table));
  const queries = createSqlDecisionQueries(decisionSql(table, POSTGRES_DIALECT), async ({ text, values }) => (await pool.query<Record<string, unknown>>(text, postgresParams(values))).rows, rollup);
  const updates = DECISION_COLUMNS.filter((c) => c !== "id" && !(FEEDBACK_COLUMNS as readonly string[]).includes(c))
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(", ");
  let closed = false;

  const insertChunk = async (client: { query: Pool["query"] }, records: readonly DecisionRecord[]): Promise<void> => {
    const values: (string | number | null)[] = [];
    const rows = records.map((record) => {
      const start = values.length;
      values.push(...decisionToValues(record, postgresTokenValue));
      return `(${DECISION_COLUMNS.map((_, i) => `$${start + i + 1}`).join(", ")})`;
    });
    await client.query(`INSERT INTO ${table} (${DECISION_COLUMNS.join(", ")}) VALUES ${rows.join(", ")} ON CONFLICT (id) DO UPDATE SET ${updates} WHERE EXCLUDED.error_type IS DISTINCT FROM '${INTERRUPTED}'`, postgresParams(values));
  };

  return {
    async insertMany(batch) {
      // One INSERT ... ON CONFLICT cannot touch a row twice: the last write of an id in a batch wins, as it would
      // one statement later, except that a crash's interrupted record never replaces the request's own.
      const byId = new Map<string, DecisionRecord>();
      for (const record of batch) {
        const held = byId.get(record.id);
        if (!held || isInterrupted(held) || !isInterrupted(record)) byId.set(record.id, record);
      }
      const records = [...byId.values()];
      if (records.length === 0) return;
      await inTransaction(pool, async (client) => {
        for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
          await insertChunk(client, records.slice(start, start + ROWS_PER_STATEMENT));
        }
      });
    },
    async recordFeedback(decisionId, score, label) {
      const result = await pool.query(`UPDATE ${table} SET feedback_score = $1, feedback_label = $2 WHERE id = $3`, postgresParams([score, label ?? null, decisionId]));
      return (result.rowCount ?? 0) > 0;
    },
    async recordJudgement(decisionId, score, costUsd) {
      const result = await pool.query(`UPDATE ${table} SET judge_score = $1, judge_cost_usd = $2 WHERE id = $3`, postgresParams([score, costUsd, decisionId]));
      return (result.rowCount ?? 0) > 0;
    },
    async get(decisionId) {
      const result = await pool.query<DecisionRow>(`SELECT * FROM ${table} WHERE id = $1`, postgresParams([decisionId]));
      const row = result.rows[0];
      return row && rowToDecision(row);
    },
    ...queries,
    async close() {
      if (options.closePool && !closed) {
        closed = true;
        await pool.end();
      }
    },
  };
}
