/**
 * A client that leaves while a resumed attempt is opening: that attempt went out with the text before the cut as an
 * assistant prefill, which the upstream reads and bills as input. It was charged the prompt alone (round 26 left it),
 * so its reservation (widened by the prefill) was settled below what the upstream bills. Checked at all three doors.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { trackingSpendGuard } from "../support/tracking-spend-guard.js";
import { onJsonBody, streamChunk, useGatewayBehind } from "./gateway-fixture.js";
import { CHAIN } from "./gateway-harness.js";

/** 8,000 characters of text before the cut: some 2,000 tokens, far more than the short prompt. */
const PARTIAL = "word ".repeat(1_600);
const PREFILL_TOKENS = PARTIAL.length / 4;
const chunk = (model: string, delta: Record<string, unknown>): string => streamChunk("gen-abandon", model, delta);

/** Resolves when the resumed attempt reaches the upstream. */
let resumedArrived: () => void = () => undefined;

function answer(request: IncomingMessage, response: ServerResponse): void {
  onJsonBody<{ model: string }>(request, ({ model }) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    if (model === CHAIN[0]) {
      response.write(chunk(model, { role: "assistant", content: PARTIAL }));
      setTimeout(() => response.destroy(), 50);
      return;
    }
    // The resumed attempt: read (and billed) at once, but nothing is sent before the client leaves.
    response.write(": OPENROUTER PROCESSING\n\n");
    resumedArrived();
  });
}

const BODIES = {
  "/v1/chat/completions": { stream: true, max_tokens: 4_000, messages: [{ role: "user", content: "Tell me." }] },
  "/v1/messages": { stream: true, max_tokens: 4_000, messages: [{ role: "user", content: "Tell me." }] },
  "/v1/responses": { stream: true, max_output_tokens: 4_000, input: "Tell me." },
};

const guard = trackingSpendGuard();
const the = useGatewayBehind(answer, { upstream: { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 15_000, connect_ms: 1_000 } } }, { spendGuard: guard });

describe("a client leaving while a resumed attempt opens", () => {
  const inputPrice = builtinCatalog().get(CHAIN[1])?.pricing?.usdPerMillionInputTokens ?? 0;
  for (const [path, body] of Object.entries(BODIES)) {
    it(`is charged the prefill the attempt sent, at ${path}`, async () => {
      const arrived = new Promise<void>((resolve) => (resumedArrived = resolve));
      const controller = new AbortController();
      const settledBefore = guard.settled.length;
      const response = await fetch(`${the.gateway.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
        body: JSON.stringify({ model: "switchyard/tier/e2e", switchyard: { resume: true }, ...body }),
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      void (async () => {
        for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return;
      })();
      await arrived;
      controller.abort();
      for (let i = 0; i < 200 && (guard.open.size > 0 || guard.settled.length < settledBefore + 2); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(guard.open.size).toBe(0);
      const resumed = guard.settled.slice(settledBefore)[1];
      // The prefill alone, at the resumed model's input price (the prompt is a few tokens more).
      expect(resumed?.actualUsd).toBeGreaterThanOrEqual((PREFILL_TOKENS * inputPrice) / 1_000_000);
    }, 30_000);
  }
});
