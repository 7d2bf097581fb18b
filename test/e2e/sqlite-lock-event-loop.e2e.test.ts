/**
 * Another connection holds the SQLite file's write lock (another gateway process, a backup, `switchyard keys create`):
 * the gateway's requests wait for it (the spend ledger's reserve and settle, the decision record's group commit),
 * but the event loop stays free meanwhile, measured as a 10 ms timer's lateness the loop's own work caused (not the
 * time a loaded machine ran other processes: test/support/loop-held.ts). better-sqlite3 is
 * synchronous: with a busy_timeout of seconds, one locked statement froze every request of the process.
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
import { watchLoopHeld } from "../support/loop-held.js";

const HOLD_MS = 1_500;

describe("a SQLite file another connection holds locked", () => {
  let dir: string;
  let simulator: Simulator;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-sqlite-lock-"));
    simulator = await createSimulator({ recordCalls: false });
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet });
  });
  afterAll(async () => {
    await server.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const chat = (content: string, stream = false): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content }] }) });

  it("keeps the event loop free while requests wait for the lock, and completes them with their records once it is released", async () => {
    expect((await chat("warm up")).status).toBe(200);
    const holder = openSqliteDatabase(join(dir, "switchyard.db"));
    holder.exec("BEGIN IMMEDIATE");
    const held = watchLoopHeld();
    const sentAt = Date.now();
    const pending = Promise.all([chat("one"), chat("two", true), chat("three")]).then(async (responses) => ({ at: Date.now(), responses: await Promise.all(responses.map(async (response) => ({ response, text: await response.text() }))) }));
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    holder.exec("COMMIT");
    const { at, responses } = await pending;
    const worst = held.stop();
    // A locked statement used to hold the loop for busy_timeout (5 s); now each try holds it a few milliseconds.
    expect(worst, `the event loop was held for ${Math.round(worst)} ms`).toBeLessThan(250);
    expect(at - sentAt).toBeGreaterThanOrEqual(HOLD_MS - 50);
    for (const { response, text } of responses) {
      expect(response.status, text).toBe(200);
      expect(text).not.toContain("storage_unavailable");
    }
    const ids = responses.map(({ response }) => response.headers.get("x-switchyard-decision-id") ?? "");
    const found = holder
      .prepare<[string, string, string], { n: number }>("SELECT (SELECT count(*) FROM decision_outbox WHERE id IN (?, ?, ?)) AS n")
      .get(...(ids as [string, string, string]));
    const inDecisions = holder.prepare<[string, string, string], { n: number }>("SELECT count(*) AS n FROM decisions WHERE id IN (?, ?, ?)").get(...(ids as [string, string, string]));
    expect((found?.n ?? 0) + (inDecisions?.n ?? 0)).toBe(3);
    // Every reservation was settled: nothing stays reserved, and the four requests' spend is booked.
    const bucket = holder.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
    expect(bucket?.reserved).toBe(0);
    expect(bucket?.spent).toBeGreaterThan(0);
    holder.close();
  }, 20_000);
});
