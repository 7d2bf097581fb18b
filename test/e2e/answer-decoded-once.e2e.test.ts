/**
 * A whole answer's bytes are decoded to text once on their way to the client: scrubbing the upstream key and reading
 * the answer share one decode. Round 28 decoded them to scrub, then again to parse (and, with the key found, encoded
 * the scrubbed text back to bytes between): two or three passes over a body of up to 64 MB where one reads it all.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startGatewayAnswering } from "./gateway-behind.js";
import { UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";

const PADDING = "x".repeat(600_000);

let gateway: Gateway;
let echoKey = false;
beforeAll(async () => {
  gateway = await startGatewayAnswering((body) => {
    const { model } = JSON.parse(body) as { model: string };
    const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    const echo = echoKey ? { echoed_headers: { authorization: `Bearer ${UPSTREAM_KEY}` } } : {};
    return JSON.stringify({ id: "gen-d", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Hello." }, finish_reason: "stop" }], usage, padding: PADDING, ...echo });
  });
});
afterAll(async () => {
  await gateway.close();
});

describe("a whole answer on its way to the client", () => {
  for (const echoed of [false, true]) {
    it(`is decoded to text once (${echoed ? "with" : "without"} the upstream key in it)`, async () => {
      echoKey = echoed;
      const toString = vi.spyOn(Buffer.prototype, "toString");
      try {
        const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }) });
        const text = await response.text();
        expect(response.status).toBe(200);
        expect(text).toContain(PADDING);
        expect(text.includes(UPSTREAM_KEY)).toBe(false);
        const decodesOfTheAnswer = toString.mock.contexts.filter((buffer) => Buffer.isBuffer(buffer) && buffer.length > PADDING.length);
        expect(decodesOfTheAnswer).toHaveLength(1);
      } finally {
        toString.mockRestore();
      }
    });
  }
});
