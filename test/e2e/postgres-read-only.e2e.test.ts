/**
 * A Postgres that answers but takes no write: the old primary demoted to a standby after a failover (while DNS or a
 * pooler still points at it), or `default_transaction_read_only`. Reads work; every INSERT or UPDATE fails with
 * SQLSTATE 25006 (`cannot execute INSERT in a read-only transaction`). Requests that must write to Postgres (feedback,
 * key creation) must get the honest 503 `storage_unavailable`, as for a Postgres that is down, not a 500
 * "internal error" (what they got before: 25006 was no code the error handler knew). Chat requests keep being served:
 * their records wait in the local outbox.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";
import { startGatewayProcess, type GatewayProcess } from "./crash/crash-load.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ADMIN_KEY = "p".repeat(40);

async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; code: string | undefined; decisionId: string | null }> {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const json = (await response.json()) as { error?: { code?: string } };
  return { status: response.status, code: json.error?.code, decisionId: response.headers.get("x-switchyard-decision-id") };
}

describe("a Postgres that refuses writes (read-only after a failover)", () => {
  let simulator: Simulator | undefined;
  let gateway: GatewayProcess | undefined;
  const database = `sy_ro_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  const dir = mkdtempSync(join(tmpdir(), "sy-pg-ro-"));
  afterAll(async () => {
    await gateway?.crash().catch(() => {});
    await simulator?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers feedback and key creation 503 storage_unavailable, and keeps serving chat", async () => {
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${database}`;
    simulator = await createSimulator({ recordCalls: false });
    gateway = await startGatewayProcess({
      config: { tiers: { ro: { models: ["openai/gpt-5-nano"], max_tokens: 50 } }, storage: { sqlite: join(dir, "switchyard.db"), postgres_url: url.toString() } },
      namespace: "switchyard",
      upstreamUrl: simulator.url,
      cwd: process.cwd(),
      adminKey: ADMIN_KEY,
    });
    const served = await post(gateway.url, "/v1/chat/completions", { model: "switchyard/tier/ro", messages: [{ role: "user", content: "hello" }] });
    expect(served.status).toBe(200);
    // Let the record ship, so feedback finds it.
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The failover: the database takes no more writes; the gateway's connections are cut and come back read-only.
    await admin.query(`ALTER DATABASE ${database} SET default_transaction_read_only = on`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
    const deadline = Date.now() + 20_000;
    let ready = false;
    while (!ready && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = (await fetch(`${gateway.url}/readyz`)).status === 200;
    }
    expect(ready).toBe(true);

    const feedback = await post(gateway.url, "/v1/feedback", { decision_id: served.decisionId, score: 0.5 });
    expect(feedback).toMatchObject({ status: 503, code: "storage_unavailable" });
    const key = await post(gateway.url, "/api/keys", { name: "after-failover" }, { authorization: `Bearer ${ADMIN_KEY}` });
    expect(key).toMatchObject({ status: 503, code: "storage_unavailable" });
    expect((await post(gateway.url, "/v1/chat/completions", { model: "switchyard/tier/ro", messages: [{ role: "user", content: "again" }] })).status).toBe(200);
  }, 120_000);
});
