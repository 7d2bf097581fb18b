/**
 * Another process holds the SQLite file's write lock while 60 requests arrive at once: each request's reserve and
 * settle and the decision records' group commits wait for the lock, yet the event loop stays free (a 10 ms timer
 * stays on time, counting the lateness the loop's own work causes, not a loaded machine's: test/support/loop-held.ts;
 * /healthz answers at once), and once the lock is gone every request completes with its record stored and nothing
 * left reserved. Before single-flight waiting, each waiter polled on its own and each try held the loop for
 * busy_timeout: 50 waiters saturated the loop (a 10 ms timer 389 ms late, /healthz 1.8 s).
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
import { untilLoopQuiet, watchLoopHeld } from "../support/loop-held.js";
import { holdSqliteLock } from "../support/sqlite-lock.js";

/** How long after the requests are sent, at least, the loop is watched (and once quiet: their arrival is done)... */
const SETTLED_IN_MS = 800;
/** ...and for how long, while every request waits for the lock; then the lock is released. */
const WATCH_MS = 1_500;
const REQUESTS = 60;

describe("a SQLite file another process holds locked while many requests wait", () => {
  let dir: string;
  let simulator: Simulator;
  let server: RunningServer;
  let closed = false;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-sqlite-many-"));
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
    if (!closed) await server.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const chat = (content: string): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] }) });

  it("keeps the event loop and /healthz responsive, then completes every request with its record and settles every reservation", async () => {
    expect((await chat("warm up")).status).toBe(200);
    const holder = await holdSqliteLock(join(dir, "switchyard.db"));
    const pending = Promise.all(Array.from({ length: REQUESTS }, async (_, n) => {
      const response = await chat(`request ${n}`);
      return { response, text: await response.text() };
    }));
    // The requests' own arrival (parsing, routing) takes the loop for a while, longer than any fixed sleep on a loaded
    // machine (800 ms was not enough under CPU load: /healthz 269 ms); past it, every request waits for the lock,
    // and waiting must leave the loop free.
    await new Promise((resolve) => setTimeout(resolve, SETTLED_IN_MS));
    await untilLoopQuiet();
    const held = watchLoopHeld();
    const healthz: number[] = [];
    const probe = setInterval(() => {
      const sentAt = performance.now();
      void fetch(`${server.url}/healthz`).then(
        async (response) => (await response.text(), healthz.push(response.status === 200 ? performance.now() - sentAt : Infinity)),
        () => healthz.push(Infinity),
      );
    }, 100);
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
    clearInterval(probe);
    const worst = held.stop();
    // Every probe sent has answered by now unless the loop was stuck.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await holder.release();
    const responses = await pending;
    expect(worst, `the event loop was held for ${Math.round(worst)} ms`).toBeLessThan(250);
    expect(healthz.length, "probes answered").toBeGreaterThanOrEqual(10);
    expect(Math.max(...healthz), `/healthz took ${healthz.map(Math.round).join(", ")} ms`).toBeLessThan(250);
    for (const { response, text } of responses) expect(response.status, text).toBe(200);
    // Closing drains the decision log: every record is in the decisions table or still in the outbox.
    await server.close();
    closed = true;
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    const ids = responses.map(({ response }) => response.headers.get("x-switchyard-decision-id") ?? "");
    const stored = new Set([
      ...db.prepare<[], { id: string }>("SELECT id FROM decisions").all().map((row) => row.id),
      ...db.prepare<[], { id: string }>("SELECT id FROM decision_outbox").all().map((row) => row.id),
    ]);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    // No record twice: the outbox shipped each once.
    expect(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM decisions").get()?.n).toBe(REQUESTS + 1);
    const bucket = db.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
    expect(bucket?.reserved).toBe(0);
    expect(bucket?.spent).toBeGreaterThan(0);
    expect(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM ledger_reservations WHERE state = 'held'").get()?.n).toBe(0);
    db.close();
  }, 30_000);
});
