/**
 * The chat door passes an upstream answer's fields it does not know through to the client, as OpenRouter and other
 * OpenAI-compatible upstreams add their own (`provider`, `native_finish_reason`, `reasoning_details`) and clients
 * read them; they are bounded by the answer's size cap (64 MB) and depth cap (128 levels, round 27). What must never
 * pass through is the gateway's own upstream key: an upstream or a proxy before it that echoes the request's headers
 * in its answer (a debugging proxy, an echo service named as the upstream by mistake) sent it to every client. An
 * error's text was already scrubbed of it; an answer's bytes, whole or streamed, were not.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";
import { UPSTREAM_KEY } from "./gateway-harness.js";

const ECHO = { echoed_headers: { authorization: `Bearer ${UPSTREAM_KEY}` }, provider_extra: { note: "kept" } };

const the = useGatewayAnswering((body, stream) => {
    const { model } = JSON.parse(body) as { model: string };
    const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    if (!stream) return JSON.stringify({ id: "gen-e", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Hello." }, finish_reason: "stop" }], usage, ...ECHO });
    const chunk = (fields: Record<string, unknown>): string => `data: ${JSON.stringify({ id: "gen-e", object: "chat.completion.chunk", created: 1, model, ...fields })}\n\n`;
    return chunk({ choices: [{ index: 0, delta: { role: "assistant", content: "Hello." }, finish_reason: null }], ...ECHO }) + chunk({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage, ...ECHO }) + "data: [DONE]\n\n";
  });

describe("an upstream answer that echoes the gateway's upstream key", () => {
  for (const stream of [false, true]) {
    it(`reaches the client without the key, its other unknown fields kept (${stream ? "streamed" : "whole"})`, async () => {
      const response = await fetch(`${the.gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content: "hi" }] }) });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).toContain("Hello.");
      expect(text).toContain("provider_extra");
      expect(text).not.toContain(UPSTREAM_KEY);
      expect(text).toContain("[REDACTED]");
    });
  }
});
