/**
 * A client that reads its stream slowly (a paused tab, a client doing work per chunk, a slow link). The gateway
 * waits for the socket to drain, so its upstream read waits too: that silence is the client's, not the model's. It
 * must not end the answer as an upstream idle timeout, charge the model's circuit, or (with `resume`) pay a second
 * model to write the rest.
 * @module
 */
import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CircuitBreaker, CircuitOutcome } from "../../src/routing/fallback/circuit-breaker.js";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { createInMemoryLatencyTracker } from "../../src/routing/latency/in-memory-latency-tracker.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

/** The harness's `upstream.timeouts.idle_ms`. */
const IDLE_MS = 700;
/**
 * One chunk's content: 4,000 bytes (what fills the sockets) in 1,333 characters (what the output bound counts): CJK
 * text, a character a token, as an answer in Chinese is. No character repeats the one before it (the bound counts a
 * repeat as 1/32 of one), so the stream is counted whole.
 */
const PIECE = Array.from({ length: 1_333 }, (_, index) => String.fromCharCode(0x4e00 + index)).join("");

/**
 * A tier with room for what the fake upstream streams (megabytes, to fill the sockets): with the harness tier's
 * `max_tokens: 300` the gateway would rightly cut it as an upstream streaming past max_tokens (`output-bound.ts`).
 * Its models take 390,000 tokens of answer (400,000 to 1,047,576 of context), so the resume case keeps other models
 * to resume on, and the first model (no completion cap of its own) may stream 24.96 million characters.
 */
const ROOMY_MODELS = ["openai/gpt-5-nano", "openai/gpt-4.1-mini", "openai/gpt-4.1"];
const ROOMY_TIER = { e2e: { models: ROOMY_MODELS, max_tokens: 390_000 } };

/** What the fake upstream saw of the last stream. */
const seen = { blockedAt: 0, stalledMs: 0, closedEarly: false, calls: 0 };
/**
 * A stream never runs longer than this many chunks (60 MB; 20 million characters, inside the tier's output bound),
 * stall or not. The sockets on this machine filled after about 2,000–2,500 chunks (8–10 MB).
 */
const MAX_CHUNKS = 15_000;

/** Streams until one write has waited longer than the gateway's idle timeout, then a few more chunks and [DONE]. */
async function streamPastAStall(response: ServerResponse, model: string): Promise<void> {
  response.writeHead(200, { "content-type": "text/event-stream" });
  const event = (chunk: object): string => `data: ${JSON.stringify({ id: "gen-slow-reader", object: "chat.completion.chunk", created: 1, model, ...chunk })}\n\n`;
  let after = 0;
  seen.calls += 1;
  for (let sent = 0; after < 20 && sent < MAX_CHUNKS; sent += 1) {
    if (seen.stalledMs > IDLE_MS * 1.5) after += 1;
    if (!response.write(event({ choices: [{ index: 0, delta: { content: PIECE }, finish_reason: null }] }))) {
      seen.blockedAt = Date.now();
      const [closed] = await Promise.race([once(response, "drain").then(() => [false]), once(response, "close").then(() => [true])]);
      seen.stalledMs = Math.max(seen.stalledMs, Date.now() - seen.blockedAt);
      seen.blockedAt = 0;
      if (closed) {
        seen.closedEarly = true;
        return;
      }
    }
  }
  response.write(event({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
  response.write(event({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 100, total_tokens: 105 } }));
  response.end("data: [DONE]\n\n");
}

let upstreamServer: Server;
let upstream: UpstreamClient;
let gateway: Gateway;

beforeAll(async () => {
  upstreamServer = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => void streamPastAStall(response, (JSON.parse(text) as { model: string }).model));
  });
  await new Promise<void>((resolve) => upstreamServer.listen(0, "127.0.0.1", resolve));
  const { port } = upstreamServer.address() as AddressInfo;
  upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-slow-reader", connectTimeoutMs: 1_000 });
  gateway = await startGateway({ app: { upstream }, config: { tiers: ROOMY_TIER, upstream: { timeouts: { first_token_ms: 1_000, idle_ms: IDLE_MS, total_ms: 30_000, connect_ms: 1_000 }, max_retry_after_ms: 100 } } });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
  await new Promise((resolve) => upstreamServer.close(resolve));
});

