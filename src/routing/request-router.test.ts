import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { LATEST_CATALOG, readJson } from "../../test/support/shared-data.js";
import { ModelCatalog } from "../catalog/model-catalog.js";
import { parseCatalog } from "../catalog/parse-catalog.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import { ContextTooLargeError, InvalidRequestError, NoRouteError } from "../core/errors/index.js";
import type { ChatRequest } from "../core/types.js";
import { extractRoutingFeatures } from "../learning/routing-features.js";
import { createRequestRouter } from "./request-router.js";
import { labelNow } from "./routing-plan.js";

interface RawModel {
  id: string;
  context_length: number;
  pricing: Record<string, string | undefined>;
  supported_parameters: string[];
  architecture: { input_modalities: string[] };
  expiration_date?: string | null;
}

const raw = readJson(LATEST_CATALOG) as { data: RawModel[] };
const catalog = new ModelCatalog(parseCatalog(raw).models, { source: "file" });
/** The day after the snapshot, so expiry is judged as it was then. */
const clock = { now: () => Date.parse("2026-06-17T00:00:00Z") };
const router = createRequestRouter({ config: defaultConfig(), catalog, classifier: createHeuristicClassifier(), clock });

const user = (content: string): ChatRequest["messages"] => [{ role: "user", content }];

/** The cheapest capable model computed straight from the raw JSON, independently of the catalog module. */
function independentCheapest(request: { needs: (m: RawModel) => boolean; promptTokens: number; maxTokens: number }): string {
  const price = (m: RawModel, key: string): number => Number(m.pricing[key] ?? 0);
  const candidates = raw.data.filter((m) => {
    const prices = Object.values(m.pricing).map(Number);
    if (prices.some((p) => p < 0)) return false;
    if (price(m, "prompt") === 0 && price(m, "completion") === 0) return false;
    if (m.expiration_date && Date.parse(m.expiration_date) <= clock.now()) return false;
    if (m.context_length < request.promptTokens + request.maxTokens) return false;
    return request.needs(m);
  });
  const cost = (m: RawModel): number => request.promptTokens * price(m, "prompt") + request.maxTokens * price(m, "completion") + price(m, "request");
  candidates.sort((a, b) => cost(a) - cost(b) || a.id.localeCompare(b.id));
  return candidates[0]?.id ?? "none";
}

describe("switchyard/cheapest agrees with an independent computation from the raw catalog", () => {
  const cases: { name: string; request: ChatRequest; needs: (m: RawModel) => boolean }[] = [
    {
      name: "tools",
      request: { model: "switchyard/cheapest", messages: user("What's the weather in Paris?"), tools: [{ type: "function", function: { name: "weather", parameters: {} } }] },
      needs: (m) => m.supported_parameters.includes("tools"),
    },
    {
      name: "image",
      request: {
        model: "switchyard/cheapest",
        messages: [{ role: "user", content: [{ type: "text", text: "What is in this picture?" }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] }],
      },
      needs: (m) => m.architecture.input_modalities.includes("image"),
    },
    {
      name: "JSON schema",
      request: {
        model: "switchyard/cheapest",
        messages: user("Extract the name and age: Ada, 36."),
        response_format: { type: "json_schema", json_schema: { name: "person", schema: { type: "object" } } },
      },
      needs: (m) => m.supported_parameters.includes("structured_outputs"),
    },
    {
      name: "300k-token prompt",
      request: { model: "switchyard/cheapest", messages: user("lorem ipsum dolor sit amet ".repeat(60_000)), max_tokens: 1000 },
      needs: () => true,
    },
  ];

  it.each(cases)("$name", ({ request, needs }) => {
    const { decision } = router.route(request);
    if (request.max_tokens === undefined) expect(decision.max_tokens).toBeGreaterThan(0);
    const expected = independentCheapest({ needs, promptTokens: decision.prompt_tokens, maxTokens: decision.max_tokens });
    expect(decision.model).toBe(expected);
    expect(decision.estimated_cost_usd).toBeGreaterThan(0);
  });
});

