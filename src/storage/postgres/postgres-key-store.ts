/**
 * The Postgres KeyStore, so every gateway instance sees the same keys. A partial unique index keeps active
 * names unique.
 * @module
 */
import type { Pool } from "pg";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { KeyStore, VirtualKey } from "../key-store.js";
import { quoteIdentifier } from "./quote-identifier.js";
import { underSchemaLock } from "./schema-lock.js";
import { postgresParams } from "./postgres-text.js";

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  daily_budget_usd: number | null;
  monthly_budget_usd: number | null;
  rpm: number | null;
  allowed_tiers: string | null;
}

/** Creates the store; creates the schema and table if missing. */
export async function createPostgresKeyStore(pool: Pool, options: { schema?: string; closePool?: boolean; setupPool?: Pool } = {}): Promise<KeyStore> {
  const schema = quoteIdentifier(options.schema ?? "switchyard");
  const table = `${schema}.virtual_keys`;
  // The setup (see PostgresDecisionLogOptions.setupPool) runs without the serving pool's query timeout.
  await underSchemaLock(options.setupPool ?? pool, schema, async (query) => {
    await query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await query(`
      CREATE TABLE IF NOT EXISTS ${table} (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL, revoked_at BIGINT, daily_budget_usd DOUBLE PRECISION, monthly_budget_usd DOUBLE PRECISION,
        rpm INTEGER, allowed_tiers TEXT
      )`);
    await query(`CREATE UNIQUE INDEX IF NOT EXISTS virtual_keys_active_name ON ${table} (name) WHERE revoked_at IS NULL`);
  });
  let closed = false;
  const one = async (sql: string, params: unknown[]): Promise<VirtualKey | undefined> => {
    const row = (await pool.query<KeyRow>(sql, postgresParams(params))).rows[0];
    return row && toKey(row);
  };
  return {
    async insert(key, secretHash) {
      try {
        await pool.query(
          `INSERT INTO ${table} (id, name, prefix, secret_hash, created_at, revoked_at, daily_budget_usd, monthly_budget_usd, rpm, allowed_tiers)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          postgresParams([key.id, key.name, key.prefix, secretHash, key.createdAt, key.revokedAt, key.dailyBudgetUsd, key.monthlyBudgetUsd, key.rpm, key.allowedTiers ? JSON.stringify(key.allowedTiers) : null]),
        );
      } catch (error) {
        if ((error as { code?: string }).code === "23505" && String((error as Error).message).includes("name")) {
          throw new InvalidRequestError(`An active key is already named "${key.name}". Revoke it first or pick another name.`, { param: "name" });
        }
        throw error;
      }
    },
    findByHash: (secretHash) => one(`SELECT * FROM ${table} WHERE secret_hash = $1`, [secretHash]),
    findById: (id) => one(`SELECT * FROM ${table} WHERE id = $1`, [id]),
    async list({ includeRevoked = false } = {}) {
      const where = includeRevoked ? "" : "WHERE revoked_at IS NULL";
      return (await pool.query<KeyRow>(`SELECT * FROM ${table} ${where} ORDER BY created_at, id`)).rows.map(toKey);
    },
    revoke: (idOrName, now) =>
      one(
        `UPDATE ${table} SET revoked_at = $2 WHERE id = (
           SELECT id FROM ${table} WHERE revoked_at IS NULL AND (id = $1 OR name = $1) ORDER BY (id = $1) DESC LIMIT 1
         ) RETURNING *`,
        [idOrName, now],
      ),
    async countActive() {
      const result = await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table} WHERE revoked_at IS NULL`);
      return Number(result.rows[0]?.n ?? 0);
    },
    async close() {
      if (options.closePool && !closed) {
        closed = true;
        await pool.end();
      }
    },
  };
}

function toKey(row: KeyRow): VirtualKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    dailyBudgetUsd: row.daily_budget_usd,
    monthlyBudgetUsd: row.monthly_budget_usd,
    rpm: row.rpm,
    allowedTiers: row.allowed_tiers ? (JSON.parse(row.allowed_tiers) as string[]) : null,
  };
}
