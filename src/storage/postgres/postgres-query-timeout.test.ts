/**
 * The gateway's Postgres pools limit each query's time (`storage.postgres_query_timeout_ms`), and the stores' health
 * probe turns readiness off while queries cannot complete. Real Postgres: another session holds a lock on the keys
 * table (as a migration or a stray `LOCK TABLE` would), and one holds the schema setup lock while a store is set up.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inTransaction } from "./in-transaction.js";
import { createPostgresPools, type PostgresPools } from "./postgres-pools.js";
import { openPostgresStores } from "./postgres-stores.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const TIMEOUT_MS = 400;
const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
const schemas: string[] = [];
const pools: PostgresPools[] = [];

afterAll(async () => {
  for (const pool of pools) await pool.end();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

async function freshPools(): Promise<{ pools: PostgresPools; schema: string }> {
  const schema = `sy_timeout_${randomUUID().slice(0, 8)}`;
  schemas.push(schema);
  const opened = await createPostgresPools({ url: POSTGRES_URL, queryTimeoutInMs: TIMEOUT_MS, onError: () => undefined });
  pools.push(opened);
  return { pools: opened, schema };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds `sql`'s lock in a transaction of another session until the returned release is called. */
async function holdLock(sql: string, params: unknown[] = []): Promise<() => Promise<void>> {
  const client = await admin.connect();
  await client.query("BEGIN");
  await client.query(sql, params);
  return async () => {
    await client.query("COMMIT");
    client.release();
  };
}

describe("Postgres with a query timeout", () => {
  it("cancels a query waiting on another session's lock, turns not ready, refuses at once, and recovers", async () => {
    const { pools: opened, schema } = await freshPools();
    const stores = await openPostgresStores(opened.serving, { schema, setupPool: opened.setup, healthIntervalInMs: 100 });
    try {
      expect(stores.ready()).toBe(true);
      await expect(stores.keys.countActive()).resolves.toBe(0);
      const release = await holdLock(`LOCK TABLE ${schema}.virtual_keys IN ACCESS EXCLUSIVE MODE`);
      try {
        const startedAt = Date.now();
        // Postgres cancels it at the statement_timeout (57014, answered 503 storage_unavailable by the error handler).
        await expect(stores.keys.countActive()).rejects.toMatchObject({ code: "57014" });
        expect(Date.now() - startedAt).toBeLessThan(TIMEOUT_MS * 3);
        const deadline = Date.now() + TIMEOUT_MS * 5;
        while (stores.ready() && Date.now() < deadline) await pause(20);
        expect(stores.ready()).toBe(false);
        const refusedAt = Date.now();
        await expect(stores.keys.findByHash("unknown")).rejects.toMatchObject({ status: 503, code: "storage_unavailable" });
        await expect(stores.decisionBackend.get("d_1")).rejects.toMatchObject({ status: 503, code: "storage_unavailable" });
        // Refused without asking Postgres: asking would wait on the lock until the 400 ms statement_timeout.
        expect(Date.now() - refusedAt).toBeLessThan(TIMEOUT_MS / 2);
      } finally {
        await release();
      }
      const deadline = Date.now() + TIMEOUT_MS * 5;
      while (!stores.ready() && Date.now() < deadline) await pause(20);
      expect(stores.ready()).toBe(true);
      await expect(stores.keys.countActive()).resolves.toBe(0);
    } finally {
      stores.stop();
    }
  });

  it("sets the schema up on its own pool, with no limit: a setup waiting out another instance's setup still succeeds", async () => {
    const { pools: opened, schema } = await freshPools();
    // Another instance setting the same schema up holds its setup lock for longer than the query timeout.
    const release = await holdLock("SELECT pg_advisory_xact_lock(hashtext($1))", [`switchyard-setup:"${schema}"`]);
    const releasing = pause(TIMEOUT_MS * 2).then(release);
    const stores = await openPostgresStores(opened.serving, { schema, setupPool: opened.setup, retry: { initialDelayInMs: 60_000 } });
    try {
      await releasing;
      expect(stores.ready()).toBe(true);
      await expect(stores.keys.countActive()).resolves.toBe(0);
    } finally {
      stores.stop();
    }
  });

  it("drops a connection whose query the client stopped waiting for, instead of queueing the next one behind it", async () => {
    const { pools: opened } = await freshPools();
    // A statement the server does not cancel (its own limit lifted) outlives the client's wait: the connection is
    // busy with it, and must not go back to the pool.
    await expect(
      inTransaction(opened.serving, async (client) => {
        await client.query("SET LOCAL statement_timeout = 0");
        await client.query("SELECT pg_sleep(5)");
      }),
    ).rejects.toThrow("Query read timeout");
    const startedAt = Date.now();
    await expect(inTransaction(opened.serving, (client) => client.query("SELECT 1 AS one"))).resolves.toMatchObject({ rows: [{ one: 1 }] });
    expect(Date.now() - startedAt).toBeLessThan(TIMEOUT_MS);
  });
});
