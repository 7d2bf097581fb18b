import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../../classifier/heuristic-classifier.js";
import type { ConfigInput } from "../../config/config-schema.js";
import { parseConfig } from "../../config/parse-config.js";
import type { ChatRequest } from "../../core/types.js";
import { createRequestRouter, type RouteContext } from "../request-router.js";

const catalog = builtinCatalog();
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const CHEAP = "openai/gpt-5-nano";
const OTHER = "mistralai/mistral-small-3.2-24b-instruct";
const DEAR = "anthropic/claude-sonnet-4.5";
const FREE = "openai/gpt-oss-20b:free";
/** Every default tier named, so no default selector holds a model these tests leave out. */
const TIERS: ConfigInput["tiers"] = {
  free: { models: [FREE], max_tokens: 500, include_free: true },
  budget: { models: [CHEAP, OTHER], max_tokens: 1000 },
  mid: { models: [CHEAP], max_tokens: 1000 },
  standard: { models: [DEAR], max_tokens: 4000 },
  premium: { models: [DEAR], max_tokens: 4000 },
};
const TASKS: ConfigInput["tasks"] = { chat: "budget", simple_qa: "budget" };

function route(config: ConfigInput, context: RouteContext) {
  const router = createRequestRouter({ config: parseConfig({ tiers: TIERS, tasks: TASKS, ...config }), catalog, classifier: createHeuristicClassifier(), clock });
  const request: ChatRequest = { model: "switchyard/auto", messages: [{ role: "user", content: "hello" }, { role: "assistant", content: "Hi." }, { role: "user", content: "thanks" }] };
  return router.route(request, context).decision;
}

describe("affinity yields a remembered model routing may no longer use", () => {
  it("keeps a model a tier still holds, as the tier it was chosen on", () => {
    const decision = route({}, { affinity: { model: DEAR, promptTokens: 10, tier: "premium" } });
    expect(decision).toMatchObject({ model: DEAR, tier: "premium" });
  });

  it("moves a conversation whose model left every tier (a config changed across a restart), saying why", () => {
    const decision = route({}, { affinity: { model: "meta-llama/llama-3.3-70b-instruct", promptTokens: 10, tier: "budget" } });
    expect(decision.model).toBe(CHEAP);
    expect(decision.reasons.join(" ")).toContain("The conversation was on meta-llama/llama-3.3-70b-instruct, which no tier of the config holds any more, so it moves to the routed chain.");
  });

  it("moves a conversation on a free model once no tier allows free models", () => {
    const held = route({}, { affinity: { model: FREE, promptTokens: 10, tier: "free" } });
    expect(held.model).toBe(FREE);
    const decision = route({ tiers: { ...TIERS, free: { models: [FREE], max_tokens: 500 } } }, { affinity: { model: FREE, promptTokens: 10, tier: "free" } });
    expect(decision.model).toBe(CHEAP);
    expect(decision.reasons.join(" ")).toContain("(a free model, and no tier allows free models)");
  });

  it("moves a conversation whose model is only in tiers the key may not use, rather than pinning a tier the key lost", () => {
    const decision = route({}, { affinity: { model: DEAR, promptTokens: 10, tier: "premium" }, allowedTiers: ["budget"] });
    expect(decision).toMatchObject({ model: CHEAP, tier: "budget" });
    expect(decision.reasons.join(" ")).toContain(`The conversation was on ${DEAR}, which is a model of the standard, premium tiers only, and this key may not use them, so it moves to the routed chain.`);
  });

  it("keeps a model whose remembered tier is gone, as a tier that still holds it", () => {
    const decision = route({}, { affinity: { model: OTHER, promptTokens: 10, tier: "gone" } });
    expect(decision).toMatchObject({ model: OTHER, tier: "budget" });
  });

  it("a selector's terms hold a model, not only its cheapest pick of today", () => {
    const decision = route({ tiers: { ...TIERS, budget: { models: [{ cheapest: { needs: [], max_price: 1 } }], max_tokens: 1000 } } }, { affinity: { model: OTHER, promptTokens: 10, tier: "budget" } });
    expect(decision.model).toBe(OTHER);
  });

  it("keeps the model a `variant: free` tier called (its base id listed, the `:free` id answered)", () => {
    // No other tier holds the free model, and this turn is routed to budget: the variant tier must hold it itself.
    const tiers = { ...TIERS, free: { models: [CHEAP], max_tokens: 500 }, freebies: { models: ["openai/gpt-oss-20b"], variant: "free" as const, max_tokens: 800 } };
    const decision = route({ tiers }, { affinity: { model: FREE, promptTokens: 10, tier: "freebies" } });
    expect(decision).toMatchObject({ model: FREE, tier: "freebies" });
  });

  it("moves a conversation whose model's circuit is open, saying so", () => {
    const decision = route({}, { affinity: { model: OTHER, promptTokens: 10, tier: "budget", circuitOpen: true } });
    expect(decision.model).toBe(CHEAP);
    expect(decision.reasons.join(" ")).toContain(`The conversation was on ${OTHER}, whose circuit is open`);
  });
});
