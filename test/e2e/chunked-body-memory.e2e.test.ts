/**
 * A chunked body sent as 1-byte chunks (`1\r\nx\r\n`) costs about what the same body with a `Content-Length` costs.
 * Fastify's `parseAs: "buffer"` kept one Buffer object per chunk until the end, and `body_limit_bytes` counts bytes:
 * 1 MB that way took a gateway from 66 MB to about 500 MB, so one request within the default 10 MB limit could run it
 * out of memory (ADR 0105). Compared in the same run, against the same body sent with a length (rule 7: a ratio to
 * a baseline, generous slack), the gateway in this process, its memory sampled while it reads.
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { useGateway } from "./gateway-fixture.js";
import { ask } from "./gateway-harness.js";

const fixture = useGateway();

/** About 2 MB of JSON: a prompt the gateway reads, routes and answers. */
const BODY = JSON.stringify(ask(`a long prompt ${"x".repeat(2_000_000)}`));

function withLength(body: string): Buffer {
  return Buffer.from(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** The same request, its body in 1-byte chunks (ASCII, so one character is one byte). */
function inTinyChunks(body: string): Buffer {
  const head = Buffer.from("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n");
  const chunks = Buffer.allocUnsafe(body.length * 6);
  for (let at = 0; at < body.length; at++) chunks.write(`1\r\n${body[at] ?? ""}\r\n`, at * 6, "latin1");
  return Buffer.concat([head, chunks, Buffer.from("0\r\n\r\n")]);
}

function used(): number {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
}

/** Sends `bytes`, samples this process's memory until the answer ends; the status line and the most it grew. */
function exchange(url: string, bytes: Buffer): Promise<{ status: string; growth: number }> {
  const { port } = new URL(url);
  const before = used();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    const finish = (): void => {
      clearInterval(sampler);
      peak = Math.max(peak, used());
      resolve({ status: answer.split("\r\n", 1)[0] ?? "", growth: peak - before });
    };
    socket.on("data", (piece: Buffer) => (answer += piece.toString("latin1")));
    socket.on("close", finish);
    socket.on("error", finish);
    socket.write(bytes);
  });
}

describe("a chunked body of 1-byte chunks", () => {
  it("is read in about the memory of the same body with a Content-Length, and answered alike", async () => {
    const url = fixture.gateway.url;
    const tiny = inTinyChunks(BODY);
    const baseline = await exchange(url, withLength(BODY));
    const chunked = await exchange(url, tiny);
    console.log(`memory growth: Content-Length ${(baseline.growth / 1e6).toFixed(1)} MB, 1-byte chunks ${(chunked.growth / 1e6).toFixed(1)} MB`);
    expect(baseline.status).toMatch(/^HTTP\/1\.1 200 /);
    expect(chunked.status).toBe(baseline.status);
    // One Buffer per chunk cost hundreds of bytes per body byte (about 1 GB here); read into one buffer, a few MB.
    expect(chunked.growth).toBeLessThan(4 * Math.max(baseline.growth, 32e6));
  }, 120_000);
});
