/**
 * The `model` variant: the experiment's model goes first and the tier's chain stays behind it as fallbacks.
 * When the model cannot serve this request (not in the catalog, a missing capability, too small a context,
 * above `max_cost_usd`) the chain is left as it is and a reason says why; the request stays in the variant
 * arm, since that is what graduating the variant would do to it too (intent-to-treat).
 * @module
 */
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import { webSearchForId } from "../../catalog/web-search-ask.js";
import { explainRejection } from "../../catalog/model-catalog.js";
import type { ChainCandidate, ChainContext } from "../routing-plan.js";

/** What is needed to price and check the variant's model. `reasons` is appended to. */
export type VariantModelInput = ChainContext;

/** The chain with `modelId` first (and not repeated further down), or the chain unchanged with a reason. */
export function prependVariantModel(chain: readonly ChainCandidate[], modelId: string, input: VariantModelInput): ChainCandidate[] {
  const model = input.catalog.get(modelId);
  if (!model) {
    input.reasons.push(`The variant model ${modelId} is not in the catalog, so the tier's chain is used.`);
    return [...chain];
  }
  const rejection = explainRejection(model, { ...input.filter, includeFree: true }, input.now);
  if (rejection) {
    input.reasons.push(`The variant model cannot serve this request (${rejection}), so the tier's chain is used.`);
    return [...chain];
  }
  const maxTokens = Math.max(1, Math.min(input.maxTokens, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY));
  const worstCaseCostUsd = estimateWorstCaseCostUsd(model, { promptTokens: input.promptTokens, maxTokens, imageCount: input.imageCount, attachmentTokens: input.attachmentTokens, audioTokens: input.audioTokens, webSearch: webSearchForId(input.webSearch, modelId), urlAttachments: input.urlAttachments, cacheWrite: input.cacheWrite, priceFactor: input.priceFactor });
  if (input.maxCostUsd !== undefined && worstCaseCostUsd > input.maxCostUsd) {
    input.reasons.push(`The variant model ${modelId} may cost $${worstCaseCostUsd.toFixed(6)}, above max_cost_usd $${input.maxCostUsd}, so the tier's chain is used.`);
    return [...chain];
  }
  const candidate: ChainCandidate = { id: modelId, model, maxTokens, worstCaseCostUsd };
  return [candidate, ...chain.filter((other) => other.id !== modelId)];
}
