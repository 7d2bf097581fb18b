import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../../classifier/heuristic-classifier.js";
import { defaultConfig, parseConfig } from "../../config/parse-config.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";
import { createRequestRouter } from "../request-router.js";
import { createInMemoryLatencyTracker } from "./in-memory-latency-tracker.js";
import type { LatencySeedEntry } from "./latency-tracker.js";

const catalog = builtinCatalog();
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const BUDGET = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "meta-llama/llama-3.3-70b-instruct"];

function routerWith(seed: Record<string, LatencySeedEntry> | undefined, config = defaultConfig()) {
  const latency = seed ? createInMemoryLatencyTracker({ seed: new Map(Object.entries(seed)) }) : undefined;
  return createRequestRouter({ config, catalog, classifier: createHeuristicClassifier(), clock, ...(latency ? { latency } : {}) });
}

/** The default config with the budget tier reduced to `models` (no selector). */
function budgetOnly(models: string[]) {
  return parseConfig({ tiers: { budget: { models, max_tokens: 1024 } } });
}

const ask = (switchyard: ChatRequest["switchyard"], model = "switchyard/tier/budget"): ChatRequest => ({
  model,
  messages: [{ role: "user", content: "Say hello." }],
  max_tokens: 200,
  ...(switchyard ? { switchyard } : {}),
});

