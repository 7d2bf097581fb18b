import { describe, expect, it } from "vitest";
import { builtinCatalog } from "./builtin-catalog.js";
import { estimateWorstCaseCostUsd, USD_PER_WEB_RESULT } from "./estimate-cost.js";
import { NO_WEB_SEARCH, readWebSearchAsk } from "./web-search-ask.js";
import { readCacheWriteAsk } from "./cache-write-ask.js";

describe("readWebSearchAsk", () => {
  it("reads every way a chat body turns OpenRouter's paid web search on", () => {
    expect(readWebSearchAsk({ plugins: [{ id: "web" }] })).toEqual({ searches: 1, results: 5 });
    expect(readWebSearchAsk({ plugins: [{ id: "web", max_results: 20, max_uses: 3 }] })).toEqual({ searches: 3, results: 60 });
    expect(readWebSearchAsk({ model: "openai/gpt-5-nano:online" })).toEqual({ searches: 1, results: 5 });
    expect(readWebSearchAsk({ model: "x/y:free:online" })).toEqual({ searches: 1, results: 5 });
    expect(readWebSearchAsk({ models: ["a/b", "c/d:online"] })).toEqual({ searches: 1, results: 5 });
    expect(readWebSearchAsk({ web_search_options: { search_context_size: "high" } })).toEqual({ searches: 1, results: 5 });
    expect(readWebSearchAsk({ tools: [{ type: "openrouter:web_search", parameters: { max_results: 8, max_uses: 1 } }] })).toEqual({ searches: 1, results: 8 });
    // The plugin's own settings win over the `:online` shortcut it spells out.
    expect(readWebSearchAsk({ model: "a/b:online", plugins: [{ id: "web", max_results: 2 }] })).toEqual({ searches: 1, results: 2 });
  });

  it("reads nothing where nothing asks, and bounds hostile counts", () => {
    for (const body of [{}, { plugins: [{ id: "web", enabled: false }] }, { plugins: [{ id: "file-parser" }] }, { plugins: "web" }, { model: "online/model" }, { web_search_options: null }, { tools: [{ type: "function", function: { name: "web_search" } }] }]) {
      expect(readWebSearchAsk(body)).toEqual(NO_WEB_SEARCH);
    }
    expect(readWebSearchAsk({ plugins: [{ id: "web", max_results: 1e308, max_uses: "9" }] })).toEqual({ searches: 1, results: 1_000 });
    expect(readWebSearchAsk({ plugins: [{ id: "web", max_results: -3 }] })).toEqual({ searches: 1, results: 5 });
  });

  it("prices the results, their text and the native fee into the worst case", () => {
    const model = builtinCatalog().get("openai/gpt-5-nano");
    if (!model) throw new Error("missing model");
    const plain = estimateWorstCaseCostUsd(model, { promptTokens: 10, maxTokens: 100 });
    const searched = estimateWorstCaseCostUsd(model, { promptTokens: 10, maxTokens: 100, webSearch: { searches: 1, results: 5 } });
    expect(searched - plain).toBeGreaterThanOrEqual(5 * USD_PER_WEB_RESULT);
    const native = estimateWorstCaseCostUsd({ ...model, pricing: { ...model.pricing, usdPerWebSearch: 0.01 } }, { promptTokens: 10, maxTokens: 100, webSearch: { searches: 2, results: 10 } });
    expect(native - plain).toBeGreaterThanOrEqual(10 * USD_PER_WEB_RESULT + 0.02);
  });
});

describe("a file given by URL in the worst case", () => {
  it("prices the prompt as filling the context window the answer leaves, and only then", () => {
    const model = builtinCatalog().get("openai/gpt-5-nano");
    if (!model) throw new Error("missing model");
    const read = (urlAttachments: number): number => estimateWorstCaseCostUsd(model, { promptTokens: 10, maxTokens: 100, urlAttachments });
    expect(read(0)).toBeLessThan(0.0001);
    expect(read(1)).toBeCloseTo(((model.contextLength - 100) * model.pricing.usdPerMillionInputTokens + 100 * model.pricing.usdPerMillionOutputTokens) / 1e6 + model.pricing.usdPerRequest, 9);
    expect(read(3)).toBe(read(1));
  });
});

describe("a prompt the request asks to cache", () => {
  it("is priced at the cache write's multiple of the input price", () => {
    const model = builtinCatalog().get("anthropic/claude-haiku-4.5");
    if (!model) throw new Error("missing model");
    const input = (promptTokens: number): number => (promptTokens * model.pricing.usdPerMillionInputTokens) / 1e6;
    const read = (cacheWrite: "none" | "5m" | "1h"): number => estimateWorstCaseCostUsd(model, { promptTokens: 100_000, maxTokens: 1, cacheWrite });
    expect(read("5m") - read("none")).toBeCloseTo(input(100_000) * 0.25, 9);
    expect(read("1h") - read("none")).toBeCloseTo(input(100_000), 9);
    const dear = { ...model, pricing: { ...model.pricing, usdPerMillionCacheWriteTokens: model.pricing.usdPerMillionInputTokens * 1.5 } };
    expect(estimateWorstCaseCostUsd(dear, { promptTokens: 100_000, maxTokens: 1, cacheWrite: "5m" }) - read("none")).toBeCloseTo(input(100_000) * 0.5, 9);
  });

  it("reads the marks a chat body carries", () => {
    expect(readCacheWriteAsk({ messages: [{ role: "user", content: "hi" }] })).toBe("none");
    expect(readCacheWriteAsk({ cache_control: { type: "ephemeral" }, messages: [] })).toBe("5m");
    expect(readCacheWriteAsk({ messages: [{ role: "user", content: [{ type: "text", text: "a", cache_control: { type: "ephemeral" } }] }] })).toBe("5m");
    expect(readCacheWriteAsk({ messages: [{ role: "system", content: [{ type: "text", text: "a", cache_control: { type: "ephemeral", ttl: "1h" } }] }, { role: "user", content: [{ type: "text", text: "b", cache_control: { type: "ephemeral" } }] }] })).toBe("1h");
  });
});
