/**
 * Web search a request turns on (the `web` plugin, a `:online` model, `web_search_options`, the
 * `openrouter:web_search` tool) is billed by OpenRouter on top of the tokens: $0.02 for the default 5 results,
 * against a token worst case of about $0.00004 on gpt-5-nano. It was left out of the reservation, so ten racing
 * requests on a $0.03 cap were all served and spent $0.2 (ADR 0061). Now each reserves the search, and the cap holds
 * on the full `startServer` gateway (SQLite ledger), across the three doors.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

const LIMIT_USD = 0.03;
const ASK = (n: number): { role: string; content: string }[] => [{ role: "user", content: `look up item ${n}` }];

/** Request bodies that each turn web search on, by door. */
const SEARCHING: [string, (n: number) => Record<string, unknown>][] = [
  ["/v1/chat/completions", (n) => ({ model: "openai/gpt-5-nano", messages: ASK(n), plugins: [{ id: "web" }] })],
  ["/v1/chat/completions", (n) => ({ model: "openai/gpt-5-nano:online", messages: ASK(n), stream: true })],
  ["/v1/chat/completions", (n) => ({ model: "openai/gpt-5-nano", messages: ASK(n), web_search_options: { search_context_size: "high" } })],
  ["/v1/chat/completions", (n) => ({ model: "openai/gpt-5-nano", messages: ASK(n), tools: [{ type: "openrouter:web_search", parameters: { max_results: 5 } }] })],
  ["/v1/messages", (n) => ({ model: "openai/gpt-5-nano:online", max_tokens: 100, messages: ASK(n) })],
  ["/v1/responses", (n) => ({ model: "openai/gpt-5-nano:online", input: `look up item ${n}`, stream: true })],
];

describe("web search in the reservation", () => {
  let dir: string;
  let simulator: Simulator;
  let server: RunningServer;
  let closed = false;
  beforeEach(async () => {
    closed = false;
    dir = mkdtempSync(join(tmpdir(), "sy-web-search-"));
    simulator = await createSimulator({ chunkCount: 5, chunkDelayMs: 5 });
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 }, online: { models: ["openai/gpt-5-nano:online"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: LIMIT_USD }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet });
  });
  afterEach(async () => {
    if (!closed) await server.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(path: string, body: Record<string, unknown>): Promise<number> {
    const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await response.text();
    return response.status;
  }

  /** The ledger's spent and reserved, in USD, once the gateway has closed. */
  async function ledger(): Promise<{ spent: number; reserved: number }> {
    await server.close();
    closed = true;
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    const bucket = db.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
    db.close();
    return { spent: (bucket?.spent ?? 0) / 1e9, reserved: (bucket?.reserved ?? 0) / 1e9 };
  }

  it("holds a small cap against racing requests that each turn web search on, on every door", async () => {
    const statuses = await Promise.all(Array.from({ length: 12 }, (_, n) => {
      const [path, body] = SEARCHING[n % SEARCHING.length] ?? SEARCHING[0]!;
      return send(path, body(n));
    }));
    expect(statuses.filter((status) => status !== 200 && status !== 402)).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 402).length).toBeGreaterThan(0);
    const { spent, reserved } = await ledger();
    expect(reserved).toBe(0);
    expect(spent).toBeGreaterThan(0.02);
    expect(spent).toBeLessThanOrEqual(LIMIT_USD);
  }, 30_000);

  it("calls a tier's own :online model as written, and reserves its search", async () => {
    const statuses = await Promise.all(Array.from({ length: 6 }, (_, n) => send("/v1/chat/completions", { model: "switchyard/tier/online", messages: ASK(n) })));
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200 && status !== 402)).toEqual([]);
    expect(new Set(simulator.calls.map((call) => call.model))).toEqual(new Set(["openai/gpt-5-nano:online"]));
    const { spent, reserved } = await ledger();
    expect(reserved).toBe(0);
    expect(spent).toBeGreaterThan(0.02);
    expect(spent).toBeLessThanOrEqual(LIMIT_USD);
  }, 30_000);

  it("refuses one search whose results alone pass what is left, before any call", async () => {
    expect(await send("/v1/chat/completions", { model: "openai/gpt-5-nano", messages: ASK(0), plugins: [{ id: "web", max_results: 10 }] })).toBe(402);
    expect(await send("/v1/chat/completions", { model: "openai/gpt-5-nano", messages: ASK(1), plugins: [{ id: "web", enabled: false }] })).toBe(200);
    expect(await send("/v1/chat/completions", { model: "openai/gpt-5-nano", messages: ASK(2) })).toBe(200);
    const { spent } = await ledger();
    expect(spent).toBeLessThan(0.001);
  }, 30_000);

  it("says what raised the refused worst case, on each door: lowering max_tokens does little to a search's", async () => {
    const asks: [string, Record<string, unknown>, (body: Record<string, unknown>) => unknown][] = [
      ["/v1/chat/completions", { model: "openai/gpt-5-nano", messages: ASK(0), plugins: [{ id: "web", max_results: 10 }] }, (body) => (body["error"] as Record<string, unknown>)["message"]],
      ["/v1/messages", { model: "openai/gpt-5-nano:online", max_tokens: 30_000, messages: ASK(1) }, (body) => (body["error"] as Record<string, unknown>)["message"]],
      ["/v1/responses", { model: "openai/gpt-5-nano:online", max_output_tokens: 30_000, input: "look up item 2" }, (body) => (body["error"] as Record<string, unknown>)["message"]],
    ];
    for (const [path, body, messageOf] of asks) {
      const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const text = await response.clone().text(); expect(response.status, `${path} ${text}`).toBe(402);
      const message = String(messageOf((await response.json()) as Record<string, unknown>));
      // Each door names its own field (ADR 0069): the Responses door's is max_output_tokens.
      const field = path === "/v1/responses" ? "max_output_tokens" : "max_tokens";
      expect(message, path).toMatch(new RegExp(`Its worst case includes web search \\(up to \\d+ results( over \\d+ searches)?\\), billed beside the tokens: turn it off or lower ${field},`));
    }
    expect(simulator.calls).toEqual([]);
  }, 30_000);
});
