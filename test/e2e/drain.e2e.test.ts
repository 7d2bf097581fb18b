import { connect } from "node:net";
import { expect, it } from "vitest";
import { ask, startGateway } from "./gateway-harness.js";

it("answers a request that arrives on an open connection while the gateway drains with the usual error envelope", async () => {
  // A stream whose headers went out before the drain began (an answer made during the drain says Connection: close
  // instead, so no request follows it on that socket: close-slowloris.e2e.test.ts).
  const streaming = await startGateway({ simulator: { chunkCount: 10, chunkDelayMs: 40 } });
  try {
    const { port } = new URL(streaming.url);
    const socket = connect(Number(port), "127.0.0.1");
    let received = "";
    socket.on("data", (data: Buffer) => (received += data.toString()));
    const post = (stream: boolean): string => {
      const body = JSON.stringify(ask(undefined, { stream }));
      return `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(post(true));
    while (!received.includes("\r\n\r\n")) await new Promise((resolve) => setTimeout(resolve, 10));
    const closing = streaming.app.close();
    socket.write(post(false));
    await closing;
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    const responses = received.split(/(?=HTTP\/1\.1 )/);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(responses[0]).toMatch(/data: \[DONE\]/);
    expect(responses[1]).toMatch(/^HTTP\/1\.1 503/);
    expect(responses[1]).toMatch(/"code":"shutting_down"/);
    expect(responses[1]).toMatch(/"type":"server_error"/);
  } finally {
    await streaming.close().catch(() => undefined);
  }
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
