/**
 * Stream chunks whose shape is broken: `choices` that is not a list (or a choice, or its delta, not an object), a
 * `usage` that is not token counts. Round 27: `{"choices": null, "usage": "garbage"}` as a stream's first chunk
 * committed it (a usage counts as content) and the client got a 200 stream with no text and no error. Now such a
 * chunk before content fails the attempt over as malformed (charged its worst case when it carried a usage: the
 * upstream says it billed something it does not say in a readable way), and after content it ends the stream with
 * the door's error event, never a completion. Round 29: a chunk whose only fault is its usage, after content, no
 * longer ends the stream with an error (the answer is already the client's); it is relayed without that usage, the
 * stream finishes, and the attempt is charged on an estimate (or a readable usage it also sent, when that is more).
 */
import { describe, expect, it } from "vitest";
import { trackingSpendGuard } from "../support/tracking-spend-guard.js";
import { useGatewayAnswering } from "./gateway-fixture.js";

const chunk = (model: string, fields: Record<string, unknown>): string => `data: ${JSON.stringify({ id: "gen-m", object: "chat.completion.chunk", created: 1, model, ...fields })}\n\n`;
const text = (model: string, content: string): string => chunk(model, { choices: [{ index: 0, delta: { role: "assistant", content }, finish_reason: null }] });
const finish = (model: string, completion = 3): string => chunk(model, { choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 5, completion_tokens: completion, total_tokens: 5 + completion } });

/** Hostile chunks, by the word in the prompt that asks for them. */
const HOSTILE: Record<string, Record<string, unknown>> = {
  NULL_CHOICES_GARBAGE_USAGE: { choices: null, usage: "garbage" },
  STRING_CHOICES: { choices: "garbage" },
  NULL_CHOICE: { choices: [null] },
  STRING_DELTA: { choices: [{ index: 0, delta: "garbage", finish_reason: null }] },
  COUNTS_NOT_NUMBERS: { choices: [], usage: { prompt_tokens: "many", completion_tokens: [1] } },
  FINISH_WITH_GARBAGE_USAGE: { choices: [{ index: 0, delta: {}, finish_reason: "length" }], usage: { prompt_tokens: 1e309, completion_tokens: -0.5 } },
  // Counts missing, but the amount billed said: far more than the few tokens of text streamed are worth.
  STATED_COST_ONLY: { choices: [], usage: { prompt_tokens: null, completion_tokens: null, cost: 0.5 } },
};

/** Chunks whose only fault is their usage: after content, the answer is the client's and the stream still finishes. */
const GARBLED_USAGE_ONLY = new Set(["NULL_CHOICES_GARBAGE_USAGE", "COUNTS_NOT_NUMBERS", "FINISH_WITH_GARBAGE_USAGE", "STATED_COST_ONLY"]);

const guard = trackingSpendGuard();
const the = useGatewayAnswering(
    (body) => {
      const { model } = JSON.parse(body) as { model: string };
      const word = Object.keys(HOSTILE).find((key) => body.includes(key));
      const hostile = word === undefined ? "" : chunk(model, HOSTILE[word] ?? {});
      if (model !== "openai/gpt-5-nano") return text(model, "Fine answer.") + finish(model) + "data: [DONE]\n\n";
      if (body.includes("AFTER_CONTENT")) return text(model, "Started, ") + hostile + text(model, "more.") + finish(model, body.includes("HIGH_REPORT") ? 250 : 3) + "data: [DONE]\n\n";
      return hostile + "data: [DONE]\n\n";
    },
    { circuit_breaker: { failures: 100 } },
    { spendGuard: guard },
  );

const DOORS: [string, (prompt: string) => Record<string, unknown>][] = [
  ["/v1/chat/completions", (prompt) => ({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: prompt }] })],
  ["/v1/messages", (prompt) => ({ model: "switchyard/tier/e2e", stream: true, max_tokens: 50, messages: [{ role: "user", content: prompt }] })],
  ["/v1/responses", (prompt) => ({ model: "switchyard/tier/e2e", stream: true, input: prompt })],
];

