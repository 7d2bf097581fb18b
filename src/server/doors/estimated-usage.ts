/**
 * The usage a door reports when the upstream sent none (a stream cut after content, or an upstream that omits
 * usage): the estimates the request's cost was charged on (`partialCostUsd`), so the tokens beside a non-zero
 * `cost_usd` are never zero. Every translating door reports the same figures.
 * @module
 */
import type { Usage } from "../../core/types.js";
import { estimatedOutputTokens } from "../../routing/fallback/answered-model.js";

/** The upstream's usage, else the gateway's count of the prompt and about four characters a token of the text sent. */
export function usageOrEstimate(usage: Usage | undefined, promptTokens: number | undefined, text: string): Usage {
  if (usage) return usage;
  const prompt = promptTokens ?? 0;
  const completion = estimatedOutputTokens(text.length);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
