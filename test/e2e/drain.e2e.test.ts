import { connect } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close().catch(() => undefined));

it("answers a request that arrives on an open connection while the gateway drains with the usual error envelope", async () => {
  gateway.simulator.setFault(CHAIN[0], "slow_first_token");
  const { port } = new URL(gateway.url);
  const socket = connect(Number(port), "127.0.0.1");
  let received = "";
  socket.on("data", (data: Buffer) => (received += data.toString()));
  const body = JSON.stringify(ask());
  const post = `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  // The first request is slow, so the connection is busy when the drain starts; the second follows on it.
  socket.write(post);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const closing = gateway.app.close();
  socket.write(post);
  await closing;
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
  const responses = received.split(/(?=HTTP\/1\.1 )/);
  expect(responses[0]).toMatch(/^HTTP\/1\.1 200/);
  expect(responses[1]).toMatch(/^HTTP\/1\.1 503/);
  expect(responses[1]).toMatch(/"code":"shutting_down"/);
  expect(responses[1]).toMatch(/"type":"server_error"/);
});

it("answers an Expect header other than 100-continue with a 417 in the envelope, not Node's bare one", async () => {
  const fresh = await startGateway();
  try {
    const { port } = new URL(fresh.url);
    const socket = connect(Number(port), "127.0.0.1");
    let received = "";
    socket.on("data", (data: Buffer) => (received += data.toString()));
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: foo\r\n\r\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 417/);
    expect(received).toMatch(/"code":"expectation_failed"/);
  } finally {
    await fresh.close();
  }
});
