/**
 * A client that sends its request and at once half-closes its socket (FIN) is gone: Node ends the response's
 * socket on that FIN, so nothing the gateway writes arrives. Between Node ending the socket and the response's
 * `close` event there is a window (one turn of the event loop or more): an answer that was ready in it was recorded
 * as served (200) and charged as one, while the client got not one byte. Here the upstream's answer is held until
 * the FIN has been read, so each request lands in that window.
 */
import net, { type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { CHAIN, startGateway, UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
let inner: UpstreamClient;
/** The gateway's side of the newest client connection. */
let lastSocket: Socket | undefined;

beforeAll(async () => {
  gateway = await startGateway({ app: { upstream: { chatCompletions: async (body, options) => heldAnswer(body, options), listModels: async () => ({ data: [] }), close: async () => {} } } });
  gateway.app.server.on("connection", (socket: Socket) => {
    lastSocket = socket;
    // Ending a socket takes an event-loop turn or more before its `close`: this holds it at that point (the test
    // destroys the socket once the request is recorded), so every request meets the gateway in the window.
    (socket as unknown as { _final: (callback: () => void) => void })._final = () => undefined;
  });
  inner = createUpstreamClient({ baseUrl: gateway.simulator.url, apiKey: UPSTREAM_KEY, connectTimeoutMs: 1_000 });
});
afterAll(async () => {
  await gateway.close();
  await inner.close();
});

/** The simulator's answer, handed over once the gateway has read the client's FIN and ended its socket on it. */
async function heldAnswer(...args: Parameters<UpstreamClient["chatCompletions"]>): ReturnType<UpstreamClient["chatCompletions"]> {
  const response = await inner.chatCompletions(...args);
  const socket = lastSocket;
  if (socket && !socket.readableEnded) await new Promise((resolve) => socket.once("end", resolve));
  return response;
}

/** Sends one request, half-closes at once, and resolves with the bytes that came back. */
function halfClose(path: string, body: Record<string, unknown>): Promise<number> {
  const { port } = new URL(gateway.url);
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    let received = 0;
    const socket = net.connect(Number(port), "127.0.0.1", () => {
      socket.end(`POST ${path} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    });
    socket.on("data", (piece: Buffer) => (received += piece.length));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(received));
  });
}

async function nextRecord(count: number, withinMs: number): Promise<void> {
  for (let waited = 0; gateway.records.length <= count && waited < withinMs; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("a client that half-closes at once", () => {
  it.each([
    ["chat", "/v1/chat/completions", { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Say hello." }] }],
    ["messages", "/v1/messages", { model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "Say hello." }] }],
    ["responses", "/v1/responses", { model: "switchyard/tier/e2e", input: "Say hello." }],
  ])("%s: is recorded as gone (499), not served, whole or streamed", async (_door, path, body) => {
    for (const stream of [false, true]) {
      const before = gateway.records.length;
      const closed = halfClose(path, { ...body, stream });
      await nextRecord(before, 1_000);
      lastSocket?.destroy();
      await nextRecord(before, 1_000);
      const received = await closed;
      const record = gateway.records.at(-1);
      expect(gateway.records.length, "the request is recorded").toBe(before + 1);
      expect(received).toBe(0);
      expect({ stream, status: record?.status, outcome: record?.outcome }).toEqual({ stream, status: 499, outcome: "client_error" });
      // What was spent stays charged: the upstream did answer.
      expect(record?.attempts.map((attempt) => attempt.model)).toEqual([CHAIN[0]]);
    }
  });
});
