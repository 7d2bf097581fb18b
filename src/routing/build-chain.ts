/**
 * Builds the ordered candidate chain for a routing mode, filtered by the request's needs and cost cap.
 * @module
 */
import { authoredId } from "../catalog/authored-id.js";
import { estimateWorstCaseCostUsd } from "../catalog/estimate-cost.js";
import { webSearchForId } from "../catalog/web-search-ask.js";
import { explainRejection, passesFilter, type ModelFilter } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { TierConfig } from "../config/config-schema.js";
import { ContextTooLargeError, NoRouteError } from "../core/errors/index.js";
import { dearestModel, worstCaseOf } from "./client-fallbacks.js";
import type { ModelRequest } from "./parse-model-name.js";
import { cheapestMatching, resolveChain } from "./resolve-chain.js";
import { resolveChainRemembered } from "./resolved-chain-memo.js";
import type { ChainCandidate, ChainContext } from "./routing-plan.js";

/** Inputs of buildChain. `reasons` is appended to. */
export interface BuildChainInput extends ChainContext {
  named: ModelRequest;
  givenTier: string | undefined;
  tierConfig: TierConfig | undefined;
  tier: string;
}

/** The candidates, first choice first. Throws NoRouteError naming the requirement when none fits. */
export function buildChain(input: BuildChainInput): ChainCandidate[] {
  const { named, reasons } = input;
  if (named.mode === "explicit" && input.givenTier === undefined) return [explicitCandidate(input, named.id)];
  const models = named.mode === "cheapest" && input.givenTier === undefined ? cheapestModels(input) : tierModels(input);
  const candidates = models.map((model) => toCandidate(input, model, model.id + variantSuffix(input.tierConfig)));
  const affordable = applyCostCap(input, candidates);
  const first = affordable[0];
  if (!first) throw noRoute(input);
  reasons.push(`${first.id} is the first model of the chain that meets every need; estimated worst case $${first.worstCaseCostUsd.toFixed(6)}.`);
  return affordable;
}

function tierModels(input: BuildChainInput): ModelEntry[] {
  const { tierConfig, tier, catalog, filter, now, reasons } = input;
  if (!tierConfig) throw new NoRouteError(`The tier ${tier} has no models configured.`, "tier");
  const resolved = resolveChainRemembered({ entries: tierConfig.models, catalog, filter, now });
  reasons.push(...resolved.skipped);
  if (resolved.models.length > 0) return resolved.models;
  // The tier has nothing that fits. When only the context window is the problem, widen to the cheapest model
  // that has room, as PRODUCT §2 asks for context_length_exceeded.
  const wider = cheapestMatching(catalog, filter, now);
  const fitsWithoutContext = resolveChain({ entries: tierConfig.models, catalog, filter: { ...filter, minContext: 0 }, now });
  if (wider && fitsWithoutContext.models.length > 0) {
    reasons.push(`No ${tier} model has a ${filter.minContext}-token context, so the chain widens to ${wider.id}, the cheapest model that does.`);
    return [wider];
  }
  return [];
}

function cheapestModels(input: BuildChainInput): ModelEntry[] {
  const { catalog, filter, now, reasons } = input;
  // Ranked without the URL files' worst case, the model's whole context window: it put the smallest windows first (a
  // 4,096-token model chosen to read a PDF). Each chosen candidate still reserves it (`toCandidate`).
  const cost = (model: ModelEntry): number =>
    estimateWorstCaseCostUsd(model, { promptTokens: input.promptTokens, maxTokens: input.maxTokens, imageCount: input.imageCount, attachmentTokens: input.attachmentTokens, audioTokens: input.audioTokens, webSearch: input.webSearch, cacheWrite: input.cacheWrite, priceFactor: input.priceFactor });
  const ranked = catalog
    .list()
    .filter((model) => passesFilter(model, filter, now))
    .map((model) => ({ model, cost: cost(model) }))
    .sort((a, b) => a.cost - b.cost || a.model.id.localeCompare(b.model.id))
    .slice(0, 4)
    .map((entry) => entry.model);
  reasons.push(`switchyard/cheapest ranks every catalog model that meets the needs by this request's worst-case cost.`);
  return ranked;
}