describe("every decision is valid against the 2026-06 catalog", () => {
  const prompts = [
    "Translate 'good morning' into French",
    "Write a Python function that merges two sorted lists",
    "Prove that the square root of 2 is irrational",
    "Summarize this article: " + "The economy grew. ".repeat(80),
    "hi",
  ];
  const models = ["switchyard/auto", ...Object.keys(defaultConfig().tasks).map((t) => `switchyard/task/${t}`), ...Object.keys(defaultConfig().tiers).map((t) => `switchyard/tier/${t}`)];
  it.each(models)("%s", (model) => {
    for (const prompt of prompts) {
      const { decision } = router.route({ model, messages: user(prompt) });
      for (const id of [decision.model, ...decision.fallbacks]) expect(catalog.has(id), id).toBe(true);
      expect(decision.max_tokens).toBeGreaterThan(0);
      if (decision.tier !== "free") expect(decision.estimated_cost_usd).toBeGreaterThan(0);
      expect(decision.reasons.length).toBeGreaterThan(1);
    }
  });
});

describe("routing modes and errors", () => {
  it("routes a named task to its tier and caps max_tokens by the tier", () => {
    const { decision } = router.route({ model: "switchyard/task/classification", messages: user("Is this spam? WIN A PRIZE"), max_tokens: 99_999 });
    expect(decision.tier).toBe("budget");
    expect(decision.max_tokens).toBe(1024);
    expect(decision.reasons.join(" ")).toMatch(/capped to the tier maximum 1024/);
  });

  it("rejects an unknown task or tier with the valid names", () => {
    expect(() => router.route({ model: "switchyard/task/juggling", messages: user("x") })).toThrow(InvalidRequestError);
    expect(() => router.route({ model: "switchyard/task/juggling", messages: user("x") })).toThrow(/Valid tasks: classification/);
    expect(() => router.route({ model: "switchyard/tier/gold", messages: user("x") })).toThrow(/Valid tiers: free, budget, mid, standard, premium/);
    expect(() => router.route({ model: "switchyard/auto", messages: [] })).toThrow(/messages/);
  });

  it("refuses a model and a switchyard field naming two different tasks or tiers (one was dropped without a word)", () => {
    const conflict = (request: ChatRequest): InvalidRequestError => {
      try {
        router.route(request);
      } catch (error) {
        if (error instanceof InvalidRequestError) return error;
      }
      throw new Error(`no 400 for ${JSON.stringify(request.switchyard)}`);
    };
    const tier = conflict({ model: "switchyard/tier/premium", switchyard: { tier: "budget" }, messages: user("x") });
    expect(tier).toMatchObject({ param: "switchyard.tier", code: "conflicting_routing" });
    expect(tier.message).toBe('model switchyard/tier/premium names the tier premium and switchyard.tier names budget: give one of them.');
    expect(conflict({ model: "switchyard/task/math", switchyard: { task: "translation" }, messages: user("x") })).toMatchObject({ param: "switchyard.task", code: "conflicting_routing" });
    // A real model (or switchyard/cheapest) beside a tier: the tier's chain answered and the named model was dropped.
    const pinned = conflict({ model: "openai/gpt-5", switchyard: { tier: "budget" }, messages: user("x") });
    expect(pinned).toMatchObject({ param: "switchyard.tier", code: "conflicting_routing" });
    expect(pinned.message).toMatch(/^model openai\/gpt-5 names a model and switchyard.tier names the tier budget: give one of them \(model switchyard\/tier\/budget/);
    expect(conflict({ models: ["openai/gpt-5"], switchyard: { tier: "budget" }, messages: user("x") }).message).toMatch(/^models\[0\] openai\/gpt-5 /);
    expect(conflict({ model: "switchyard/cheapest", switchyard: { tier: "budget" }, messages: user("x") })).toMatchObject({ code: "conflicting_routing" });
    expect(router.route({ model: "switchyard/auto", switchyard: { tier: "budget" }, messages: user("x") }).decision.tier).toBe("budget");
    // The same name twice, or a task with a tier (a forced tier skips the task's), is no conflict.
    expect(router.route({ model: "switchyard/tier/premium", switchyard: { tier: "premium" }, messages: user("x") }).decision.tier).toBe("premium");
    expect(router.route({ model: "switchyard/task/math", switchyard: { tier: "budget" }, messages: user("x") }).decision.tier).toBe("budget");
  });

  it("honours tools instead of ignoring them (the seed's needs_tools bug)", () => {
    const tools = [{ type: "function", function: { name: "f", parameters: {} } }];
    const plan = router.route({ model: "switchyard/tier/budget", messages: user("call f"), tools });
    for (const candidate of plan.chain) expect(candidate.model?.capabilities).toContain("tools");
  });

  it("answers 404 naming the requirement when nothing fits", () => {
    const request: ChatRequest = { model: "switchyard/cheapest", messages: user("x"), switchyard: { requires: ["audio", "tools"] }, max_tokens: 10 };
    const tiny = createRequestRouter({ config: defaultConfig(), catalog: new ModelCatalog(catalog.list().filter((m) => !m.capabilities.includes("audio")), { source: "file" }), classifier: createHeuristicClassifier(), clock });
    expect(() => tiny.route(request)).toThrow(NoRouteError);
    expect(() => tiny.route(request)).toThrow(/requirement audio/);
  });

  it("answers 400 context_length_exceeded, naming the largest context there is, when no model can hold the prompt", () => {
    const largest = Math.max(...catalog.list().map((model) => model.contextLength));
    const huge = "word ".repeat(Math.ceil(largest * 1.3));
    for (const model of ["switchyard/auto", "switchyard/tier/budget", "switchyard/cheapest"]) {
      let error: unknown;
      try {
        router.route({ model, messages: user(huge) });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContextTooLargeError);
      expect(error).toMatchObject({ status: 400, code: "context_length_exceeded" });
      expect((error as Error).message).toMatch(new RegExp(`largest context of a model that meets the request's needs is ${largest} tokens`));
      expect((error as Error).message).not.toMatch(/budget tier/);
    }
  });

  it("reserves the dearest model a request's own models list or a router slug lets OpenRouter answer with", () => {
    const worst = (model: string, extra: Partial<ChatRequest> = {}) => router.route({ model, messages: user("hi"), max_tokens: 1000, ...extra }).chain.map((candidate) => candidate.worstCaseCostUsd);
    const nano = worst("openai/gpt-5-nano")[0] ?? 0;
    const dear = catalog.list().filter((model) => !model.isRouter).sort((a, b) => b.pricing.usdPerMillionOutputTokens - a.pricing.usdPerMillionOutputTokens)[0];
    const withFallback = worst("openai/gpt-5-nano", { models: ["openai/gpt-5-nano", dear?.id ?? ""] });
    expect(withFallback[0]).toBeGreaterThan(nano * 10);
    // An auto-routed request carrying a models list: every candidate of its chain reserves at least that much.
    const auto = worst("switchyard/auto", { models: [dear?.id ?? ""] });
    for (const reserved of auto) expect(reserved).toBeGreaterThanOrEqual(withFallback[0] ?? 0);
    // openrouter/auto may pick any model: never budgeted at nothing.
    if (catalog.get("openrouter/auto")) expect(worst("openrouter/auto")[0]).toBeGreaterThanOrEqual(withFallback[0] ?? 0);
    expect(router.route({ model: "openai/gpt-5-nano", messages: user("hi"), models: [dear?.id ?? ""] }).decision.reasons.join(" ")).toMatch(/models list lets OpenRouter answer with/);
  });

  it("skips config ids missing from the catalog with a reason, never crashing", () => {
    const config = parseConfig({ tiers: { budget: { models: ["gone/model-2023", "openai/gpt-5-nano"], max_tokens: 512 } } });
    const custom = createRequestRouter({ config, catalog, classifier: createHeuristicClassifier(), clock });
    const { decision } = custom.route({ model: "switchyard/tier/budget", messages: user("hello") });
    expect(decision.model).toBe("openai/gpt-5-nano");
    expect(decision.reasons.join(" ")).toMatch(/gone\/model-2023 is not in the catalog/);
  });

  it("passes an explicit id through, with a cost estimate", () => {
    const { decision, upstreamRequest } = router.route({ model: "openai/gpt-5", messages: user("hello"), switchyard: { tier: undefined } });
    expect(decision.model).toBe("openai/gpt-5");
    expect(decision.mode).toBe("explicit");
    expect(decision.estimated_cost_usd).toBeGreaterThan(0);
    expect(upstreamRequest.switchyard).toBeUndefined();
    expect(upstreamRequest.max_tokens).toBe(decision.max_tokens);
  });

  it("copies the request for the upstream as a spread would: same keys in the same order, an own __proto__ key kept as a key", () => {
    const body = '{"max_tokens":77,"__proto__":{"polluted":true},"model":"openai/gpt-5","temperature":0.2,"messages":[{"role":"user","content":"hi"}]}';
    const request = JSON.parse(body) as ChatRequest;
    const { upstreamRequest } = router.route(request);
    expect(Object.keys(upstreamRequest)).toEqual(["max_tokens", "__proto__", "model", "temperature", "messages"]);
    expect(Object.getPrototypeOf(upstreamRequest)).toBe(Object.prototype);
    expect((upstreamRequest as { polluted?: boolean }).polluted).toBeUndefined();
    const plain = router.route({ model: "openai/gpt-5", temperature: 0.5, messages: user("hi") }).upstreamRequest;
    expect(Object.keys(plain)).toEqual(["model", "temperature", "messages", "max_tokens"]);
  });

  it("drops models that would break max_cost_usd", () => {
    const { decision } = router.route({ model: "switchyard/tier/premium", messages: user("hello"), switchyard: { max_cost_usd: 0.07 } });
    expect(decision.model).toBe("openai/o3");
    expect(decision.estimated_cost_usd).toBeLessThanOrEqual(0.07);
    expect(() => router.route({ model: "switchyard/tier/premium", messages: user("hello"), switchyard: { max_cost_usd: 0.01 } })).toThrow(/max_cost_usd <= 0.01/);
  });

  it("reserves a priority request's worst case at twice the list price, and holds max_cost_usd to it", () => {
    const ask = { model: "openai/gpt-5", messages: user("hello"), max_tokens: 1000 };
    const listed = router.route(ask).chain[0]?.worstCaseCostUsd ?? 0;
    expect(listed).toBeGreaterThan(0);
    for (const tier of ["priority", "fast"]) {
      const plan = router.route({ ...ask, service_tier: tier });
      expect(plan.chain[0]?.worstCaseCostUsd).toBeCloseTo(2 * listed, 12);
      expect(plan.decision.estimated_cost_usd).toBeCloseTo(2 * listed, 8);
      expect(plan.decision.reasons.join(" ")).toContain(`service_tier ${tier} may be billed above`);
      expect(plan.upstreamRequest.service_tier).toBe(tier);
    }
    for (const tier of ["flex", "auto", "default", undefined, 7]) expect(router.route({ ...ask, service_tier: tier }).chain[0]?.worstCaseCostUsd).toBe(listed);
    // Every candidate of a routed chain, and the cap: a tier chain that fits at list price may not fit at priority.
    const routed = { model: "switchyard/tier/premium", messages: user("hello"), max_tokens: 1000 };
    const chain = router.route(routed).chain;
    const cap = Math.min(...chain.map((c) => c.worstCaseCostUsd)) * 2.01;
    const fitListed = chain.filter((c) => c.worstCaseCostUsd <= cap).map((c) => c.id);
    const fitPriority = chain.filter((c) => 2 * c.worstCaseCostUsd <= cap).map((c) => c.id);
    expect(fitPriority.length).toBeGreaterThan(0);
    expect(fitPriority.length).toBeLessThan(fitListed.length);
    expect(router.route({ ...routed, switchyard: { max_cost_usd: cap } }).chain.map((c) => c.id)).toEqual(fitListed);
    expect(router.route({ ...routed, service_tier: "priority", switchyard: { max_cost_usd: cap } }).chain.map((c) => c.id)).toEqual(fitPriority);
  });

  it("moves auto routing up and down with the quality knob", () => {
    const prompt = user("Explain why the sky is blue and compare it with sunsets.");
    const low = router.route({ messages: prompt, switchyard: { quality: 0 } }).decision;
    const mid = router.route({ messages: prompt, switchyard: { quality: 0.5 } }).decision;
    const high = router.route({ messages: prompt, switchyard: { quality: 1 } }).decision;
    const ladder = ["budget", "mid", "standard", "premium"];
    expect(ladder.indexOf(low.tier)).toBeLessThanOrEqual(ladder.indexOf(mid.tier));
    expect(ladder.indexOf(high.tier)).toBeGreaterThan(ladder.indexOf(low.tier));
  });

  it("widens past the tier when no tier model has a large enough context", () => {
    const { decision } = router.route({ model: "switchyard/tier/budget", messages: user("word ".repeat(500_000)), max_tokens: 100 });
    expect(catalog.get(decision.model)?.contextLength).toBeGreaterThanOrEqual(decision.prompt_tokens + 100);
  });
});

describe("allowed and denied providers", () => {
  it("sends config's providers as OpenRouter's provider.only / provider.ignore, never overriding the caller's", () => {
    const config = parseConfig({ routing: { allow_providers: ["openai", "azure"], deny_providers: ["deepinfra"] } });
    const custom = createRequestRouter({ config, catalog, classifier: createHeuristicClassifier(), clock });
    const plain = custom.route({ messages: user("hello") }).upstreamRequest;
    expect(plain.provider).toEqual({ only: ["openai", "azure"], ignore: ["deepinfra"] });
    const own = custom.route({ messages: user("hello"), provider: { only: ["anthropic"], sort: "price" } }).upstreamRequest;
    expect(own.provider).toEqual({ only: ["anthropic"], sort: "price", ignore: ["deepinfra"] });
    expect(router.route({ messages: user("hello") }).upstreamRequest.provider).toBeUndefined();
  });
});

describe("labels read after the call (RouteContext.labelAfterSend)", () => {
  const withFeatures = createRequestRouter({
    config: defaultConfig(),
    catalog,
    classifier: createHeuristicClassifier(),
    clock,
    learning: { extractFeatures: (messages, classification, promptTokens) => ({ ...extractRoutingFeatures(messages, classification, promptTokens) }) },
  });
  const request: ChatRequest = { model: "openai/gpt-5-nano", messages: user("Traduce al inglés: el tren sale a las nueve.") };

  it("give an explicit model's decision exactly what routing at once gives, once labelNow runs", () => {
    const now = withFeatures.route(request);
    const later = withFeatures.route(request, { labelAfterSend: true });
    expect(later.completeLabels).toBeTypeOf("function");
    expect(later.decision.task).toBe("unlabelled");
    labelNow(later);
    expect(later.completeLabels).toBeUndefined();
    expect(later.decision).toEqual(now.decision);
    expect(later.features).toEqual(now.features);
    labelNow(later);
    expect(later.decision.reasons).toEqual(now.decision.reasons);
  });

  it("leave the plan a plain object, not a dictionary: every later read of it (headers, record) stays a fast one", () => {
    setFlagsFromString("--allow-natives-syntax");
    const hasFastProperties = new Function("object", "return %HasFastProperties(object)") as (object: unknown) => boolean;
    const later = withFeatures.route(request, { labelAfterSend: true });
    expect(hasFastProperties(later)).toBe(true);
    labelNow(later);
    expect(later.features).toBeDefined();
    expect(hasFastProperties(later)).toBe(true);
  });

  it("are read at once for auto routing, a named task or tier, and when a budget is kept per task", () => {
    const perTask = createRequestRouter({ config: parseConfig({ budgets: [{ scope: "task", window: "day", limit_usd: 5 }] }), catalog, classifier: createHeuristicClassifier(), clock });
    for (const [engine, body] of [
      [withFeatures, { ...request, model: "switchyard/auto" }],
      [withFeatures, { ...request, model: "switchyard/task/translation" }],
      [withFeatures, { ...request, model: "switchyard/tier/budget" }],
      [perTask, request],
    ] as const) {
      const plan = engine.route(body, { labelAfterSend: true });
      expect(plan.completeLabels).toBeUndefined();
      expect(plan.decision.task).toBe("translation");
    }
  });
});
