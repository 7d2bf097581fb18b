/**
 * `Expect: 100-continue` with a body over `server.body_limit_bytes`: the 413 comes before any body byte, in the
 * door's envelope, and the gateway never says `100 Continue` (it did, then refused the body while the client sent it).
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";
import { collect, openSocket, parseFirstResponse } from "../fuzz/raw-http.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget({ server: { body_limit_bytes: 4_096 } });
});
afterAll(async () => target.close());

/** Sends the head only (the body is withheld, as a client that waits for 100 Continue does) and reads the answer. */
async function headOnly(path: string, length: number): Promise<{ status: number | null; text: string; closed: boolean }> {
  const socket = await openSocket(target.url);
  const answer = collect(socket, 2_000);
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`);
  return answer;
}

describe("Expect: 100-continue", () => {
  for (const [path, envelope] of [
    ["/v1/chat/completions", { error: { message: expect.stringContaining("server.body_limit_bytes"), type: "invalid_request_error", code: "request_too_large", param: null } }],
    ["/v1/responses", { error: { message: expect.stringContaining("server.body_limit_bytes"), type: "invalid_request_error", code: "request_too_large", param: null } }],
    ["/v1/messages", { type: "error", error: { type: "request_too_large", message: expect.stringContaining("server.body_limit_bytes") } }],
  ] as const) {
    it(`${path}: a length over the limit is refused with 413 before the body, never 100 Continue`, async () => {
      const answer = await headOnly(path, 20_000_000);
      expect(answer.text).not.toContain("100 Continue");
      expect(answer.status).toBe(413);
      const { headers, body } = parseFirstResponse(answer.text);
      expect(headers.connection).toBe("close");
      expect(headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(body)).toEqual(envelope);
    });
  }

  it("a length within the limit gets 100 Continue, then the answer to the body", async () => {
    const body = JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] });
    const socket = await openSocket(target.url);
    const interim = new Promise<string>((resolve) => socket.once("data", (chunk: Buffer) => resolve(chunk.toString("latin1"))));
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`);
    expect(await interim).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    const answer = collect(socket, 5_000);
    socket.write(body);
    const { text } = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toContain("simulated answer");
  });
});
