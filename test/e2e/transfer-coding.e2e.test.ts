import { connect } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

/** Writes `head` and `body` to a fresh socket and reads the answer until the gateway closes it. */
async function rawRequest(gateway: Gateway, head: string, body: Buffer): Promise<{ status: number; json: () => Record<string, unknown> }> {
  const port = Number(new URL(gateway.url).port);
  const raw = await new Promise<string>((resolve, reject) => {
    // Written, not ended: a half-closed socket may be closed before a slower answer is sent.
    const socket = connect(port, "127.0.0.1", () => socket.write(Buffer.concat([Buffer.from(head, "latin1"), body])));
    const pieces: Buffer[] = [];
    socket.on("data", (piece: Buffer) => pieces.push(piece));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(pieces).toString("utf8")));
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
  const text = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  return { status, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** One chunk and the last chunk, as `Transfer-Encoding: chunked` frames a body. */
function chunked(body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from("\r\n0\r\n\r\n")]);
}

const CHAT_BODY = Buffer.from(JSON.stringify(ask()));
const MESSAGES_BODY = Buffer.from(JSON.stringify({ ...ask(), max_tokens: 50 }));

describe("a request body sent with a transfer coding other than chunked", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  it("`gzip, chunked`: a 415 naming Transfer-Encoding in each door's envelope, not a UTF-8 error telling the client to re-encode its text", async () => {
    gateway.simulator.reset();
    for (const coding of ["gzip, chunked", "deflate, chunked"]) {
      const chat = await rawRequest(gateway, `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: ${coding}\r\nConnection: close\r\n\r\n`, chunked(gzipSync(CHAT_BODY)));
      expect(chat.status, coding).toBe(415);
      expect(chat.json().error).toMatchObject({ type: "invalid_request_error", code: "unsupported_media_type" });
      expect((chat.json().error as { message: string }).message).toContain("Transfer-Encoding");
      const messages = await rawRequest(gateway, `POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: ${coding}\r\nConnection: close\r\n\r\n`, chunked(gzipSync(MESSAGES_BODY)));
      expect(messages.status, coding).toBe(415);
      expect(messages.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
      expect((messages.json().error as { message: string }).message).toContain("Transfer-Encoding");
    }
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("`gzip` alone (the body's end unknown): a 400 that names Transfer-Encoding, not only 'not valid HTTP/1.1'", async () => {
    gateway.simulator.reset();
    const answer = await rawRequest(gateway, "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n", gzipSync(CHAT_BODY));
    expect(answer.status).toBe(400);
    expect(answer.json().error).toMatchObject({ code: "malformed_http" });
    expect((answer.json().error as { message: string }).message).toContain("Transfer-Encoding");
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("plain chunked (any case) is still read and answered", async () => {
    for (const coding of ["chunked", "Chunked"]) {
      const { status } = await rawRequest(gateway, `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: ${coding}\r\nConnection: close\r\n\r\n`, chunked(CHAT_BODY));
      expect(status, coding).toBe(200);
    }
  });
});
