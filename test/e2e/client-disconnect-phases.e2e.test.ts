/**
 * A client that goes away at each phase of its request (round 20, ADR 0073): before its body finished uploading,
 * while the gateway waits on the upstream, and mid-stream. Nothing stays reserved in the ledger, the upstream request
 * is aborted (the upstream sees its connection close before it answered in full), the record says the client left
 * (499, the attempt `client_gone`), and the gateway serves the next request. Real HTTP, real SQLite. The upload case
 * waits on the gateway's own events (it read the head and the first body bytes; it closed the exchange), not on sleeps, so
 * it cannot pass with a client that left before the gateway saw anything (round 21).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

const chunk = (content: string): string =>
  `data: ${JSON.stringify({ id: "gen-cd", object: "chat.completion.chunk", model: "openai/gpt-5-nano", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;

describe("a client that leaves at each phase of its request", () => {
  let dir: string;
  let upstream: Server;
  let server: RunningServer;
  /** Upstream requests by the prompt's marker word: whether each was closed by the gateway before it was answered in full. */
  const calls = new Map<string, { abortedEarly: boolean }>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sy-client-phases-"));
    upstream = createServer((request: IncomingMessage, response: ServerResponse) => {
      let body = "";
      request.on("data", (part: Buffer) => (body += part.toString()));
      request.on("end", () => {
        const marker = /phase-[a-z-]+/.exec(body)?.[0] ?? "other";
        const call = { abortedEarly: false };
        calls.set(marker, call);
        response.on("close", () => (call.abortedEarly = !response.writableFinished));
        if (marker === "phase-waiting") return; // never answers
        if (!body.includes('"stream":true')) {
          const answer = { id: "gen-cd", object: "chat.completion", model: "openai/gpt-5-nano", choices: [{ index: 0, message: { role: "assistant", content: "Once." }, finish_reason: "stop" }], usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 } };
          return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
        }
        response.writeHead(200, { "content-type": "text/event-stream" });
        let sent = 0;
        const timer = setInterval(() => {
          sent += 1;
          if (response.destroyed) return clearInterval(timer);
          if (sent > 200) {
            clearInterval(timer);
            return void response.end("data: [DONE]\n\n");
          }
          response.write(chunk(" word"));
        }, 20);
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const address = upstream.address();
    const upstreamUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1`;
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: join(dir, "switchyard.db") },
      budgets: [{ scope: "global", window: "day", limit_usd: 1 }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl, keyOptional: true, logStream: quiet });
  });
  afterAll(async () => {
    await server.close();
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const body = (phase: string, stream: boolean): string => JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content: `Tell me a story, ${phase}.` }] });
  const held = (): { n: number; reserved: number } => {
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    try {
      const n = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM ledger_reservations WHERE state = 'held'").get()?.n ?? -1;
      const reserved = db.prepare<[], { r: number }>("SELECT COALESCE(SUM(reserved_nano_usd), 0) AS r FROM ledger_buckets").get()?.r ?? -1;
      return { n, reserved };
    } finally {
      db.close();
    }
  };
  const records = (): { status: number; attempts: string }[] => {
    const db = openSqliteDatabase(join(dir, "switchyard.db"));
    try {
      return db.prepare<[], { status: number; attempts: string; prompt: string | null }>("SELECT status, attempts, prompt FROM decisions ORDER BY created_at").all();
    } finally {
      db.close();
    }
  };

  it("before the body finished uploading: no upstream call, nothing reserved, the gateway still serves", async () => {
    const { port } = new URL(server.url);
    const full = body("phase-uploading", false);
    // Events, not sleeps: the gateway has read the head and the first bytes of the body before the client leaves,
    // and has closed its side of the exchange before anything is checked. The bytes are seen as the gateway's own body
    // reader takes them, never by a listener here: a stream flows to whoever listens first, so a 'data' listener would
    // take them itself and the gateway's parser would never see a body byte (it answered the rest 400 when sent).
    const arrived = new Promise<{ request: IncomingMessage; response: ServerResponse; firstBytes: string }>((resolve) => {
      server.app.server.once("request", (request: IncomingMessage, response: ServerResponse) => {
        const emit = request.emit.bind(request) as (event: string | symbol, ...args: unknown[]) => boolean;
        const watched = (event: string | symbol, ...args: unknown[]): boolean => {
          if (event === "data") resolve({ request, response, firstBytes: String(args[0]) });
          return emit(event, ...args);
        };
        Object.assign(request, { emit: watched });
      });
    });
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${full.length}\r\n\r\n${full.slice(0, 20)}`);
    const { request, response, firstBytes } = await arrived;
    expect(request.url).toBe("/v1/chat/completions");
    expect(firstBytes).toBe(full.slice(0, 20));
    const answered = new Promise((resolve) => response.once("close", resolve));
    socket.destroy();
    await answered;
    expect(response.writableFinished).toBe(false); // the gateway wrote no answer to a client that left
    expect(calls.has("phase-uploading")).toBe(false);
    expect(held()).toEqual({ n: 0, reserved: 0 });
    const next = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: body("phase-after-upload", false) });
    expect(next.status).toBe(200);
  });

  it.each([
    { phase: "phase-waiting", stream: false },
    { phase: "phase-waiting", stream: true },
    { phase: "phase-streaming", stream: true },
  ])("$phase (stream $stream): the upstream call is aborted, nothing stays reserved, the record says 499 client_gone", async ({ phase, stream }) => {
    calls.delete(phase);
    const gone = (): { status: number; attempts: string }[] => records().filter((row) => row.status === 499);
    const before = gone().length;
    const controller = new AbortController();
    const asked = fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: body(phase, stream), signal: controller.signal });
    if (phase === "phase-streaming") {
      const response = await asked;
      const reader = response.body?.getReader();
      let text = "";
      while (!text.includes("word")) text += new TextDecoder().decode((await reader?.read())?.value);
      controller.abort();
      await reader?.read().catch(() => undefined);
    } else {
      await expect.poll(() => calls.has(phase)).toBe(true);
      controller.abort();
      await asked.catch(() => undefined);
    }
    await expect.poll(() => calls.get(phase)?.abortedEarly, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => held(), { timeout: 5_000 }).toEqual({ n: 0, reserved: 0 });
    await expect.poll(() => gone().length, { timeout: 5_000 }).toBe(before + 1);
    const record = gone().at(-1);
    expect(records().filter((row) => row.status !== 200 && row.status !== 499)).toEqual([]);
    expect(JSON.parse(record?.attempts ?? "[]")).toMatchObject([{ errorType: "client_gone" }]);
  });
});
