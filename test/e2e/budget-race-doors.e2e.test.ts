/**
 * Requests through all three doors at once, streamed and not, some of them cut off by their client mid-stream,
 * race for one small global cap on the full `startServer` gateway (SQLite ledger and decision log): the cap is never
 * passed, nothing stays reserved, and every request has exactly one decision record.
 *
 * Each request that reaches the upstream is held there until every request has either reached it or been refused,
 * so they all race while the admitted ones still hold their reservations. It relied on timing before (round 27):
 * non-streamed answers came at once and settled, so whether 13 requests were ever in flight together depended on the
 * machine's load, and under load the cap was never reached (no 402, a flake).
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

const LIMIT_USD = 0.0005;
const PER_DOOR = 15;
const TOTAL = PER_DOOR * 3;
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A proxy in front of the simulator that holds each chat request until `release` is called: the admitted requests
 * keep their reservations while the others are admitted or refused.
 */
async function startGate(target: string): Promise<{ url: string; arrived: () => number; release: () => void; close: () => Promise<void> }> {
  const targetUrl = new URL(target);
  let arrived = 0;
  let open: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (open = resolve));
  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer): void => {
    const upstream = httpRequest({ host: targetUrl.hostname, port: targetUrl.port, path: request.url, method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on("error", () => response.destroy());
    response.on("close", () => upstream.destroy());
    upstream.end(body);
  };
  const server = createServer((request, response) => {
    const pieces: Buffer[] = [];
    request.on("data", (piece: Buffer) => pieces.push(piece));
    request.on("end", () => {
      if (!(request.url ?? "").endsWith("/chat/completions")) return forward(request, response, Buffer.concat(pieces));
      arrived += 1;
      void released.then(() => forward(request, response, Buffer.concat(pieces)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    arrived: () => arrived,
    release: () => open(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("three doors racing for one cap", () => {
  let dir: string;
  let simulator: Simulator;
  let gate: Awaited<ReturnType<typeof startGate>>;
  let refused = 0;
  let server: RunningServer;
  let closed = false;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-budget-race-"));
    simulator = await createSimulator({ recordCalls: false, chunkCount: 20, chunkDelayMs: 10 });
    gate = await startGate(simulator.url);
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: LIMIT_USD }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: gate.url, keyOptional: true, logStream: quiet });
  });
  afterAll(async () => {
    if (!closed) await server.close();
    await gate.close();
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
    if (response.status === 402) refused += 1;
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
    // The requests set out 60 ms apart, as on a loaded machine: no two need be in the gateway at the same moment.
    const paths = Object.keys(bodies) as (keyof typeof bodies)[];
    const sent = Promise.all(paths.flatMap((path, door) => Array.from({ length: PER_DOOR }, (_, n) => delay((n * paths.length + door) * 60).then(() => send(path, n)))));
    // Every request is admitted (and held at the upstream) or refused before any answer comes, whatever the load.
    while (gate.arrived() + refused < TOTAL) await delay(10);
    const admitted = gate.arrived();
    gate.release();
    const results = await sent;
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200).length).toBe(admitted);
    expect(statuses.filter((status) => status === 402).length).toBe(TOTAL - admitted);
    expect(statuses.filter((status) => status !== 200 && status !== 402)).toEqual([]);
    // Closing waits for the requests in flight (a client that left is recorded once its request ends) and drains the
    // decision log.
    await server.close();
    closed = true;
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    const bucket = db.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
    expect(bucket?.reserved).toBe(0);
    expect(bucket?.spent).toBeGreaterThan(0);
    expect(bucket?.spent).toBeLessThanOrEqual(LIMIT_USD * 1e9);
    // What the admitted requests held at once fitted the cap, and one more would not have: the cap, not the timing,
    // decided who was refused.
    const amounts = db.prepare<[], { amount: number }>("SELECT amount_nano_usd AS amount FROM ledger_reservations").all().map((row) => row.amount);
    expect(amounts.length).toBe(admitted);
    const held = amounts.reduce((sum, amount) => sum + amount, 0);
    expect(held).toBeLessThanOrEqual(LIMIT_USD * 1e9);
    expect(held + Math.min(...amounts)).toBeGreaterThan(LIMIT_USD * 1e9);
    expect(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM ledger_reservations WHERE state = 'held'").get()?.n).toBe(0);
    const ids = db.prepare<[], { id: string }>("SELECT id FROM decisions UNION ALL SELECT id FROM decision_outbox").all().map((row) => row.id);
    expect(ids.length).toBe(results.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { decisionId } of results) if (decisionId) expect(ids).toContain(decisionId);
    db.close();
  }, 30_000);
});
