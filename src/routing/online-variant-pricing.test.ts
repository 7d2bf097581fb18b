import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { USD_PER_WEB_RESULT } from "../catalog/estimate-cost.js";
import { NO_WEB_SEARCH } from "../catalog/web-search-ask.js";
import { keepConversationModel } from "./affinity/keep-conversation-model.js";
import { prependVariantModel } from "./experiments/prepend-variant-model.js";
import type { ChainCandidate, ChainContext } from "./routing-plan.js";

const catalog = builtinCatalog();
const context = (): ChainContext => ({ catalog, filter: { needs: [], minContext: 2_000, includeFree: false }, promptTokens: 1_000, maxTokens: 100, imageCount: 0, attachmentTokens: 0, audioTokens: 0, webSearch: NO_WEB_SEARCH, urlAttachments: 0, cacheWrite: "none", priceFactor: 1, maxCostUsd: undefined, now: Date.now(), reasons: [] });
const plain: ChainCandidate = { id: "openai/gpt-4.1-nano", model: catalog.get("openai/gpt-4.1-nano"), maxTokens: 100, worstCaseCostUsd: 0.0001 };

// A `:online` id runs OpenRouter's web search whatever the request says: the tier's chain reserves it (build-chain.ts),
// but a conversation kept on one, or an experiment's variant model written as one, reserved the tokens alone.
describe("a :online model reached other than through a tier's chain", () => {
  it("reserves its web search when a conversation is kept on it", () => {
    const { chain } = keepConversationModel([plain], { model: "openai/gpt-5-nano:online", promptTokens: 1_000 }, context());
    expect(chain[0]?.id).toBe("openai/gpt-5-nano:online");
    expect(chain[0]?.worstCaseCostUsd).toBeGreaterThanOrEqual(5 * USD_PER_WEB_RESULT);
  });

  it("reserves its web search when an experiment's variant model is one", () => {
    const chain = prependVariantModel([plain], "openai/gpt-5-nano:online", context());
    expect(chain[0]?.id).toBe("openai/gpt-5-nano:online");
    expect(chain[0]?.worstCaseCostUsd).toBeGreaterThanOrEqual(5 * USD_PER_WEB_RESULT);
  });

  it("reserves none for the same models without the variant", () => {
    expect(keepConversationModel([plain], { model: "openai/gpt-5-nano", promptTokens: 1_000 }, context()).chain[0]?.worstCaseCostUsd).toBeLessThan(0.001);
    expect(prependVariantModel([plain], "openai/gpt-5-nano", context())[0]?.worstCaseCostUsd).toBeLessThan(0.001);
  });
});
