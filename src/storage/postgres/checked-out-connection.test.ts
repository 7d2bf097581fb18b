/**
 * A connection checked out of the pool (a transaction, the schema lock) that Postgres ends between two queries (a
 * restart, a failover, `pg_terminate_backend`) emits 'error' on its client. Without a listener Node ends the process:
 * a gateway died when its Postgres restarted under load. Real Postgres.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inTransaction } from "./in-transaction.js";
import { underSchemaLock } from "./schema-lock.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
pool.on("error", () => undefined); // the idle clients' errors: not what this test is about
const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });

afterAll(async () => {
  await pool.end();
  await admin.end();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Ends the backend behind `query`'s connection and waits for the client to hear of it, with no query running. */
async function terminateBetweenQueries(query: (sql: string) => Promise<unknown>): Promise<void> {
  const result = (await query("SELECT pg_backend_pid() AS pid")) as { rows: { pid: number }[] };
  await admin.query("SELECT pg_terminate_backend($1)", [result.rows[0]?.pid]);
  await pause(300);
}

describe("a checked-out Postgres connection ended between two queries", () => {
  it("fails that transaction, and the process and the pool go on", async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown): void => void uncaught.push(error);
    process.prependListener("uncaughtException", onUncaught);
    try {
      await expect(
        inTransaction(pool, async (client) => {
          await terminateBetweenQueries((sql) => client.query(sql));
          await client.query("SELECT 1");
        }),
      ).rejects.toThrow();
      await expect(
        underSchemaLock(pool, "sy_checked_out", async (query) => {
          await terminateBetweenQueries(query);
          await query("SELECT 1");
        }),
      ).rejects.toThrow();
    } finally {
      process.removeListener("uncaughtException", onUncaught);
    }
    expect(uncaught).toEqual([]);
    // The dead connections were not put back: the next transaction gets a live one.
    await expect(inTransaction(pool, (client) => client.query("SELECT 1 AS one"))).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});
