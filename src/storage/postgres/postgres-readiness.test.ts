/**
 * Readiness of a gateway's Postgres does not flap (ADR 0022): it turns off only after
 * `storage.postgres_unready_after_failed_probes` probes in a row fail, back on after one success, and the probe has a
 * connection of its own, so slow queries filling the serving pool do not fail it while Postgres answers. Real
 * Postgres, opened as the gateway opens it (`openStorage` with background setup); another session's lock stands in
 * for a busy server (on the keys table the probe reads); serving connections held out of the pool stand in for slow
 * report queries filling it.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "../open-storage.js";
import { valuesSeenWhile } from "../../testing/values-seen-while.js";
import { createPostgresPools } from "./postgres-pools.js";
import { openPostgresStores } from "./postgres-stores.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const QUERY_TIMEOUT_MS = 300;
const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 3 });
const schemas: string[] = [];
const opened: Storage[] = [];

afterAll(async () => {
  for (const storage of opened) await storage.close();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function gatewayStorage(extra: { postgres_unready_after_failed_probes?: number } = {}): Promise<{ storage: Storage; schema: string }> {
  const schema = `sy_ready_${randomUUID().slice(0, 8)}`;
  schemas.push(schema);
  const storage = await openStorage({
    storage: { sqlite: ":memory:", postgres_url: POSTGRES_URL, postgres_query_timeout_ms: QUERY_TIMEOUT_MS, ...extra },
    cwd: process.cwd(),
    namespace: schema,
    retryInBackground: {},
  });
  opened.push(storage);
  expect(storage.readiness()).toEqual({ postgres: "ready" });
  return { storage, schema };
}

/** Holds `table` in ACCESS EXCLUSIVE mode in another session until the returned release is called. */
async function holdTable(table: string): Promise<() => Promise<void>> {
  const client = await admin.connect();
  await client.query("BEGIN");
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await client.query("COMMIT");
    client.release();
  };
}

/** Whether a health probe of `schema` is waiting on a lock now. */
async function probeWaiting(schema: string): Promise<boolean> {
  const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query = $1", [`SELECT 1 FROM "${schema}".virtual_keys LIMIT 1`]);
  return (rows[0]?.n ?? 0) > 0;
}

describe("Postgres readiness of a gateway", () => {
  it("stays ready through one failed probe, turns off after two in a row, and back on after one success", async () => {
    const { storage, schema } = await gatewayStorage();
    // One probe waits on the lock and is cancelled at the query limit; the lock goes before the next (1 s later).
    const seen = await valuesSeenWhile(() => storage.readiness().postgres, async () => {
      const release = await holdTable(`"${schema}".virtual_keys`);
      try {
        const deadline = Date.now() + 3_000;
        while (!(await probeWaiting(schema)) && Date.now() < deadline) await pause(10);
        expect(await probeWaiting(schema)).toBe(true);
        while ((await probeWaiting(schema)) && Date.now() < deadline) await pause(10);
      } finally {
        await release();
      }
      await pause(300);
    }, { everyInMs: 10 });
    expect([...seen]).toEqual(["ready"]);
    // Held across probes: not ready after the second failure, ready again after the first success.
    const release = await holdTable(`"${schema}".virtual_keys`);
    try {
      const deadline = Date.now() + 5_000;
      while (storage.readiness().postgres === "ready" && Date.now() < deadline) await pause(20);
      expect(storage.readiness()).toEqual({ postgres: "unavailable" });
    } finally {
      await release();
    }
    const deadline = Date.now() + 3_000;
    while (storage.readiness().postgres !== "ready" && Date.now() < deadline) await pause(20);
    expect(storage.readiness()).toEqual({ postgres: "ready" });
  }, 20_000);

  it("postgres_unready_after_failed_probes: 1 turns it off at the first failed probe", async () => {
    const { storage, schema } = await gatewayStorage({ postgres_unready_after_failed_probes: 1 });
    const release = await holdTable(`"${schema}".virtual_keys`);
    try {
      const deadline = Date.now() + 3_000;
      while (!(await probeWaiting(schema)) && Date.now() < deadline) await pause(10);
      const waitingAt = Date.now();
      while (storage.readiness().postgres === "ready" && Date.now() < deadline) await pause(10);
      expect(storage.readiness()).toEqual({ postgres: "unavailable" });
      // The first probe's cancel, not a second probe a second later.
      expect(Date.now() - waitingAt).toBeLessThan(QUERY_TIMEOUT_MS + 600);
    } finally {
      await release();
    }
  }, 20_000);

  it("stays ready while slow queries hold every serving connection: the probe has a connection of its own", async () => {
    const schema = `sy_ready_${randomUUID().slice(0, 8)}`;
    schemas.push(schema);
    const pools = await createPostgresPools({ url: POSTGRES_URL, queryTimeoutInMs: QUERY_TIMEOUT_MS, onError: () => undefined });
    // As open-storage.ts wires them for a gateway.
    const stores = await openPostgresStores(pools.serving, { schema, setupPool: pools.setup, probePool: pools.probe, healthIntervalInMs: 250 });
    try {
      expect(stores.ready()).toBe(true);
      // Ten report queries of a few seconds each (a burst of dashboard reports on a big log) hold all ten connections:
      // a probe queued behind them waited past the limit for a connection and failed, while Postgres answered.
      const held = await Promise.all(Array.from({ length: 10 }, () => pools.serving.connect()));
      const seen = new Set<boolean>();
      try {
        for (let elapsed = 0; elapsed < 2_500; elapsed += 10) {
          seen.add(stores.ready());
          await pause(10);
        }
      } finally {
        for (const client of held) client.release();
      }
      expect([...seen]).toEqual([true]);
    } finally {
      stores.stop();
      await pools.end();
    }
  }, 20_000);
});
