import { describe, expect, it } from "vitest";
import { LATEST_CATALOG, readJson } from "../../test/support/shared-data.js";
import { estimateWorstCaseCostUsd } from "./estimate-cost.js";
import { parseCatalog } from "./parse-catalog.js";
import type { ModelEntry } from "./model-entry.js";

const models = new Map(parseCatalog(readJson(LATEST_CATALOG)).models.map((model) => [model.id, model]));
function model(id: string): ModelEntry {
  const found = models.get(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}
const plainCall = (entry: ModelEntry): number => estimateWorstCaseCostUsd(entry, { promptTokens: 100, maxTokens: 100 });
const tokensOnly = (entry: ModelEntry): number => (100 * entry.pricing.usdPerMillionInputTokens + 100 * Math.max(entry.pricing.usdPerMillionOutputTokens, entry.pricing.usdPerMillionReasoningTokens)) / 1e6 + entry.pricing.usdPerRequest;

describe("a search model, which searches on every call", () => {
  it("reserves its search fee though the request turns no search on (it reserved the tokens alone: $0.035 billed beside $0.001)", () => {
    for (const id of ["openai/gpt-4o-search-preview", "openai/gpt-4o-mini-search-preview", "perplexity/sonar", "perplexity/sonar-pro"]) {
      const entry = model(id);
      expect(plainCall(entry) - tokensOnly(entry)).toBeCloseTo(entry.pricing.usdPerWebSearch ?? Number.NaN, 9);
    }
  });

  it("reserves none for a model that searches only when asked, though it lists a search fee", () => {
    for (const id of ["openai/gpt-5", "anthropic/claude-sonnet-4.6", "openai/gpt-4o"]) expect(plainCall(model(id))).toBeCloseTo(tokensOnly(model(id)), 12);
  });
});
