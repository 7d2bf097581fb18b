import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { judgeSchema } from "../../config/config-schema.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import { createSampledJudge } from "./sampled-judge.js";

/** An upstream that answers every judge call with `content`, and its usage. */
function answering(content: string, usage: unknown = { prompt_tokens: 400, completion_tokens: 3 }): UpstreamClient {
  const body = JSON.stringify({ choices: [{ message: { content } }], usage });
  const bytes = new TextEncoder().encode(body);
  const upstreamBody = {
    text: async () => body,
    arrayBuffer: async () => bytes.buffer,
    destroy: () => {},
    async *[Symbol.asyncIterator]() {
      yield bytes;
    },
  };
  return { chatCompletions: async () => ({ status: 200, headers: {}, body: upstreamBody }) } as unknown as UpstreamClient;
}

describe("the sampled judge's bookkeeping", () => {
  it("puts the cost of a judge answer that held no score on the decision, ungraded, and reports the failure", async () => {
    const recorded: [string, number | null, number][] = [];
    const errors: unknown[] = [];
    const judge = createSampledJudge({
      config: judgeSchema.parse({ model: "anthropic/claude-sonnet-4.5", share: 1, budget_usd: 1 }),
      tiers: () => ["budget", "premium"],
      upstream: answering("I would rather not grade this."),
      catalog: () => builtinCatalog(),
      decisions: { recordJudgement: async (id, score, cost) => (recorded.push([id, score, cost]), true) },
      timeoutMs: 1_000,
      onError: (error) => errors.push(error),
    });
    judge.consider({ decisionId: "dec_1", tier: "budget", messages: [{ role: "user", content: "Add 2 and 5" }], answer: "7" });
    await judge.drain();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.[1]).toBeNull();
    expect(recorded[0]?.[2]).toBeGreaterThan(0);
    expect(String(errors[0])).toMatch(/held no score/);
  });

  it("checks the judge's usage like any answer's: a cost no call could reach is not believed, a missing usage costs the worst case", async () => {
    const recorded: [string, number | null, number][] = [];
    const judgeWith = (usage: unknown) =>
      createSampledJudge({
        config: judgeSchema.parse({ model: "anthropic/claude-sonnet-4.5", share: 1, budget_usd: 1 }),
        tiers: () => ["budget", "premium"],
        upstream: answering("0.8", usage),
        catalog: () => builtinCatalog(),
        decisions: { recordJudgement: async (id, score, cost) => (recorded.push([id, score, cost]), true) },
        timeoutMs: 1_000,
      });
    for (const usage of [{ prompt_tokens: 400, completion_tokens: 3, cost: 1e308 }, undefined]) {
      const judge = judgeWith(usage);
      judge.consider({ decisionId: "dec_1", tier: "budget", messages: [{ role: "user", content: "Add 2 and 5" }], answer: "7" });
      await judge.drain();
    }
    // The 1e308 was recorded as the judge's cost (Infinity in every report); a judge answer without usage cost 0.
    expect(recorded.map(([, score]) => score)).toEqual([0.8, 0.8]);
    for (const [, , cost] of recorded) {
      expect(cost).toBeGreaterThan(0);
      expect(cost).toBeLessThan(1);
    }
  });
});
