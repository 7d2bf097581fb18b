/**
 * A request the client sent whole before the gateway began to close, but that the event loop had not read yet (the
 * loop was busy: a burst of requests, a large body's parse), is answered: the 503 `shutting_down` of a draining
 * gateway, as every request that arrives while it drains. The close destroyed every connection with `bytesRead`
 * 0 at once, to let go of a client pool's unused sockets; such a request's socket was among them, and its client got
 * ECONNRESET for a request it had sent. Real `startServer` (SQLite) over HTTP on 127.0.0.1, a raw socket.
 */
import net from "node:net";
import { afterEach, expect, it } from "vitest";
import { startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

const BODY = JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 30, messages: [{ role: "user", content: "hi" }] });
const REQUEST = `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${BODY}`;

/** Holds the event loop, as a busy gateway does: the socket's bytes wait in the kernel, unread. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // the gateway is busy
  }
}

it("answers a request sent before the close began, still unread, with the draining 503 instead of a reset", async () => {
  target = await startFuzzTarget();
  const server = target.server.app.server;
  const accepted = new Promise((resolve) => server.once("connection", resolve));
  const socket = net.connect(Number(new URL(target.url).port), "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  await accepted;
  let received = "";
  const errors: string[] = [];
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  socket.on("error", (error) => errors.push(error.message));
  const closedSocket = new Promise((resolve) => socket.once("close", resolve));
  socket.write(REQUEST);
  busyFor(30);
  const startedAt = performance.now();
  const closing = target.server.close();
  await closedSocket;
  await closing;
  expect(errors).toEqual([]);
  expect(received).toMatch(/^HTTP\/1\.1 503 /);
  expect(received).toMatch(/\r\nconnection: close\r\n/i);
  expect(received).toContain('"code":"shutting_down"');
  // Unused sockets still go at once: the close is not held for the header timeout.
  expect(performance.now() - startedAt).toBeLessThan(2_000);
});
