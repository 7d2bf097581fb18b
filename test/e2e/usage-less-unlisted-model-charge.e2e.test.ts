/**
 * An answer without usage from a model the catalog lacks (an explicit id passed through, a router slug such as
 * `openrouter/auto`) is charged at the prices its reservation was priced at: the catalog's dearest model (review of
 * round 27). It was charged nothing (`partialCostUsd` had no prices without a catalog entry), so a usage-less answer
 * or a cut stream on an unlisted model, a PDF by URL included, passed a hard cap for free.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const UNLISTED = "newvendor/model-newer-than-the-catalog";

/** Text, then a stop, and no usage anywhere. */
function withoutUsage(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  if (!stream) return JSON.stringify({ id: "gen-nousage", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Read it." }, finish_reason: "stop" }] });
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({ id: "gen-nousage", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] });
  return `data: ${JSON.stringify(chunk({ role: "assistant", content: "Read it." }, null))}\n\ndata: ${JSON.stringify(chunk({}, "stop"))}\n\ndata: [DONE]\n\n`;
}

const the = useGatewayAnswering(withoutUsage);
beforeEach(() => {
  the.gateway.records.length = 0;
});

describe("a usage-less answer from a model the catalog lacks", () => {
  for (const model of [UNLISTED, "openrouter/auto"]) {
    for (const stream of [false, true]) {
      it(`${model}, ${stream ? "streamed" : "whole"}: is charged, at most its reservation`, async () => {
        const request = { model, max_tokens: 50, messages: [{ role: "user" as const, content: [{ type: "text" as const, text: "Read this." }, { type: "file", file: { filename: "a.pdf", file_data: "https://example.test/a.pdf" } }] }] };
        if (stream) {
          const chunks = await the.gateway.client.chat.completions.create({ ...request, stream: true } as never);
          for await (const _ of chunks as unknown as AsyncIterable<unknown>) void _;
        } else {
          await the.gateway.client.chat.completions.create(request as never);
        }
        const record = the.gateway.records.at(-1);
        expect(record?.costUsd).toBeGreaterThan(0);
        const reserved = record?.estimatedCostUsd ?? 0;
        expect(record?.costUsd).toBeLessThanOrEqual(reserved);
        // A file by URL is reserved as the whole context window of the model it is priced as: so it is charged.
        expect(record?.costUsd).toBeGreaterThan(reserved / 2);
      });
    }
  }
});
