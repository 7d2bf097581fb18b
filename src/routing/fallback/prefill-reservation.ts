/**
 * What a resumed stream's attempt reads beyond the prompt: the text sent before the cut, as an assistant prefill. Its
 * reservation and its estimate (when it sends no usage) count it, since the model bills it as input (round 26: it was
 * reserved as the prompt alone, so a resume that wrote to its max_tokens was settled above what it held).
 * @module
 */
import { estimateTokens } from "../../classifier/estimate-tokens.js";
import { MAX_BUDGET_USD } from "../../core/money.js";
import { estimatedOutputTokens } from "./answered-model.js";
import type { ChainCandidate } from "../routing-plan.js";

/**
 * The prefill's tokens as a worst case: the tokenizer estimate or the four characters a token the cut attempt was
 * charged at, whichever is more (text in CJK scripts is about a token a character; long words fewer than four).
 */
export function prefillTokens(prefill: string): number {
  return prefill === "" ? 0 : Math.max(estimateTokens(prefill), estimatedOutputTokens(prefill.length));
}

/** `candidate` with its worst case raised by the prefill read at its input price, times the request's tier factor. */
export function withPrefill(candidate: ChainCandidate, prefill: string, priceFactor: number): ChainCandidate {
  const pricing = candidate.model?.pricing;
  const tokens = prefillTokens(prefill);
  if (!pricing || tokens === 0) return candidate;
  const usd = ((tokens * pricing.usdPerMillionInputTokens) / 1_000_000) * priceFactor;
  return { ...candidate, worstCaseCostUsd: Math.min(candidate.worstCaseCostUsd + usd, MAX_BUDGET_USD) };
}
