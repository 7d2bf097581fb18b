/**
 * Feedback sent to another gateway instance than the one that answered (two instances behind a load balancer, one
 * Postgres, each its own local outbox), at once after the answer (round 21, ADR 0077). The answering instance's record
 * waits in its local outbox until its next ship (every 100 ms); the other instance cannot ship it. The admin API's
 * decision page (`GET /api/decisions/:id`, the dashboard's link from the response header) is asked the same way.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ADMIN_KEY = "f".repeat(40);

describe("feedback at once, to the other instance", () => {
  const database = `sy_fb_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  const dir = mkdtempSync(join(tmpdir(), "sy-fb-other-"));
  let simulator: Simulator;
  const gateways: RunningServer[] = [];
  beforeAll(async () => {
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${database}`;
    simulator = await createSimulator({ recordCalls: false });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    for (const name of ["a", "b"]) {
      const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 50 } }, storage: { sqlite: join(dir, `${name}.db`), postgres_url: url.toString() } });
      gateways.push(await startServer({ config, catalog: builtinCatalog(), env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY }, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet }));
    }
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await simulator.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is accepted, and the admin API's decision page found, not answered 404", async () => {
    const [a, b] = gateways;
    if (!a || !b) throw new Error("two gateways");
    for (let round = 0; round < 5; round += 1) {
      const answered = await fetch(`${a.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: `rate me ${round}` }] }) });
      expect(answered.status).toBe(200);
      const decisionId = answered.headers.get("x-switchyard-decision-id");
      const rated = await fetch(`${b.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: decisionId, score: 1 }) });
      expect({ round, status: rated.status, body: await rated.text() }).toMatchObject({ round, status: 200 });
      const next = await fetch(`${a.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: `look me up ${round}` }] }) });
      const page = await fetch(`${b.url}/api/decisions/${next.headers.get("x-switchyard-decision-id") ?? ""}`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
      expect({ round, status: page.status }).toEqual({ round, status: 200 });
    }
  });
});
