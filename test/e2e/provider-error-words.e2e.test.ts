/**
 * OpenRouter wraps a provider's refusal as `{"error":{"message":"Provider returned error","metadata":{"raw":...}}}`.
 * The gateway read the wrapper only: the client was told "Provider returned error" with no reason (an image that is
 * no image, a bad parameter), and a context-length error so wrapped was not moved to a model with a larger window.
 * The provider's words now reach the client (on one line, cut, scrubbed of the upstream key like every upstream
 * text), and they decide the kind of failure. A stream's error after content was relayed without the scrub at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

const wrapped = (message: string): string =>
  JSON.stringify({ error: { code: 400, message: "Provider returned error", metadata: { provider_name: "OpenAI", raw: JSON.stringify({ error: { message, type: "invalid_request_error" } }) } } });
const chunk = (delta: Record<string, unknown>): string => `data: ${JSON.stringify({ id: "gen-p", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;

let gateway: Gateway;
const seenModels: string[] = [];
beforeAll(async () => {
  gateway = await startGatewayBehind((request, response) => {
    const pieces: Buffer[] = [];
    request.on("data", (piece: Buffer) => pieces.push(piece));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(pieces).toString("utf8")) as { model: string; stream?: boolean; messages: { content: string }[] };
      const text = body.messages.at(-1)?.content ?? "";
      seenModels.push(body.model);
      if (text.includes("MIDSTREAM")) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        const error = text.includes("PLAIN") ? JSON.stringify({ error: { code: 502, message: `quota for key ${UPSTREAM_KEY} ran out` } }) : wrapped(`quota for key ${UPSTREAM_KEY} ran out`);
        response.end(`${chunk({ role: "assistant", content: "Part" })}data: ${error}\n\n`);
        return;
      }
      const long = text.includes("LONG") && body.model === "openai/gpt-5-nano";
      response.writeHead(long || text.includes("IMAGE") ? 400 : 200, { "content-type": "application/json" });
      if (long) response.end(wrapped("This model's maximum context length is 128000 tokens. However, your messages resulted in 190000 tokens."));
      else if (text.includes("IMAGE")) response.end(wrapped(`Invalid base64 image_url (key ${UPSTREAM_KEY}).`));
      else response.end(JSON.stringify({ id: "gen-p", object: "chat.completion", created: 1, model: body.model, choices: [{ index: 0, message: { role: "assistant", content: "Fine." }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 } }));
    });
  });
});
afterAll(() => gateway.close());

async function ask(content: string, stream = false): Promise<{ status: number; text: string }> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content }] }) });
  return { status: response.status, text: await response.text() };
}

describe("a provider's error wrapped by OpenRouter", () => {
  it("tells the client the provider's reason, without the upstream key", async () => {
    const answer = await ask("IMAGE");
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("Provider returned error (OpenAI: Invalid base64 image_url");
    expect(answer.text).not.toContain(UPSTREAM_KEY);
  });

  it("reads a wrapped context-length error as one: the next model is tried", async () => {
    seenModels.length = 0;
    const answer = await ask("LONG");
    expect(answer.status).toBe(200);
    expect(seenModels.length).toBeGreaterThan(1);
    expect(gateway.records.at(-1)?.attempts[0]?.errorType).toBe("context_length_exceeded");
  });

  for (const word of ["MIDSTREAM", "MIDSTREAM PLAIN"]) {
    it(`scrubs the upstream key from an error after content (${word})`, async () => {
      const answer = await ask(word, true);
      expect(answer.text).toContain('"finish_reason":"error"');
      expect(answer.text).toContain("quota for key");
      expect(answer.text).not.toContain(UPSTREAM_KEY);
    });
  }
});
