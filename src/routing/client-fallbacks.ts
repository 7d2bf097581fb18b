/**
 * What a request may cost when OpenRouter itself can switch models. A request's own `models` list (OpenRouter's
 * fallback, passed through) lets the upstream answer with any of those ids, and a router slug (`openrouter/auto`)
 * with any model at all, so each attempt reserves the dearest of them: a hard cap must hold whichever model answers
 * (PRODUCT §3), and the answer is then charged to the model that did (`answered-model.ts`).
 * @module
 */
import { estimateWorstCaseCostUsd } from "../catalog/estimate-cost.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { ChainCandidate, ChainContext } from "./routing-plan.js";

/** The catalog's dearest real model (by output price): how an unknown id or a router slug is budgeted. */
export function dearestModel(catalog: ModelCatalog): ModelEntry | undefined {
  return catalog.list().reduce<ModelEntry | undefined>((worst, candidate) => {
    if (candidate.isRouter) return worst;
    const price = candidate.pricing.usdPerMillionOutputTokens;
    return !worst || price > worst.pricing.usdPerMillionOutputTokens ? candidate : worst;
  }, undefined);
}

/** Each candidate reserves at least the worst case of the dearest model the request's `models` list names. */
export function reserveForClientFallbacks(chain: ChainCandidate[], models: readonly string[] | undefined, context: ChainContext): ChainCandidate[] {
  if (!models || models.length === 0) return chain;
  const worst = Math.max(...models.map((id) => worstCaseOf(id, context)));
  if (!chain.some((candidate) => candidate.worstCaseCostUsd < worst)) return chain;
  context.reasons.push(`The request's models list lets OpenRouter answer with ${models.join(", ")}, so each attempt reserves the dearest of them: $${worst.toFixed(6)}.`);
  return chain.map((candidate) => (candidate.worstCaseCostUsd >= worst ? candidate : { ...candidate, worstCaseCostUsd: worst }));
}

/** The worst case of one id: its own prices, or the dearest model's when it is unknown or a router slug. */
export function worstCaseOf(id: string, context: ChainContext): number {
  const known = context.catalog.get(id);
  const model = known && !known.isRouter ? known : dearestModel(context.catalog);
  if (!model) return 0;
  const maxTokens = Math.max(1, Math.min(context.maxTokens, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY));
  return estimateWorstCaseCostUsd(model, { promptTokens: context.promptTokens, maxTokens, imageCount: context.imageCount, attachmentTokens: context.attachmentTokens, audioTokens: context.audioTokens, webSearch: context.webSearch, urlAttachments: context.urlAttachments, cacheWrite: context.cacheWrite, priceFactor: context.priceFactor });
}
