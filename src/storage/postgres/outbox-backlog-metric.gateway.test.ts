/**
 * The outbox backlog on GET /metrics: with Postgres as the decision log, each record is committed to the local SQLite
 * outbox and shipped in batches. While Postgres takes no write (read-only after a failover: requests are still
 * served), `switchyard_decision_outbox_records` grows with each request and `switchyard_decision_outbox_oldest_age_seconds`
 * with time; once writes are taken the backlog ships and both drop to 0. Real Postgres through a role of the test's
 * own made read-only; a real gateway (`startServer`).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const id = randomUUID().slice(0, 8);
const ROLE = `sy_outbox_role_${id}`;
const NAMESPACE = `sy_outbox_${id}`;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("the decision outbox backlog metric", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sy-outbox-metric-"));
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
  let simulator: Simulator | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    await simulator?.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${NAMESPACE} CASCADE`);
    await admin.query(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("grows while Postgres refuses writes and drains to 0 once it takes them", async () => {
    const database = new URL(POSTGRES_URL).pathname.slice(1);
    await admin.query(`CREATE ROLE ${ROLE} LOGIN`);
    await admin.query(`GRANT CREATE ON DATABASE ${database} TO ${ROLE}`);
    const url = new URL(POSTGRES_URL);
    url.username = ROLE;
    simulator = await createSimulator();
    const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 50 } }, storage: { sqlite: path.join(dir, "switchyard.db"), postgres_url: url.toString() } });
    const logStream = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream, storageNamespace: NAMESPACE });
    const base = server.url;
    const chat = async (): Promise<number> => (await fetch(`${base}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hello" }] }) })).status;
    const gauge = async (name: string): Promise<number | undefined> => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const match = new RegExp(`^${name} (\\S+)$`, "m").exec(text);
      return match ? Number(match[1]) : undefined;
    };
    const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
      const deadline = Date.now() + 10_000;
      while (!(await check()) && Date.now() < deadline) await pause(50);
    };
    const endSessions = (): Promise<unknown> => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [ROLE]);

    expect(await chat()).toBe(200);
    await waitFor(async () => (await gauge("switchyard_decision_outbox_records")) === 0);
    expect(await gauge("switchyard_decision_outbox_records")).toBe(0);
    expect(await gauge("switchyard_decision_outbox_oldest_age_seconds")).toBe(0);

    await admin.query(`ALTER ROLE ${ROLE} SET default_transaction_read_only = on`);
    await endSessions();
    for (let index = 0; index < 5; index += 1) expect(await chat()).toBe(200);
    await pause(1_200);
    const waiting = await gauge("switchyard_decision_outbox_records");
    const oldestAge = await gauge("switchyard_decision_outbox_oldest_age_seconds");
    expect(waiting).toBe(5);
    expect(oldestAge).toBeGreaterThan(1);
    process.stdout.write(`outbox while Postgres is read-only: ${waiting} records, oldest ${oldestAge} s\n`);

    await admin.query(`ALTER ROLE ${ROLE} RESET default_transaction_read_only`);
    await endSessions();
    await waitFor(async () => (await gauge("switchyard_decision_outbox_records")) === 0);
    expect(await gauge("switchyard_decision_outbox_records")).toBe(0);
    expect(await gauge("switchyard_decision_outbox_oldest_age_seconds")).toBe(0);
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${NAMESPACE}.decisions`);
    expect(rows[0]?.n).toBe(6);
  }, 60_000);
});