describe("latency-aware selection", () => {
  it("changes nothing without max_latency_ms or prefer_speed, even with estimates", () => {
    const plan = routerWith({ "openai/gpt-5-nano": { ttftMs: 60_000, tokensPerSecond: 1 } }).route(ask(undefined));
    expect(plan.chain.slice(0, 3).map((c) => c.id)).toEqual(BUDGET);
  });

  it("skips a model expected to exceed max_latency_ms, with the formula in the reason; unknown models pass; ids get :nitro", () => {
    const router = routerWith({
      "openai/gpt-5-nano": { ttftMs: 3_000, tokensPerSecond: 100 }, // 3000 + 200/100 s = 5000 ms
      "mistralai/mistral-small-3.2-24b-instruct": { ttftMs: 400, tokensPerSecond: 200 }, // 400 + 1000 = 1400 ms
    });
    const plan = router.route(ask({ max_latency_ms: 2_000 }));
    expect(plan.chain.map((c) => c.id).slice(0, 2)).toEqual(["mistralai/mistral-small-3.2-24b-instruct:nitro", "meta-llama/llama-3.3-70b-instruct:nitro"]);
    expect(plan.decision.model).toBe("mistralai/mistral-small-3.2-24b-instruct:nitro");
    expect(plan.decision.reasons).toContain(
      "openai/gpt-5-nano is expected to take 5000 ms (3000 ms to the first token + 200 tokens at 100 tokens/s), above max_latency_ms 2000, so it was skipped.",
    );
    expect(plan.decision.reasons.some((r) => r.includes(":nitro variant"))).toBe(true);
    expect(plan.decision.reasons.some((r) => r.startsWith("mistralai/mistral-small-3.2-24b-instruct is expected"))).toBe(false);
  });

  it("uses the time to first token alone when the throughput is unknown", () => {
    const router = routerWith({ "openai/gpt-5-nano": { ttftMs: 1_500, tokensPerSecond: undefined } });
    expect(router.route(ask({ max_latency_ms: 1_600 })).decision.model).toBe("openai/gpt-5-nano:nitro");
    expect(router.route(ask({ max_latency_ms: 1_400 })).decision.model).toBe("mistralai/mistral-small-3.2-24b-instruct:nitro");
  });

  it("falls back to the fastest known model that meets the other needs when the whole chain is too slow", () => {
    const slow = { ttftMs: 9_000, tokensPerSecond: 50 };
    const router = routerWith(
      {
        ...Object.fromEntries(BUDGET.map((id) => [id, slow])),
        "google/gemini-2.5-flash-lite": { ttftMs: 300, tokensPerSecond: 400 }, // 800 ms, in another tier
        "openai/gpt-4o-mini": { ttftMs: 500, tokensPerSecond: 100 }, // 2500 ms
      },
      budgetOnly(BUDGET),
    );
    const plan = router.route(ask({ max_latency_ms: 1_000 }));
    expect(plan.chain.map((c) => c.id)).toEqual(["google/gemini-2.5-flash-lite:nitro"]);
    expect(plan.decision.model).toBe("google/gemini-2.5-flash-lite:nitro");
    expect(plan.chain[0]?.worstCaseCostUsd).toBeGreaterThan(0);
    expect(plan.decision.reasons).toContain(
      "Every model of the chain is too slow for max_latency_ms 1000, so the chain falls back to google/gemini-2.5-flash-lite, the fastest known model that meets the other needs (expected 800 ms).",
    );
    expect(plan.decision.reasons.filter((r) => r.endsWith("so it was skipped."))).toHaveLength(3);
  });

  it("falls back even when the fastest known model is still too slow, and respects needs and max_cost_usd", () => {
    const router = routerWith({
      "openai/gpt-5-nano": { ttftMs: 9_000, tokensPerSecond: 50 },
      "anthropic/claude-opus-4.6": { ttftMs: 100, tokensPerSecond: 1_000 }, // fastest, but too dear
      "openai/gpt-4o-mini": { ttftMs: 2_000, tokensPerSecond: 100 }, // 4000 ms
    });
    const plan = router.route(ask({ max_latency_ms: 1_000, max_cost_usd: 0.001 }, "openai/gpt-5-nano"));
    // An explicit id is the caller's choice: not filtered, but sped up.
    expect(plan.decision.model).toBe("openai/gpt-5-nano:nitro");
    const tiered = router.route(ask({ max_latency_ms: 1_000, max_cost_usd: 0.001 }, "switchyard/cheapest"));
    const known = tiered.chain.filter((c) => ["openai/gpt-5-nano", "anthropic/claude-opus-4.6"].some((id) => c.id.startsWith(id)));
    expect(known).toEqual([]);
  });

  it("keeps the chain when nothing is known, and never 404s for latency", () => {
    const plan = routerWith({}).route(ask({ max_latency_ms: 1 }));
    expect(plan.chain.slice(0, 3).map((c) => c.id)).toEqual(BUDGET.map((id) => `${id}:nitro`));
    const untracked = routerWith(undefined).route(ask({ max_latency_ms: 1 }));
    expect(untracked.decision.model).toBe("openai/gpt-5-nano:nitro");
  });

  it("when every known model is too slow, still answers with the fastest of them, saying it is above the limit", () => {
    const router = routerWith(
      { "openai/gpt-5-nano": { ttftMs: 9_000, tokensPerSecond: 10 }, "mistralai/mistral-small-3.2-24b-instruct": { ttftMs: 4_000, tokensPerSecond: 10 } },
      budgetOnly(BUDGET.slice(0, 2)),
    );
    const plan = router.route(ask({ max_latency_ms: 500 }));
    expect(plan.chain.map((c) => c.id)).toEqual(["mistralai/mistral-small-3.2-24b-instruct:nitro"]);
    expect(plan.decision.reasons.some((r) => r.includes("falls back to mistralai/mistral-small-3.2-24b-instruct") && r.includes("(expected 24000 ms, still above the limit)"))).toBe(true);
  });

  it("routing.prefer_speed adds :nitro without filtering; an id that has a variant keeps it", () => {
    const config = parseConfig({
      routing: { prefer_speed: true },
      tiers: { budget: { models: ["openai/gpt-5-nano", "openai/gpt-4o-mini"], max_tokens: 1024 }, mid: { models: ["openai/gpt-4o-mini"], max_tokens: 1024, variant: "floor" } },
    });
    const router = routerWith({ "openai/gpt-4o-mini": { ttftMs: 60_000, tokensPerSecond: 1 } }, config);
    expect(router.route(ask(undefined)).chain.map((c) => c.id)).toEqual(["openai/gpt-5-nano:nitro", "openai/gpt-4o-mini:nitro"]);
    expect(router.route(ask(undefined, "switchyard/tier/mid")).chain.map((c) => c.id)).toEqual(["openai/gpt-4o-mini:floor"]);
    expect(router.route(ask(undefined, "openai/gpt-4o-mini:free")).decision.model).toBe("openai/gpt-4o-mini:free");
  });

  it("rejects a max_latency_ms that is not a positive number", () => {
    const router = routerWith({});
    for (const bad of [0, -5, Number.NaN, "fast" as unknown as number]) {
      expect(() => router.route(ask({ max_latency_ms: bad }))).toThrow(InvalidRequestError);
    }
  });
});
