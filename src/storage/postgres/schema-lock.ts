/**
 * Schema setup under a session advisory lock: `CREATE ... IF NOT EXISTS` is not safe against a concurrent one
 * (two instances starting together on a fresh database both create, and one fails on Postgres's catalog unique
 * index), so instances set up a schema one at a time.
 * @module
 */
import type { Pool } from "pg";
import { withConnection } from "./in-transaction.js";

/** Runs `setup` with one connection while holding the schema's setup lock. */
export async function underSchemaLock<T>(pool: Pool, schema: string, setup: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const key = `switchyard-setup:${schema}`;
  return withConnection(pool, async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    try {
      return await setup((sql) => client.query(sql));
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
    }
  });
}
