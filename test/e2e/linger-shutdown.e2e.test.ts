/**
 * A connection closing lingering (a 413 sent while its body still arrives: linger-close.ts) kept reading for up to
 * 5 s, and the gateway's close waited for it: a SIGTERM's drain took those 5 s even with no request in flight (round
 * 27). The close now cuts a lingering connection short: its answer has gone out, and nothing it still sends is read.
 */
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway | undefined;
let trickle: NodeJS.Timeout | undefined;
afterEach(async () => {
  clearInterval(trickle);
  await gateway?.close().catch(() => undefined);
});

/** Announces a 10 MB body and keeps sending it slowly; resolves with the socket once the gateway's answer arrives. */
function lingeringClient(url: string): Promise<{ socket: Socket; answer: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    socket.on("error", () => undefined);
    socket.once("data", (piece: Buffer) => resolve({ socket, answer: piece.toString("latin1") }));
    socket.once("close", () => reject(new Error("closed before any answer")));
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"model":"`);
    trickle = setInterval(() => socket.writable && socket.write("x".repeat(1_000)), 50);
  });
}

describe("closing the gateway", () => {
  it("does not wait for a connection lingering after a 413", async () => {
    gateway = await startGateway({ app: { bodyLimitBytes: 2_000 } });
    const { socket, answer } = await lingeringClient(gateway.url);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const started = performance.now();
    await gateway.app.close();
    const took = performance.now() - started;
    await closed;
    // The linger lasts 5 s; a close that waited for it takes that long.
    expect(took).toBeLessThan(2_000);
  }, 20_000);
});
