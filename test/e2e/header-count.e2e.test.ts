/**
 * Node drops every header line past its `maxHeadersCount` (2,000) without a word, from `headers` and `rawHeaders`
 * alike. A second `Authorization` or `x-api-key` line placed after 2,000 short lines (8 KB, within
 * `server.max_header_bytes`) was never seen, so the one-credential check passed a request a proxy in front, reading
 * the last line, took for another caller. The gateway now reads every line (the byte limit bounds their number).
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";
import { parseFirstResponse, rawExchange } from "../fuzz/raw-http.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const FILLER = Array.from({ length: 2_100 }, (_, n) => `h${n}:\r\n`).join("");

function request(path: string, headers: string, body: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`;
}

describe("a credential line past 2,000 header lines", () => {
  for (const [header, path, body] of [
    ["authorization", "/v1/chat/completions", JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] })],
    ["x-api-key", "/v1/messages", JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 20, messages: [{ role: "user", content: "hi" }] })],
  ] as const) {
    it(`a second ${header} line after the filler is a 400 duplicate_header, in the door's envelope`, async () => {
      const value = header === "authorization" ? "Bearer sk-sy-first" : "sk-sy-first";
      const last = header === "authorization" ? "Bearer sk-sy-second" : "sk-sy-second";
      const answer = await rawExchange(target.url, request(path, `${header}: ${value}\r\n${FILLER}${header}: ${last}\r\n`, body), 5_000);
      expect(answer.status).toBe(400);
      const parsed = JSON.parse(parseFirstResponse(answer.text).body) as Record<string, unknown>;
      if (path === "/v1/messages") expect(parsed).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining(header) } });
      else expect(parsed).toMatchObject({ error: { code: "duplicate_header", param: header } });
    });
  }

  it("the filler alone within the byte limit is served", async () => {
    const body = JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] });
    const answer = await rawExchange(target.url, request("/v1/chat/completions", FILLER, body), 5_000);
    expect(answer.status).toBe(200);
  });
});
