/**
 * An upstream whose JSON answer is not UTF-8 (a stray 0xFF byte in the text). JSON text is UTF-8 (RFC 8259): the
 * Chat Completions door sent the upstream's bytes as they came, so a client that decodes strictly (Rust's
 * serde_json, Python's `json.loads(bytes)` with errors, Go's `utf8.Valid` checks) could not read the answer it paid
 * for. Every door now answers UTF-8: the bytes that are not are read as U+FFFD, as the gateway itself read them.
 */
import { isUtf8 } from "node:buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

function answer(): Buffer {
  const text = JSON.stringify({ id: "gen-bytes", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message: { role: "assistant", content: "caf\u00e9 MARK" }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } });
  const [before, after] = text.split("MARK") as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xc3]), Buffer.from(after)]);
}

let gateway: Gateway;

beforeAll(async () => {
  gateway = await startGatewayBehind((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(answer());
    });
  });
});
afterAll(() => gateway.close());

describe("an upstream answer that is not UTF-8", () => {
  it.each([
    ["/v1/chat/completions", { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }],
    ["/v1/messages", { model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "hi" }] }],
    ["/v1/responses", { model: "switchyard/tier/e2e", input: "hi" }],
  ])("%s answers UTF-8, the stray bytes read as U+FFFD", async (path, body) => {
    const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(isUtf8(bytes)).toBe(true);
    expect(bytes.toString("utf8")).toContain("caf\u00e9 \uFFFD");
  });
});