async function stream(path: string, body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

describe("a stream chunk of broken shape", () => {
  for (const [path, body] of DOORS) {
    for (const word of Object.keys(HOSTILE)) {
      it(`${path}: ${word} before content fails over to the next model`, async () => {
        const settledBefore = guard.settled.length;
        const answer = await stream(path, body(`${word} please`));
        expect(answer.status).toBe(200);
        expect(answer.text).toContain("Fine answer.");
        const record = the.gateway.records.at(-1);
        expect(record?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual(["malformed", null]);
        expect(record?.model).toBe("mistralai/mistral-small-3.2-24b-instruct");
        const settles = guard.settled.slice(settledBefore);
        // A chunk that carried a usage says it billed: its attempt is charged its worst case.
        if ("usage" in (HOSTILE[word] ?? {})) expect(settles[0]?.actualUsd ?? 0).toBeGreaterThan(0);
        expect(record?.costUsd).toBeCloseTo(settles.reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
        expect(guard.open.size).toBe(0);
      });

      if (GARBLED_USAGE_ONLY.has(word)) continue;
      it(`${path}: ${word} after content ends the stream with an error, not a completion`, async () => {
        const answer = await stream(path, body(`${word} AFTER_CONTENT`));
        expect(answer.status).toBe(200);
        expect(answer.text).toContain("Started, ");
        expect(answer.text).not.toContain("more.");
        expect(answer.text).toMatch(/error/);
        expect(answer.text).not.toContain("[DONE]");
        expect(answer.text).not.toContain("message_stop");
        expect(answer.text).not.toContain("response.completed");
        expect(the.gateway.records.at(-1)?.attempts[0]?.errorType).toBe("malformed");
        expect(guard.open.size).toBe(0);
      });
    }
    for (const word of GARBLED_USAGE_ONLY) {
      it(`${path}: ${word} after content still finishes the stream, charged on an estimate and recorded`, async () => {
        const settledBefore = guard.settled.length;
        const answer = await stream(path, body(`${word} AFTER_CONTENT`));
        expect(answer.status).toBe(200);
        expect(answer.text).toContain("Started, ");
        expect(answer.text).toContain("more.");
        expect(answer.text).not.toMatch(/"error":\{|event: error|response\.failed/);
        expect(answer.text).not.toContain("garbage");
        expect(answer.text).not.toContain("many");
        if (path === "/v1/chat/completions") expect(answer.text).toContain("[DONE]");
        if (path === "/v1/messages") expect(answer.text).toContain("message_stop");
        if (path === "/v1/responses") expect(answer.text).toContain("response.completed");
        const record = the.gateway.records.at(-1);
        expect(record?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
        const settles = guard.settled.slice(settledBefore);
        expect(settles).toHaveLength(1);
        expect(settles[0]?.actualUsd ?? 0).toBeGreaterThan(0);
        expect(record?.costUsd).toBeCloseTo(settles[0]?.actualUsd ?? -1, 12);
        // Never below what the upstream's readable usage said (3 output tokens), whatever the estimate.
        expect(record?.outputTokens ?? 0).toBeGreaterThanOrEqual(3);
        expect(guard.open.size).toBe(0);
      });
    }
  }

  it("charges a readable usage sent after a garbled one when it says more than the estimate", async () => {
    const settledBefore = guard.settled.length;
    const answer = await stream("/v1/chat/completions", { model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "COUNTS_NOT_NUMBERS AFTER_CONTENT HIGH_REPORT" }] });
    expect(answer.text).toContain("[DONE]");
    const record = the.gateway.records.at(-1);
    // "Started, more." is a few tokens; the upstream's readable report says 250.
    expect(record?.outputTokens).toBe(250);
    expect(record?.costUsd).toBeCloseTo(guard.settled.slice(settledBefore).reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
  });

  for (const [path, body] of DOORS) {
    it(`${path}: charges the cost a garbled usage states when it says more than the estimate`, async () => {
      const settledBefore = guard.settled.length;
      const answer = await stream(path, body("STATED_COST_ONLY AFTER_CONTENT"));
      expect(answer.text).toContain("more.");
      const settles = guard.settled.slice(settledBefore);
      // The counts are garbled, the amount is not: "Started, more." priced as a few tokens is far below the $0.50 billed.
      expect(settles[0]?.actualUsd).toBeCloseTo(0.5, 12);
      expect(the.gateway.records.at(-1)?.costUsd).toBeCloseTo(0.5, 12);
    });

    it(`${path}: charges the cost a garbled usage before content states when it is more than the worst case`, async () => {
      const settledBefore = guard.settled.length;
      const answer = await stream(path, body("STATED_COST_ONLY please"));
      expect(answer.text).toContain("Fine answer.");
      // The failed-over attempt is charged what its usage says was billed, not the few cents' worth its worst case is.
      expect(guard.settled.slice(settledBefore)[0]?.actualUsd).toBeCloseTo(0.5, 12);
    });
  }
});
