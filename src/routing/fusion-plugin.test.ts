import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { defaultConfig } from "../config/parse-config.js";
import type { ChatRequest } from "../core/types.js";
import { createRequestRouter } from "./request-router.js";

const router = createRequestRouter({ config: defaultConfig(), catalog: builtinCatalog(), classifier: createHeuristicClassifier(), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
const reserved = (extra: Record<string, unknown>): number => {
  const request = { model: "openai/gpt-5-nano", max_tokens: 500, messages: [{ role: "user", content: "Compare these two databases." }], ...extra } as unknown as ChatRequest;
  return router.route(request).chain[0]?.worstCaseCostUsd ?? 0;
};

// OpenRouter's fusion plugin runs a panel of models (by default three frontier ones) with web search, then an analyst:
// all billed to the request, which reserved the named model's tokens alone.
describe("OpenRouter's fusion plugin in the reservation", () => {
  it("reserves each panelist's and the analyst's calls beside the routed model's", () => {
    const plain = reserved({});
    // One panelist and the analyst, both gpt-5-nano, one step each and no tools: two calls, and the synthesis.
    const small = reserved({ plugins: [{ id: "fusion", analysis_models: ["openai/gpt-5-nano"], model: "openai/gpt-5-nano", max_tool_calls: 1, tools: [] }] });
    expect(small).toBeCloseTo(4 * plain, 12);
    // The default panel (models the built-in catalog does not list, so priced as its dearest), four steps with search.
    expect(reserved({ plugins: [{ id: "fusion" }] })).toBeGreaterThan(100 * plain);
  });

  it("reserves nothing more when the plugin is off or absent", () => {
    expect(reserved({ plugins: [{ id: "fusion", enabled: false }] })).toBe(reserved({}));
    expect(reserved({ plugins: [{ id: "response-healing" }] })).toBe(reserved({}));
  });
});