function explicitCandidate(input: BuildChainInput, id: string): ChainCandidate {
  const model = input.catalog.get(id);
  if (model?.isRouter) {
    // A router slug (openrouter/auto) may answer with any model: budget it as the dearest one.
    input.reasons.push(`The request names ${id}, a router that may pick any model, so it passes through budgeted at the catalog's highest price.`);
    return { id, model: undefined, ...pricedAs(dearestModel(input.catalog)), maxTokens: input.maxTokens, worstCaseCostUsd: worstCaseOf(id, input) };
  }
  if (model) {
    const rejection = explainRejection(model, { ...input.filter, includeFree: true }, input.now);
    input.reasons.push(
      rejection
        ? `The request names ${id} explicitly; note that ${rejection}, but it is passed through as asked.`
        : `The request names ${id} explicitly, so it passes through.`,
    );
    return toCandidate(input, model, id);
  }
  const authored = authoredId(input.catalog, id);
  if (authored) {
    input.reasons.push(`${id} names no model on OpenRouter without its author; the catalog's ${authored} has that name, so it is called.`);
    return explicitCandidate(input, authored);
  }
  // Not in the catalog: pass it through (the catalog may be stale) and budget it at the dearest known price.
  const dearest = dearestModel(input.catalog);
  input.reasons.push(`${id} is not in the catalog; it passes through, and its cost is estimated at the catalog's highest price.`);
  const candidate = dearest ? toCandidate(input, dearest, id) : { id, model: undefined, maxTokens: input.maxTokens, worstCaseCostUsd: 0 };
  return { ...candidate, model: undefined, ...pricedAs(dearest) };
}

/** The model a candidate without an entry is priced as, when the catalog has one. */
function pricedAs(model: ModelEntry | undefined): { pricedAs?: ModelEntry } {
  return model ? { pricedAs: model } : {};
}

function toCandidate(input: BuildChainInput, model: ModelEntry, id: string): ChainCandidate {
  const limit = model.maxCompletionTokens ?? Number.POSITIVE_INFINITY;
  const maxTokens = Math.max(1, Math.min(input.maxTokens, limit));
  return {
    id,
    model,
    maxTokens,
    worstCaseCostUsd: estimateWorstCaseCostUsd(model, { promptTokens: input.promptTokens, maxTokens, imageCount: input.imageCount, attachmentTokens: input.attachmentTokens, audioTokens: input.audioTokens, webSearch: webSearchForId(input.webSearch, id), urlAttachments: input.urlAttachments, cacheWrite: input.cacheWrite, priceFactor: input.priceFactor }),
  };
}

function applyCostCap(input: BuildChainInput, candidates: ChainCandidate[]): ChainCandidate[] {
  const cap = input.maxCostUsd;
  if (cap === undefined) return candidates;
  return candidates.filter((candidate) => {
    if (candidate.worstCaseCostUsd <= cap) return true;
    input.reasons.push(`${candidate.id} may cost $${candidate.worstCaseCostUsd.toFixed(6)}, above max_cost_usd $${cap}, so it was skipped.`);
    return false;
  });
}

function variantSuffix(tierConfig: TierConfig | undefined): string {
  return tierConfig?.variant ? `:${tierConfig.variant}` : "";
}

function noRoute(input: BuildChainInput): NoRouteError {
  const { filter, maxCostUsd, tier } = input;
  const requirement = describeBlockingRequirement(input);
  if (requirement === `context >= ${filter.minContext}`) return contextTooLarge(input, requirement);
  const where = input.named.mode === "cheapest" ? "in the catalog" : `in the ${tier} tier`;
  const detail = input.reasons.filter((reason) => reason.includes("skipped")).slice(0, 8).join(" ");
  return new NoRouteError(
    `No model ${where} meets the requirement ${requirement}` +
      `${maxCostUsd !== undefined && !requirement.startsWith("max_cost_usd") ? ` within max_cost_usd $${maxCostUsd}` : ""}` +
      ` (needs: ${(filter.needs ?? []).join(", ") || "none"}; context >= ${filter.minContext}). ${detail}`.trimEnd(),
    requirement,
  );
}

/** No model that meets the other needs has room: names the largest there is, with the prompt's size and the answer's room. */
function contextTooLarge(input: BuildChainInput, requirement: string): ContextTooLargeError {
  const { catalog, filter, now, promptTokens, maxTokens } = input;
  const largest = catalog
    .list()
    .filter((model) => passesFilter(model, { ...filter, minContext: 0 }, now))
    .reduce<ModelEntry | undefined>((best, model) => (!best || model.contextLength > best.contextLength ? model : best), undefined);
  const room = largest ? ` The largest context of a model that meets the request's needs is ${largest.contextLength} tokens (${largest.id}).` : "";
  return new ContextTooLargeError(
    `The prompt is about ${promptTokens} tokens and leaves room for ${maxTokens} to answer (${filter.minContext} in all): no model has a context that large.${room} Shorten the conversation or lower max_tokens.`,
    requirement,
  );
}

function describeBlockingRequirement(input: BuildChainInput): string {
  const { catalog, filter, now, maxCostUsd } = input;
  const any = (f: ModelFilter): boolean => cheapestMatching(catalog, f, now) !== undefined;
  for (const need of filter.needs ?? []) if (!any({ ...filter, needs: [need], minContext: 0 })) return need;
  if (!any({ ...filter, minContext: 0 })) return (filter.needs ?? []).join(" + ") || "allowed authors";
  if (!any(filter)) return `context >= ${filter.minContext}`;
  if (maxCostUsd !== undefined) return `max_cost_usd <= ${maxCostUsd}`;
  return `context >= ${filter.minContext} with ${(filter.needs ?? []).join(", ") || "no extra needs"}`;
}
