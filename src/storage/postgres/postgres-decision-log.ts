/**
 * The Postgres decision log backend, for several gateway instances writing one log. Batches are written as
 * multi-row inserts in one transaction.
 * @module
 */
import type { Pool } from "pg";
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
import { quoteIdentifier } from "./quote-identifier.js";

const DAY = "to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
/** Rows per INSERT statement (29 parameters each, far below Postgres' 65,535). */
const ROWS_PER_STATEMENT = 500;

/** Options of `createPostgresDecisionLogBackend`. */
export interface PostgresDecisionLogOptions {
  /** Schema holding the table, created if missing. Default `switchyard`. */
  schema?: string;
  /** End the pool on `close()`. Default false. */
  closePool?: boolean;
}

/** Creates the backend; creates the schema and table if missing. */
export async function createPostgresDecisionLogBackend(pool: Pool, options: PostgresDecisionLogOptions = {}): Promise<DecisionLogBackend> {
  const schema = quoteIdentifier(options.schema ?? "switchyard");
  const table = `${schema}.decisions`;
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`
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
  // Tables created by an older release get the columns added since.
  for (const column of ADDED_COLUMNS) await pool.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column.name} ${column.type}`);
  await pool.query(`CREATE INDEX IF NOT EXISTS decisions_created_at ON ${table} (created_at)`);
  const updates = DECISION_COLUMNS.filter((c) => c !== "id" && !(FEEDBACK_COLUMNS as readonly string[]).includes(c))
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(", ");
  let closed = false;

  const insertChunk = async (client: { query: Pool["query"] }, records: readonly DecisionRecord[]): Promise<void> => {
    const values: (string | number | null)[] = [];
    const rows = records.map((record) => {
      const start = values.length;
      values.push(...decisionToValues(record));
      return `(${DECISION_COLUMNS.map((_, i) => `$${start + i + 1}`).join(", ")})`;
    });
    await client.query(`INSERT INTO ${table} (${DECISION_COLUMNS.join(", ")}) VALUES ${rows.join(", ")} ON CONFLICT (id) DO UPDATE SET ${updates}`, values);
  };

  return {
    async insertMany(records) {
      if (records.length === 0) return;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
          await insertChunk(client, records.slice(start, start + ROWS_PER_STATEMENT));
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async recordFeedback(decisionId, score, label) {
      const result = await pool.query(`UPDATE ${table} SET feedback_score = $1, feedback_label = $2 WHERE id = $3`, [score, label ?? null, decisionId]);
      return (result.rowCount ?? 0) > 0;
    },
    async get(decisionId) {
      const result = await pool.query<DecisionRow>(`SELECT * FROM ${table} WHERE id = $1`, [decisionId]);
      const row = result.rows[0];
      return row && rowToDecision(row);
    },
    async list({ since, until, limit = 100, keyId }) {
      const params: (string | number)[] = [since ?? 0, until ?? Number.MAX_SAFE_INTEGER];
      let where = "created_at >= $1 AND created_at < $2";
      if (keyId !== undefined) {
        params.push(keyId);
        where += ` AND key_id = $${params.length}`;
      }
      params.push(limit);
      const result = await pool.query<DecisionRow>(`SELECT * FROM ${table} WHERE ${where} ORDER BY created_at DESC LIMIT $${params.length}`, params);
      return result.rows.map(rowToDecision);
    },
    async summarize({ since, until, by }) {
      const group = groupExpression(by, DAY);
      const result = await pool.query<Record<string, unknown>>(
        `SELECT ${group} AS grp, ${SUMMARY_SELECT} FROM ${table} WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
        [since ?? 0, until ?? Number.MAX_SAFE_INTEGER],
      );
      // Ordered here, not by the database's collation, so every backend orders groups the same way.
      const rows = result.rows.map(toSummaryRow).sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
      return { by, rows };
    },
    async close() {
      if (options.closePool && !closed) {
        closed = true;
        await pool.end();
      }
    },
  };
}
