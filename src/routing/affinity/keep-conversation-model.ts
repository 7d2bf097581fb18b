/**
 * The affinity step of routing: the conversation's model goes first and the routed chain stays behind it as
 * fallbacks. The model is priced with the prompt cache in mind (the previous turn's prompt is a cached prefix,
 * read at the catalog's `input_cache_read` price), so the reasons say what staying costs against moving.
 * When the model cannot serve this turn the chain is left as it is, with a reason.
 * @module
 */
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import { webSearchForId } from "../../catalog/web-search-ask.js";
import { explainRejection } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import type { AffinityDecision, ChainCandidate, ChainContext } from "../routing-plan.js";
import type { ChatMessage } from "../../core/types.js";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { resolveMaxTokens } from "../read-what-was-asked.js";
import { sameModel, type AffinityInput } from "./conversation-affinity.js";

export type { AffinityDecision } from "../routing-plan.js";

/** The chain with the conversation's model first, or unchanged with a reason. */
export function keepConversationModel(
  chain: readonly ChainCandidate[],
  memory: AffinityInput,
  input: ChainContext,
  messages: readonly ChatMessage[] = [],
  withinChain = false,
  requestedMaxTokens?: number,
  keptTier?: SwitchyardConfig["tiers"][string],
): { chain: ChainCandidate[]; affinity: AffinityDecision } {
  const id = memory.model;
  const routed = chain[0];
  if (withinChain && !chain.some((candidate) => sameModel(candidate.id, id))) {
    input.reasons.push(`The conversation was on ${id}, which is not among the models of the tier this request names, so this request uses that tier's chain and the conversation keeps its model.`);
    return { chain: [...chain], affinity: { model: id, kept: false, outsideNamedTier: true } };
  }
  const model = input.catalog.get(id) ?? input.catalog.get(id.split(":")[0] ?? id);
  if (!model) {
    input.reasons.push(`The conversation was on ${id}, which the catalog no longer lists, so it moves to the routed chain.`);
    return { chain: [...chain], affinity: { model: id, kept: false } };
  }
  if (memory.circuitOpen) {
    input.reasons.push(`The conversation was on ${id}, whose circuit is open (it failed repeatedly and is skipped until its cooldown ends), so it moves to the routed chain.`);
    return { chain: [...chain], affinity: { model: id, kept: false } };
  }
  // Free models pass here: whether a tier still allows this one was asked before (affinity-home.ts).
  const rejection = explainRejection(model, { ...input.filter, includeFree: true }, input.now);
  if (rejection) {
    input.reasons.push(`The conversation was on ${id}, which cannot serve this turn (${rejection}), so it moves to the routed chain.`);
    return { chain: [...chain], affinity: { model: id, kept: false } };
  }
  // The kept model answers with the limits of the tier it was chosen on (`keptTier`), not of the tier this turn reads
  // as (a "thanks" reads as budget; a coding session's next long tool call must not be cut at budget's cap), applied
  // to this turn's own max_tokens: an earlier turn's small max_tokens is never carried over.
  const tierCap = !withinChain && keptTier ? resolveMaxTokens(requestedMaxTokens, keptTier, []) : input.maxTokens;
  const maxTokens = Math.max(1, Math.min(tierCap, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY));
  const worstCaseCostUsd = estimateWorstCaseCostUsd(model, { promptTokens: input.promptTokens, maxTokens, imageCount: input.imageCount, attachmentTokens: input.attachmentTokens, audioTokens: input.audioTokens, webSearch: webSearchForId(input.webSearch, id), urlAttachments: input.urlAttachments, cacheWrite: input.cacheWrite, priceFactor: input.priceFactor });
  if (input.maxCostUsd !== undefined && worstCaseCostUsd > input.maxCostUsd) {
    input.reasons.push(`The conversation was on ${id}, which may cost $${worstCaseCostUsd.toFixed(6)} this turn, above max_cost_usd, so it moves to the routed chain.`);
    return { chain: [...chain], affinity: { model: id, kept: false } };
  }
  const cachedTokens = Math.min(memory.promptTokens, input.promptTokens);
  const stayUsd = expectedTurnCostUsd(model, input.promptTokens, cachedTokens, maxTokens);
  const moveUsd = routed?.model ? expectedTurnCostUsd(routed.model, input.promptTokens, 0, routed.maxTokens) : undefined;
  if (memory.moveWhenCheaper && routed && moveUsd !== undefined && moveUsd < stayUsd && !sameModel(routed.id, id) && atUserTurn(messages)) {
    input.reasons.push(
      `The conversation was on ${id} (about $${stayUsd.toFixed(6)} this turn with ${cachedTokens} cached tokens), but this new user turn costs about $${moveUsd.toFixed(6)} on ${routed.id}, so it moves (affinity.move_when_cheaper).`,
    );
    return { chain: [...chain], affinity: { model: id, kept: false, movedForCost: true, stayUsd, moveUsd } };
  }
  input.reasons.push(describe(id, routed, cachedTokens, stayUsd, moveUsd));
  const candidate: ChainCandidate = { id, model, maxTokens, worstCaseCostUsd };
  return {
    chain: [candidate, ...chain.filter((other) => !sameModel(other.id, id))],
    affinity: { model: id, kept: true, stayUsd, ...(moveUsd !== undefined ? { moveUsd } : {}), ...(!withinChain && memory.tier !== undefined ? { tier: memory.tier } : {}) },
  };
}

/** True when the turn starts with the user's own words: no tool result since the last assistant message. */
export function atUserTurn(messages: readonly ChatMessage[]): boolean {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const role = messages[index]?.role;
    if (role === "tool") return false;
    if (role === "assistant") return true;
  }
  return true;
}

/**
 * The expected input-side cost of a turn plus a quarter of the output cap (an agent turn rarely fills it):
 * cached prefix tokens at the cache-read price (the input price when the model has none), the rest at the input price.
 */
export function expectedTurnCostUsd(model: ModelEntry, promptTokens: number, cachedTokens: number, maxTokens: number): number {
  const { pricing } = model;
  const cacheRead = pricing.usdPerMillionCacheReadTokens > 0 ? pricing.usdPerMillionCacheReadTokens : pricing.usdPerMillionInputTokens;
  const fresh = Math.max(0, promptTokens - cachedTokens);
  return (cachedTokens * cacheRead + fresh * pricing.usdPerMillionInputTokens + (maxTokens / 4) * pricing.usdPerMillionOutputTokens) / 1_000_000 + pricing.usdPerRequest;
}

function describe(id: string, routed: ChainCandidate | undefined, cachedTokens: number, stayUsd: number, moveUsd: number | undefined): string {
  const stay = `The conversation stays on ${id} (affinity): about $${stayUsd.toFixed(6)} this turn with ${cachedTokens} cached prompt tokens`;
  if (!routed || sameModel(routed.id, id) || moveUsd === undefined) return `${stay}.`;
  const verdict = stayUsd <= moveUsd ? "cheaper than" : "dearer than";
  return `${stay}, ${verdict} moving to ${routed.id} at about $${moveUsd.toFixed(6)} with a cold cache.`;
}
