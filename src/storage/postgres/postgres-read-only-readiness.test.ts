/**
 * A Postgres that answers but refuses every write (a primary a failover demoted, a standby, or
 * `default_transaction_read_only`): readiness names it (`postgres: "refusing_writes"`) and is back to `ready` once
 * writes are taken again. Real Postgres, opened as the gateway opens it; a role of the test's own made read-only
 * (`ALTER ROLE ... SET default_transaction_read_only`) and its sessions ended, as a failover ends them.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage, storeServes, type Storage } from "../open-storage.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
const id = randomUUID().slice(0, 8);
const role = `sy_ro_role_${id}`;
const schema = `sy_ro_${id}`;
let storage: Storage | undefined;

afterAll(async () => {
  await storage?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Ends the role's sessions, as a failover does: the pools reconnect, and new sessions take the role's settings. */
async function endSessions(): Promise<void> {
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [role]);
}

async function waitForState(state: string): Promise<string | undefined> {
  const deadline = Date.now() + 10_000;
  while (storage?.readiness().postgres !== state && Date.now() < deadline) await pause(50);
  return storage?.readiness().postgres;
}

describe("readiness of a Postgres that refuses writes", () => {
  it("names postgres refusing_writes while transactions are read-only, keeps serving, and is ready again once they are not", async () => {
    const database = new URL(POSTGRES_URL).pathname.slice(1);
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`GRANT CREATE ON DATABASE ${database} TO ${role}`);
    const url = new URL(POSTGRES_URL);
    url.username = role;
    storage = await openStorage({ storage: { sqlite: ":memory:", postgres_url: url.toString(), postgres_query_timeout_ms: 2_000 }, cwd: process.cwd(), namespace: schema, retryInBackground: {} });
    expect(await waitForState("ready")).toBe("ready");

    await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
    await endSessions();
    expect(await waitForState("refusing_writes")).toBe("refusing_writes");
    // It still serves: keys are read (only writes are refused), so readiness keeps the instance in the load balancer.
    expect(storeServes("postgres", storage.readiness().postgres)).toBe(true);
    expect(await storage.keys.countActive()).toBe(0);
    await expect(storage.decisionBackend.recordFeedback("dec_absent", 1)).rejects.toMatchObject({ code: "25006" });

    await admin.query(`ALTER ROLE ${role} RESET default_transaction_read_only`);
    await endSessions();
    expect(await waitForState("ready")).toBe("ready");
  }, 40_000);
});
