/**
 * Worst-case and actual cost of a call, from catalog prices.
 * @module
 */
import type { Usage } from "../core/types.js";
import type { ModelEntry } from "./model-entry.js";

const PER_MILLION = 1_000_000;

/** Worst case before the call: prompt tokens at the input price, max_tokens at the output price, plus fees. */
export function estimateWorstCaseCostUsd(
  model: ModelEntry,
  { promptTokens, maxTokens, imageCount = 0 }: { promptTokens: number; maxTokens: number; imageCount?: number },
): number {
  const { pricing } = model;
  const outputPrice = Math.max(pricing.usdPerMillionOutputTokens, pricing.usdPerMillionReasoningTokens);
  return (
    (promptTokens * pricing.usdPerMillionInputTokens) / PER_MILLION +
    (maxTokens * outputPrice) / PER_MILLION +
    pricing.usdPerRequest +
    imageCount * pricing.usdPerImage
  );
}

/**
 * The actual cost of a finished call. OpenRouter's `usage.cost` wins when present; otherwise tokens are priced,
 * with cached input at the cache-read price and reasoning tokens at the reasoning price when it differs.
 */
export function actualCostUsd(model: ModelEntry | undefined, usage: Usage | undefined): number {
  if (!usage) return 0;
  if (typeof usage.cost === "number" && Number.isFinite(usage.cost)) return usage.cost;
  if (!model) return 0;
  const { pricing } = model;
  const cached = Math.min(usage.prompt_tokens_details?.cached_tokens ?? 0, usage.prompt_tokens);
  const cacheWrite = usage.prompt_tokens_details?.cache_write_tokens ?? 0;
  const uncached = Math.max(0, usage.prompt_tokens - cached - cacheWrite);
  const reasoning = Math.min(usage.completion_tokens_details?.reasoning_tokens ?? 0, usage.completion_tokens);
  const reasoningPrice = pricing.usdPerMillionReasoningTokens || pricing.usdPerMillionOutputTokens;
  const cacheReadPrice = pricing.usdPerMillionCacheReadTokens || pricing.usdPerMillionInputTokens;
  const cacheWritePrice = pricing.usdPerMillionCacheWriteTokens || pricing.usdPerMillionInputTokens;
  return (
    (uncached * pricing.usdPerMillionInputTokens +
      cached * cacheReadPrice +
      cacheWrite * cacheWritePrice +
      (usage.completion_tokens - reasoning) * pricing.usdPerMillionOutputTokens +
      reasoning * reasoningPrice) /
      PER_MILLION +
    pricing.usdPerRequest
  );
}
