/**
 * Requests through all three doors at once, streamed and not, some of them cut off by their client mid-stream,
 * race for one small global cap on the full `startServer` gateway (SQLite ledger and decision log): the cap is never
 * passed, nothing stays reserved, and every request has exactly one decision record.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

const LIMIT_USD = 0.0005;
const PER_DOOR = 15;

describe("three doors racing for one cap", () => {
  let dir: string;
  let simulator: Simulator;
  let server: RunningServer;
  let closed = false;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-budget-race-"));
    simulator = await createSimulator({ recordCalls: false, chunkCount: 20, chunkDelayMs: 10 });
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: LIMIT_USD }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet });
  });
  afterAll(async () => {
    if (!closed) await server.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const bodies = {
    "/v1/chat/completions": (n: number, stream: boolean) => ({ stream, messages: [{ role: "user", content: `request ${n}` }] }),
    "/v1/messages": (n: number, stream: boolean) => ({ stream, max_tokens: 100, messages: [{ role: "user", content: `request ${n}` }] }),
    "/v1/responses": (n: number, stream: boolean) => ({ stream, input: `request ${n}` }),
  };

  /** Sends one request; a third of the streams are left by their client after the first bytes. */
  async function send(path: keyof typeof bodies, n: number): Promise<{ status: number; decisionId: string | null }> {
    const stream = n % 2 === 0;
    const controller = new AbortController();
    const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...bodies[path](n, stream) }), signal: controller.signal });
    const decisionId = response.headers.get("x-switchyard-decision-id");
    if (stream && n % 3 === 0 && response.status === 200 && response.body) {
      const reader = response.body.getReader();
      await reader.read();
      controller.abort();
      await reader.read().catch(() => undefined);
    } else {
      await response.text();
    }
    return { status: response.status, decisionId };
  }

  it("never passes the cap, leaves nothing reserved, and records each request once", async () => {
    const results = await Promise.all((Object.keys(bodies) as (keyof typeof bodies)[]).flatMap((path) => Array.from({ length: PER_DOOR }, (_, n) => send(path, n))));
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 402).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200 && status !== 402)).toEqual([]);
    // A client that left is recorded once its request ends; closing drains the decision log.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await server.close();
    closed = true;
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    const bucket = db.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
    expect(bucket?.reserved).toBe(0);
    expect(bucket?.spent).toBeGreaterThan(0);
    expect(bucket?.spent).toBeLessThanOrEqual(LIMIT_USD * 1e9);
    expect(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM ledger_reservations WHERE state = 'held'").get()?.n).toBe(0);
    const ids = db.prepare<[], { id: string }>("SELECT id FROM decisions UNION ALL SELECT id FROM decision_outbox").all().map((row) => row.id);
    expect(ids.length).toBe(results.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { decisionId } of results) if (decisionId) expect(ids).toContain(decisionId);
    db.close();
  }, 30_000);
});
