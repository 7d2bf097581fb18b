/**
 * Slow and abusive clients against the limits in config `server` (small values here so the test is quick):
 * slowloris headers and bodies get a 408 and the socket back, connections beyond the cap are dropped, keep-alive
 * sockets are recycled by count and by idle time, and bodies beyond the byte and shape limits are refused.
 * Every key's default is documented (checked against docs/security.md).
 * @module
 */
import { readFileSync } from "node:fs";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverLimitsSchema } from "../../src/config/config-schema.js";
import { send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";
import { collect, openSocket, parseFirstResponse, rawAnswerProblem, rawExchange } from "../fuzz/raw-http.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget({
    server: {
      header_timeout_ms: 400,
      request_timeout_ms: 800,
      keep_alive_timeout_ms: 300,
      max_requests_per_socket: 2,
      max_connections: 6,
      body_limit_bytes: 4_000,
      max_json_depth: 8,
      max_array_length: 50,
    },
  });
});
afterAll(async () => target.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HEALTH = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

function expectEnvelope(text: string, status: number, code: string): void {
  expect(text.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
  const { headers, body } = parseFirstResponse(text);
  expect(headers["content-type"]).toMatch(/^application\/json/);
  expect(JSON.parse(body)).toMatchObject({ error: { code } });
}

describe("slow clients", () => {
  it("a client trickling headers (slowloris) gets a 408 envelope and is disconnected", async () => {
    const socket = await openSocket(target.url);
    const answer = collect(socket, 5_000);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    const trickle = setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 100);
    const result = await answer;
    clearInterval(trickle);
    expect(result.elapsedMs).toBeLessThan(3_000);
    expectEnvelope(result.text, 408, "request_timeout");
  });

  it("a client that stops sending its body gets a 408 envelope and is disconnected", async () => {
    const socket = await openSocket(target.url);
    const answer = collect(socket, 5_000);
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"messages\":");
    const result = await answer;
    expect(result.elapsedMs).toBeLessThan(3_000);
    expectEnvelope(result.text, 408, "request_timeout");
  });
});

describe("abusive clients", () => {
  it("connections beyond server.max_connections are dropped while the others are served", async () => {
    const sockets: Socket[] = [];
    const closed = new Set<Socket>();
    for (let index = 0; index < 10; index += 1) {
      const socket = await openSocket(target.url);
      socket.on("close", () => closed.add(socket));
      socket.on("error", () => closed.add(socket));
      sockets.push(socket);
    }
    await sleep(150);
    expect(closed.size).toBeGreaterThanOrEqual(4);
    const open = sockets.find((socket) => !closed.has(socket));
    expect(open).toBeDefined();
    const answer = collect(open as Socket, 2_000);
    open?.write(HEALTH);
    expect((await answer).status).toBe(200);
    for (const socket of sockets) socket.destroy();
    await sleep(100);
  });

  it("after server.max_requests_per_socket (2) requests the response says Connection: close and the server closes the socket", async () => {
    const socket = await openSocket(target.url);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(HEALTH);
    await sleep(100);
    socket.write(HEALTH);
    await Promise.race([closed, sleep(2_000)]);
    const text = Buffer.concat(chunks).toString("latin1");
    expect(text.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(text.split("HTTP/1.1 200")[2]).toMatch(/connection: close/i);
    expect(socket.destroyed || socket.readableEnded).toBe(true);
  });

  it("an idle keep-alive socket is closed after server.keep_alive_timeout_ms", async () => {
    const socket = await openSocket(target.url);
    const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(performance.now())));
    socket.on("data", () => {});
    socket.write(HEALTH);
    const sentAt = performance.now();
    const closedAt = await Promise.race([closed, sleep(3_000).then(() => Number.NaN)]);
    expect(closedAt - sentAt).toBeLessThan(2_000);
  });

  it("bodies beyond server.body_limit_bytes get a 413, beyond the depth and array limits a 400 naming them", async () => {
    const big = await send(target, "POST", "/v1/chat/completions", JSON.stringify({ messages: [{ role: "user", content: "x".repeat(5_000) }] }), { "content-type": "application/json" });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ error: { code: "request_too_large" } });
    const deep = await send(target, "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"hi"}],"x":[[[[[[[[1]]]]]]]]}`, { "content-type": "application/json" });
    expect(JSON.parse(deep.body)).toMatchObject({ error: { code: "json_too_deep", message: expect.stringContaining("8 levels") } });
    const long = await send(target, "POST", "/v1/chat/completions", `{"messages":[{"role":"user","content":"hi"}],"x":[${"1,".repeat(50)}1]}`, { "content-type": "application/json" });
    expect(JSON.parse(long.body)).toMatchObject({ error: { code: "array_too_long", message: expect.stringContaining("50 elements") } });
  });

  it("raw abuse never gets anything but an envelope or a closed socket", async () => {
    for (const text of ["GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n{"]) {
      expect(rawAnswerProblem(await rawExchange(target.url, text, 2_000, true))).toBeNull();
    }
  });
});

describe("every server limit has a documented default", () => {
  it("docs/security.md names each key of config `server` with its default", () => {
    const docs = readFileSync(new URL("../../docs/security.md", import.meta.url), "utf8");
    for (const [key, value] of Object.entries(serverLimitsSchema.parse({}))) {
      const shown = Array.isArray(value) ? "[]" : String(value);
      expect(docs, key).toMatch(new RegExp(`\`server\\.${key}\`[^\\n]*\`${shown.replace(/[[\]]/g, "\\$&")}\``));
    }
  });
});
