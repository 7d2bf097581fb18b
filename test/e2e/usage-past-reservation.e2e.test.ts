/**
 * An upstream whose reported usage is far past `max_tokens` is believed: the usage is its bill (round 24). What the
 * answer costs beyond its reservation is spent all the same, so the requests after it must see it: a later request
 * is refused once that spend has reached the cap, nothing stays reserved, and the record says the answer cost more
 * than was reserved (round 27).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

const LIMIT_USD = 0.001;
/** What the upstream bills each answer: ten times the cap, for an answer capped at 100 tokens. */
const BILLED_USD = 0.01;
const MODEL = "openai/gpt-5-nano";

function answer(stream: boolean): string {
  const usage = { prompt_tokens: 10, completion_tokens: 20_000, total_tokens: 20_010, cost: BILLED_USD };
  if (!stream) return JSON.stringify({ id: "gen-over", object: "chat.completion", created: 1, model: MODEL, choices: [{ index: 0, message: { role: "assistant", content: "Hello." }, finish_reason: "stop" }], usage });
  const chunk = (delta: object, finish: string | null, extra: object = {}): string => `data: ${JSON.stringify({ id: "gen-over", object: "chat.completion.chunk", created: 1, model: MODEL, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  return chunk({ role: "assistant", content: "Hello." }, null) + chunk({}, "stop", { usage }) + "data: [DONE]\n\n";
}

describe("a usage far past max_tokens", () => {
  let dir: string;
  let upstream: Server;
  let server: RunningServer;
  const logs: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-usage-over-"));
    upstream = createServer((request, response) => {
      let text = "";
      request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
      request.on("end", () => {
        const stream = (JSON.parse(text) as { stream?: boolean }).stream === true;
        response.writeHead(200, { "content-type": stream ? "text/event-stream" : "application/json" });
        response.end(answer(stream));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const { port } = upstream.address() as AddressInfo;
    const config = parseConfig({
      tiers: { e2e: { models: [MODEL], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: LIMIT_USD }],
    });
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logs.push(chunk.toString());
        callback();
      },
    });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: `http://127.0.0.1:${port}/api/v1`, keyOptional: true, logStream });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (stream: boolean): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content: "hi" }] }) });

  for (const stream of [false, true]) {
    it(`is spent, so the next request meets the cap, and the record says so (${stream ? "streamed" : "whole"})`, async () => {
      const db = openSqliteDatabase(join(dir, "switchyard.db"));
      db.exec("DELETE FROM ledger_buckets; DELETE FROM ledger_reservations");
      db.close();
      const first = await post(stream);
      expect(first.status).toBe(200);
      const decisionId = first.headers.get("x-switchyard-decision-id");
      await first.text();
      const second = await post(stream);
      expect(second.status).toBe(402);
      await second.text();
      const check = openSqliteDatabase(join(dir, "switchyard.db"));
      const bucket = check.prepare<[], { spent: number; reserved: number }>("SELECT spent_nano_usd AS spent, reserved_nano_usd AS reserved FROM ledger_buckets").get();
      check.close();
      expect(bucket).toEqual({ spent: BILLED_USD * 1e9, reserved: 0 });
      // The log line of the answer names the overrun: the record's cost beside what its attempt reserved.
      const line = logs.find((text) => text.includes(String(decisionId)) && text.includes("more than reserved"));
      expect(line, logs.filter((text) => text.includes(String(decisionId))).join("\n")).toBeDefined();
    }, 20_000);
  }
  afterAll(async () => server.close());
});
