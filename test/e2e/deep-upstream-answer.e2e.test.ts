/**
 * An upstream answer nested thousands of levels deep: `JSON.parse` builds it (it does not recurse), but a 60 MB one of
 * `[` held the event loop 25 s and grew the gateway to 2 GB (round 27), and one inside a valid answer's unknown field
 * was relayed at the chat door whole, to clients whose parsers recurse. Such an answer is now refused before it is
 * parsed, as malformed, and the next model answers: at all three doors, streamed and whole.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGatewayBehind } from "./gateway-behind.js";
import { CHAIN, type Gateway } from "./gateway-harness.js";

const DEEP = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const { model, stream } = JSON.parse(text) as { model: string; stream?: boolean };
    const extra = model === CHAIN[0] ? `,"extra":${DEEP}` : "";
    if (stream === true) {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(
        `data: {"id":"g","object":"chat.completion.chunk","created":1,"model":"${model}","choices":[{"index":0,"delta":{"role":"assistant","content":"Fine answer."},"finish_reason":null}]${extra}}\n\n` +
          `data: {"id":"g","object":"chat.completion.chunk","created":1,"model":"${model}","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}}\n\ndata: [DONE]\n\n`,
      );
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(`{"id":"g","object":"chat.completion","created":1,"model":"${model}","choices":[{"index":0,"message":{"role":"assistant","content":"Fine answer."},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}${extra}}`);
  });
}

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGatewayBehind(answer, { circuit_breaker: { failures: 1_000 } });
});
afterAll(async () => gateway.close());

const BODIES: Record<string, (stream: boolean) => object> = {
  "/v1/chat/completions": (stream) => ({ stream, messages: [{ role: "user", content: "hi" }] }),
  "/v1/messages": (stream) => ({ stream, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }),
  "/v1/responses": (stream) => ({ stream, input: "hi" }),
};

/** How deep the text nests (strings skipped roughly: the answers here hold no brackets in strings). */
const depthOf = (text: string): number => {
  let depth = 0;
  let most = 0;
  for (const char of text) {
    if (char === "{" || char === "[") most = Math.max(most, (depth += 1));
    else if (char === "}" || char === "]") depth -= 1;
  }
  return most;
};

describe("an upstream answer nested 10,000 deep", () => {
  for (const [path, body] of Object.entries(BODIES)) {
    for (const stream of [false, true]) {
      it(`is refused as malformed and the next model answers, at ${path} (${stream ? "streamed" : "whole"})`, async () => {
        const response = await fetch(`${gateway.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
          body: JSON.stringify({ model: "switchyard/tier/e2e", ...body(stream) }),
        });
        const text = await response.text();
        expect(response.status).toBe(200);
        expect(text).toContain("Fine answer.");
        expect(depthOf(text)).toBeLessThan(20);
        const record = gateway.records.at(-1);
        expect(record?.model).toBe(CHAIN[1]);
        expect(record?.attempts[0]).toMatchObject({ model: CHAIN[0], errorType: "malformed" });
      });
    }
  }
});
