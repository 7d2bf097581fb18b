/**
 * A stream resumed on another model is charged each attempt on its own tokens. The first attempt's usage (a provider
 * that puts usage on its chunks before the end, then is cut) was kept across the resume: a finishing attempt that
 * sent none was priced on the cut attempt's tokens, at the finishing model's prices, and its own text went uncounted
 * (round 26). Each attempt starts with no usage now, so one without a usage chunk is priced on what it produced.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { onJsonBody, streamChunk, useGatewayBehind } from "./gateway-fixture.js";
import { CHAIN } from "./gateway-harness.js";

/** About 275 tokens at four characters a token: within the tier's max_tokens (300), which caps an estimate. */
const LONG = "switchyard ".repeat(100);
const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}): string => streamChunk("gen-resume", model, delta, finish, extra);

function answer(request: IncomingMessage, response: ServerResponse): void {
  onJsonBody<{ model: string }>(request, ({ model }) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    if (model === CHAIN[0]) {
      // Usage on a chunk before the end (as some providers send it), then the socket is cut: no finish, no [DONE].
      response.write(chunk(model, { role: "assistant", content: "Part one. " }, null, { usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 } }));
      setTimeout(() => response.destroy(), 50);
      return;
    }
    // The finishing model: a long answer, a proper end, and no usage chunk at all.
    response.write(chunk(model, { role: "assistant", content: LONG }));
    response.write(chunk(model, {}, "stop"));
    response.end("data: [DONE]\n\n");
  });
}

const the = useGatewayBehind(answer);

describe("a resumed stream's finishing attempt without usage", () => {
  it("is priced on its own text, not on the cut attempt's usage", async () => {
    const response = await fetch(`${the.gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", stream: true, switchyard: { resume: true }, messages: [{ role: "user", content: "Tell me about switchyards." }] }),
    });
    const text = await response.text();
    expect(text).toContain(LONG);
    expect(text).toContain("[DONE]");
    const record = the.gateway.records.at(-1);
    expect(record).toMatchObject({ outcome: "served", model: CHAIN[1] });
    // The finishing attempt's 1,100 characters are about 275 tokens: it was charged 3 (the cut attempt's usage).
    expect(record?.outputTokens).toBeGreaterThanOrEqual(Math.ceil(LONG.length / 4));
  }, 30_000);
});