/** Sends a streaming request on a raw socket, stops reading after the headers until the upstream has waited on it, then reads to the end. */
async function readSlowly(path: string, body: object, url = gateway.url): Promise<string> {
  const { port } = new URL(url);
  const socket = connect(Number(port), "127.0.0.1");
  const text = JSON.stringify(body);
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  const chunks: Buffer[] = [];
  let paused = false;
  socket.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    if (paused) return;
    paused = true;
    socket.pause();
    // Resume once the upstream has been held back longer than the idle timeout (or was cut off).
    const poll = setInterval(() => {
      const waiting = seen.blockedAt > 0 ? Date.now() - seen.blockedAt : seen.stalledMs;
      if (waiting > IDLE_MS * 1.5 || seen.closedEarly) {
        clearInterval(poll);
        socket.resume();
      }
    }, 20);
  });
  // The chunked body's last chunk ends the answer (the socket may stay open for keep-alive).
  while (!/\r\n0\r\n(?:[^\r\n]+\r\n)*\r\n$/.test(Buffer.concat(chunks.slice(-2)).toString("latin1"))) await once(socket, "data");
  socket.destroy();
  return Buffer.concat(chunks).toString("utf8");
}

describe("a client that reads its stream slowly", () => {
  for (const resume of [false, true]) {
    it(`gets the whole answer: the upstream's wait on the client is no idle timeout${resume ? " (and no resume on another model)" : ""}`, async () => {
      Object.assign(seen, { blockedAt: 0, stalledMs: 0, closedEarly: false, calls: 0 });
      const before = gateway.records.length;
      const answer = await readSlowly("/v1/chat/completions", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "Write a long one." }], ...(resume ? { switchyard: { resume: true } } : {}) });
      expect(seen.stalledMs).toBeGreaterThan(IDLE_MS);
      expect(seen.closedEarly).toBe(false);
      expect(seen.calls).toBe(1);
      expect(answer).not.toContain("finish_reason\":\"error");
      expect(answer).toContain("data: [DONE]");
      expect(gateway.records.length).toBe(before + 1);
      const record = gateway.records.at(-1);
      expect(record).toMatchObject({ status: 200, outcome: "served", errorType: null, finishReason: "stop" });
      expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual([null]);
    });
  }
});

describe("the latency tracker and a client that reads slowly", () => {
  it("learns the model's time to first token but no speed slowed by the time the gateway waited for the client", async () => {
    Object.assign(seen, { blockedAt: 0, stalledMs: 0, closedEarly: false, calls: 0 });
    const latency = createInMemoryLatencyTracker();
    const tracked = await startGateway({ app: { upstream, latency }, config: { tiers: ROOMY_TIER, upstream: { timeouts: { first_token_ms: 1_000, idle_ms: IDLE_MS, total_ms: 30_000, connect_ms: 1_000 }, max_retry_after_ms: 100 } } });
    try {
      const answer = await readSlowly("/v1/chat/completions", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "Write a long one." }] }, tracked.url);
      expect(answer).toContain("data: [DONE]");
      expect(seen.stalledMs).toBeGreaterThan(IDLE_MS);
      const estimate = latency.estimate(ROOMY_MODELS[0]!);
      expect(estimate?.samples).toBe(1);
      // The upstream's first chunk came at once: the wait on the client (over IDLE_MS) is not in it.
      expect(estimate?.ttftMs).toBeLessThan(IDLE_MS);
      // Counting the wait, 100 tokens over about a second read as some 90 tokens/s for an upstream that was never slow.
      expect(estimate?.tokensPerSecond).toBeUndefined();
    } finally {
      await tracked.close();
    }
  });
});

