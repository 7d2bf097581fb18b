/**
 * A pipelined request with a body past the socket's buffer (16 KB: a long prompt) behind a slow one. Handled one at a
 * time (ADR 0101), its body is not read while the first is answered, Node's parser stops with it half-read, and
 * Node's `server.request_timeout_ms` then counted it as a request that never arrived: the connection was reset, the
 * first request's answer with it.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({
    config: { server: { request_timeout_ms: 800 }, upstream: { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 15_000, connect_ms: 1_000 }, max_retry_after_ms: 100 } },
    simulator: { latencyMs: 2_000 },
  });
});
afterAll(async () => {
  await gateway.close();
});

function exchange(bytes: string, url = gateway.url): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (piece: Buffer) => (answer += piece.toString("latin1")));
    socket.on("close", () => resolve(answer));
    socket.on("error", () => resolve(answer));
    socket.write(bytes);
  });
}

function request(body: string, last = false): string {
  const close = last ? "Connection: close\r\n" : "";
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${close}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** The same request with its body sent chunked (`Transfer-Encoding: chunked`, no length), in pieces of 8 KB. */
function chunkedRequest(body: string, last = false): string {
  const close = last ? "Connection: close\r\n" : "";
  let chunks = "";
  for (let at = 0; at < body.length; at += 8_192) {
    const piece = body.slice(at, at + 8_192);
    chunks += `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`;
  }
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${close}Transfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`;
}

/** The request with its body in 1-byte chunks (`1\r\nx\r\n`; ASCII, so one character is one byte). */
function tinyChunkedRequest(body: string, last = false): string {
  const close = last ? "Connection: close\r\n" : "";
  let chunks = "";
  for (const character of body) chunks += `1\r\n${character}\r\n`;
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${close}Transfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`;
}

/** How much this process (the gateway's) grew at most while the exchange ran, and the answer. */
async function exchangeSampled(url: string, bytes: string): Promise<{ answer: string; growth: number }> {
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().external;
  const before = used();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
  const answer = await exchange(bytes, url);
  clearInterval(sampler);
  return { answer, growth: Math.max(peak, used()) - before };
}

describe("a pipelined request with a big body behind a slow one", () => {
  it("holds a waiting body of 1-byte chunks in about the memory of the same body with a length", async () => {
    // 2 MB of 1-byte chunks takes Node's parser longer than this file's 800 ms request timeout on a loaded machine.
    const patient = await startGateway({ config: { server: { request_timeout_ms: 60_000 } }, simulator: { latencyMs: 1_000 } });
    const big = JSON.stringify(ask(`tiny chunks ${"t".repeat(2_000_000)}`));
    const first = JSON.stringify(ask("slow lead for tiny chunks"));
    const baseline = await exchangeSampled(patient.url, request(first) + request(big, true));
    const tiny = await exchangeSampled(patient.url, request(first) + tinyChunkedRequest(big, true)).finally(() => patient.close());
    console.log(`waiting body growth: Content-Length ${(baseline.growth / 1e6).toFixed(1)} MB, 1-byte chunks ${(tiny.growth / 1e6).toFixed(1)} MB`);
    expect(baseline.answer.match(/HTTP\/1\.1 200 /g), baseline.answer.slice(0, 300)).toHaveLength(2);
    expect(tiny.answer.match(/HTTP\/1\.1 200 /g), tiny.answer.slice(0, 300)).toHaveLength(2);
    // Left in the stream's buffer, each 1-byte chunk was its own Buffer: hundreds of MB for 2 MB.
    expect(tiny.growth).toBeLessThan(2 * Math.max(baseline.growth, 40e6));
  }, 60_000);

  it("is answered after it when both are sent chunked (no Content-Length to hold the body by)", async () => {
    const big = JSON.stringify(ask(`long chunked prompt ${"c".repeat(100_000)}`));
    const answer = await exchange(chunkedRequest(JSON.stringify(ask("slow chunked first"))) + chunkedRequest(big, true));
    expect(answer.match(/HTTP\/1\.1 200 /g), answer.slice(0, 300)).toHaveLength(2);
  });

  it("answers two chunked bodies waiting behind it, the first not holding the room the second needs", async () => {
    const big = (word: string): string => JSON.stringify(ask(`${word} ${"d".repeat(100_000)}`));
    const answer = await exchange(chunkedRequest(JSON.stringify(ask("slow chunked lead"))) + chunkedRequest(big("second")) + chunkedRequest(big("third"), true));
    expect(answer.match(/HTTP\/1\.1 200 /g), answer.slice(0, 300)).toHaveLength(3);
  });

  it("is answered after it, and the first answer is not lost to the request timeout", async () => {
    const big = JSON.stringify(ask(`long prompt ${"y".repeat(200_000)}`));
    const answer = await exchange(request(JSON.stringify(ask("slow first"))) + request(big, true));
    expect(answer.match(/HTTP\/1\.1 200 /g), answer.slice(0, 300)).toHaveLength(2);
  });

  it("waits for an event stream before it to end, then is answered on the same connection", async () => {
    const stream = JSON.stringify(ask("a stream first", { stream: true }));
    const answer = await exchange(request(stream) + request(JSON.stringify(ask(`after ${"z".repeat(50_000)}`)), true));
    const second = answer.indexOf("HTTP/1.1 200", 1);
    expect(answer.startsWith("HTTP/1.1 200"), answer.slice(0, 300)).toBe(true);
    expect(second).toBeGreaterThan(answer.indexOf("data: [DONE]"));
    expect(answer.indexOf("data: [DONE]")).toBeGreaterThan(0);
    expect(answer.slice(second)).toContain('"chat.completion"');
  });
});
