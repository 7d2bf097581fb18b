/**
 * A request pipelined behind one refused 413 (its body over `server.body_limit_bytes`), in the same packets: the 413
 * closes the connection, so the second request's answer can never be written. Round 27 found it parsed and routed
 * anyway: the upstream was called (and billed) for an answer nobody could read, recorded 499. Nothing after a 413 on
 * a connection may reach a door.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({ app: { bodyLimitBytes: 2_000 }, simulator: { latencyMs: 200 } });
});
afterAll(async () => {
  await gateway.close();
});

/** Sends `bytes` in one write and reads until the gateway closes the connection (a FIN from the client would end it). */
function exchange(bytes: string): Promise<string> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (piece: Buffer) => (answer += piece.toString("latin1")));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    socket.write(bytes);
  });
}

/** Sends `first`, waits for the gateway's first answer bytes, then sends `rest`; reads until the gateway closes. */
function exchangeAfterAnswer(first: string, rest: string): Promise<string> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (piece: Buffer) => {
      if (answer === "") socket.write(rest);
      answer += piece.toString("latin1");
    });
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    socket.write(first);
  });
}

function request(door: string, body: string, last = false): string {
  const close = last ? "Connection: close\r\n" : "";
  return `POST ${door} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nanthropic-version: 2023-06-01\r\n${close}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const DOORS: [string, object][] = [
  ["/v1/chat/completions", ask("pipelined")],
  ["/v1/messages", { ...ask("pipelined"), max_tokens: 20 }],
  ["/v1/responses", { model: "switchyard/tier/e2e", input: "pipelined" }],
];

describe("a request pipelined behind a 413", () => {
  for (const [door, body] of DOORS) {
    it(`is never routed at ${door}`, async () => {
      gateway.simulator.reset();
      const before = gateway.records.length;
      const big = JSON.stringify({ ...body, pad: "x".repeat(3_000) });
      const answer = await exchange(request(door, big) + request(door, JSON.stringify(body), true));
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(gateway.simulator.calls).toHaveLength(0);
      expect(gateway.records.length - before).toBe(0);
    });
  }

  for (const [door, body] of DOORS) {
    it(`is never routed at ${door} when it follows the 413's body, sent after the 413 came`, async () => {
      gateway.simulator.reset();
      const before = gateway.records.length;
      const big = request(door, JSON.stringify({ ...body, pad: "x".repeat(3_000) }));
      const cut = big.length - 1_500;
      const answer = await exchangeAfterAnswer(big.slice(0, cut), big.slice(cut) + request(door, JSON.stringify(body), true));
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(gateway.simulator.calls).toHaveLength(0);
      expect(gateway.records.length - before).toBe(0);
    });
  }

  it("leaves pipelining itself working: two requests on one connection are both answered, in order", async () => {
    gateway.simulator.reset();
    const first = JSON.stringify(ask("first"));
    const answer = await exchange(request("/v1/chat/completions", first) + request("/v1/chat/completions", JSON.stringify(ask("second")), true));
    expect(answer.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(gateway.simulator.calls).toHaveLength(2);
  });

  it("handles one connection's pipelined requests one at a time", async () => {
    gateway.simulator.reset();
    const body = JSON.stringify(ask("slow"));
    const started = Date.now();
    const answer = await exchange([1, 2, 3].map((n) => request("/v1/chat/completions", body, n === 3)).join(""));
    expect(answer.match(/HTTP\/1\.1 200 /g)).toHaveLength(3);
    const received = gateway.simulator.calls.map((call) => call.receivedAt - started);
    // Each call reaches the upstream only after the one before it was answered (the simulator waits 200 ms).
    expect(received[1]! - received[0]!).toBeGreaterThanOrEqual(190);
    expect(received[2]! - received[1]!).toBeGreaterThanOrEqual(190);
  });
});