describe("a client that stops reading for good", () => {
  it("is cut once its socket has stayed full as long as a whole request may last: the request is recorded, nothing stays reserved", async () => {
    Object.assign(seen, { blockedAt: 0, stalledMs: 0, closedEarly: false, calls: 0 });
    const totalMs = 2_000;
    const stalled = await startGateway({ app: { upstream }, config: { tiers: ROOMY_TIER, upstream: { timeouts: { first_token_ms: 1_000, idle_ms: IDLE_MS, total_ms: totalMs, connect_ms: 1_000 }, max_retry_after_ms: 100 } } });
    const { port } = new URL(stalled.url);
    const socket = connect(Number(port), "127.0.0.1");
    try {
      const text = JSON.stringify({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "Write a long one." }] });
      socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
      socket.pause(); // never reads a byte
      const startedAt = Date.now();
      while (stalled.records.length === 0 && Date.now() - startedAt < 4 * totalMs + 5_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stalled.records).toHaveLength(1);
      expect(Date.now() - startedAt).toBeLessThan(3 * totalMs + 3_000);
      expect(stalled.records[0]?.outcome).not.toBe("served");
    } finally {
      socket.destroy();
      await stalled.close();
    }
  }, 30_000);
});

describe("a client that reads so slowly that upstream.timeouts.total_ms passes while the gateway waits on it", () => {
  it("is recorded as the client's doing (499, client_too_slow), told so, and the model is not blamed", async () => {
    Object.assign(seen, { blockedAt: 0, stalledMs: 0, closedEarly: false, calls: 0 });
    // The deadline is read as the client's when the gateway spent most of the attempt waiting on it: a request's
    // start (routing, connecting, the first bytes) is not waiting, and on a loaded machine it took over half of 1.5 s
    // (CI at load 17: read as the model's timeout and resumed). 4 s keeps that start a small share.
    const totalMs = 4_000;
    const outcomes: CircuitOutcome[] = [];
    const breaker: CircuitBreaker = { acquire: () => true, record: (_model, outcome) => void outcomes.push(outcome), state: () => "closed" };
    // An idle timeout as long as the whole request: only the total can end it (a busy machine may pause the upstream).
    const slow = await startGateway({ app: { upstream, breaker }, config: { tiers: ROOMY_TIER, upstream: { timeouts: { first_token_ms: 1_000, idle_ms: totalMs, total_ms: totalMs, connect_ms: 1_000 }, max_retry_after_ms: 100 } } });
    const { port } = new URL(slow.url);
    const socket = connect(Number(port), "127.0.0.1");
    try {
      const text = JSON.stringify({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "Write a long one." }], switchyard: { resume: true } });
      socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
      // Reads one piece every 100 ms (never stalled long enough to be cut, but far slower than the upstream writes)
      // until the request's time is over, then the rest at once.
      const chunks: Buffer[] = [];
      const startedAt = Date.now();
      socket.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        if (Date.now() - startedAt > totalMs + 500) return;
        socket.pause();
        setTimeout(() => socket.resume(), 100);
      });
      while (!/\r\n0\r\n(?:[^\r\n]+\r\n)*\r\n$/.test(Buffer.concat(chunks.slice(-2)).toString("latin1")) && Date.now() - startedAt < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
      const answer = Buffer.concat(chunks).toString("utf8");
      const end = answer.slice(-1_000);
      expect(end).toContain('"code":"client_too_slow"');
      expect(answer.includes("data: [DONE]")).toBe(false);
      expect(seen.calls).toBe(1); // no resume on another model: the model did nothing wrong
      expect(slow.records).toHaveLength(1);
      const record = slow.records[0];
      expect(record).toMatchObject({ status: 499, outcome: "client_error", errorType: "client_too_slow" });
      expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual(["client_gone"]);
      // The breaker hears of the attempt as one the client abandoned, never as the model's failure.
      expect(outcomes).not.toContain("failure");
      expect(outcomes.at(-1)).toBe("abandoned");
      const metrics = await (await fetch(`${slow.url}/metrics`)).text();
      expect(metrics).toMatch(/switchyard_upstream_attempts_total\{[^}]*outcome="client_gone"[^}]*\} 1/);
      expect(metrics).not.toMatch(/switchyard_upstream_attempts_total\{[^}]*outcome="timeout"/);
    } finally {
      socket.destroy();
      await slow.close();
    }
  }, 45_000);
});
