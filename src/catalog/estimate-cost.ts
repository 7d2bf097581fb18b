/**
 * Worst-case and actual cost of a call, from catalog prices.
 * @module
 */
import { MAX_BUDGET_USD } from "../core/money.js";
import type { Usage } from "../core/types.js";
import type { ModelEntry, ModelPricing } from "./model-entry.js";
import { CACHE_WRITE_MULTIPLE, type CacheWriteAsk } from "./cache-write-ask.js";
import type { WebSearchAsk } from "./web-search-ask.js";

const PER_MILLION = 1_000_000;

/** What OpenRouter bills per web search result with Exa's engine: $4 per 1,000. */
export const USD_PER_WEB_RESULT = 0.004;

/** Prompt tokens reserved for each web search result's text, which OpenRouter adds to the prompt (about 8,000 characters). */
export const TOKENS_PER_WEB_RESULT = 2_000;

/** What the worst case of one call is read from. */
export interface EstimateInput {
  promptTokens: number;
  maxTokens: number;
  imageCount?: number;
  attachmentTokens?: number;
  priceFactor?: number;
  webSearch?: WebSearchAsk;
  /** Non-image parts that name their content by URL: the prompt is then priced as filling the context window. */
  urlAttachments?: number;
  /** The prompt cache the request may write (`cache-write-ask.ts`): its prompt is priced at the write's price. */
  cacheWrite?: CacheWriteAsk;
  /** The audio parts' share of `attachmentTokens`: priced at `pricing.audio` where the model lists one. */
  audioTokens?: number;
}

/**
 * Worst case before the call: prompt tokens (with the attachments' worst case, `attachment-tokens.ts`) at the input
 * price, max_tokens at the output price, plus fees and the web search the request turns on (`web-search-ask.ts`:
 * each result at Exa's price and as prompt tokens, each search at the model's native fee; both, since which engine
 * runs is OpenRouter's choice), all times `priceFactor` (a service tier dearer than the catalog's list prices,
 * `routing/service-tier.ts`). A file or video given by URL (`urlAttachments`) has a size the request does not show, so
 * the prompt is priced at the model's context window less max_tokens, the most it can read. A prompt marked for caching
 * (`cacheWrite`) is priced at the cache write's price, above the input price, on a model that lists a write price;
 * audio parts (`audioTokens`) at `pricing.audio` where it is dearer.
 */
export function estimateWorstCaseCostUsd(
  model: ModelEntry,
  { promptTokens, maxTokens, imageCount = 0, attachmentTokens = 0, priceFactor = 1, webSearch, urlAttachments = 0, cacheWrite = "none", audioTokens = 0 }: EstimateInput,
): number {
  const { pricing } = model;
  const outputPrice = Math.max(pricing.usdPerMillionOutputTokens, pricing.usdPerMillionReasoningTokens);
  const results = webSearch?.results ?? 0;
  const counted = promptTokens + attachmentTokens + results * TOKENS_PER_WEB_RESULT;
  // A file by URL may fill whatever the context window leaves: the most the model reads, whatever the file holds.
  const inputTokens = urlAttachments > 0 ? Math.max(counted, model.contextLength - maxTokens) : counted;
  const inputPrice = promptPrice(pricing, cacheWrite);
  const listed =
    (inputTokens * inputPrice + audioTokens * audioSurcharge(pricing, inputPrice)) / PER_MILLION +
    (maxTokens * outputPrice) / PER_MILLION +
    pricing.usdPerRequest +
    imageCount * pricing.usdPerImage +
    results * USD_PER_WEB_RESULT +
    searchesOf(model, webSearch) * (pricing.usdPerWebSearch ?? 0);
  const worst = priceFactor === 1 ? listed : listed * priceFactor;
  // A catalog row past belief (a context_length of 1e308 priced for a URL file) summed to Infinity, which the ledger
  // reserves as nothing: held at the most any cap counts, it is refused instead.
  return Number.isFinite(worst) ? Math.min(worst, MAX_BUDGET_USD) : MAX_BUDGET_USD;
}

/**
 * The price per million of a prompt that may write the cache `cacheWrite` asks for. A write is billed only by a model
 * that lists its price (`input_cache_write`): OpenAI, DeepSeek and the like cache on their own and bill none, so a
 * Claude Code prompt routed to them is priced at the input price.
 */
export function promptPrice(pricing: ModelPricing, cacheWrite: CacheWriteAsk): number {
  const writes = cacheWrite !== "none" && pricing.usdPerMillionCacheWriteTokens > 0;
  return writes ? Math.max(pricing.usdPerMillionInputTokens * CACHE_WRITE_MULTIPLE[cacheWrite], pricing.usdPerMillionCacheWriteTokens) : pricing.usdPerMillionInputTokens;
}

/** What an audio token costs above the prompt's price (`pricing.audio`; 0 when unlisted or cheaper). */
export function audioSurcharge(pricing: ModelPricing, inputPrice: number): number {
  return Math.max(0, (pricing.usdPerMillionAudioTokens ?? 0) - inputPrice);
}

/**
 * The actual cost of a finished call. OpenRouter's `usage.cost` wins when present; otherwise tokens are priced,
 * with cached input at the cache-read price and reasoning tokens at the reasoning price when it differs.
 * Numbers are the upstream's word, so a negative or non-finite cost or count is not believed: a broken upstream
 * must not write a negative charge into the decision log, the cost header or the reports.
 */
export function actualCostUsd(model: ModelEntry | undefined, usage: Usage | undefined): number {
  if (!usage) return 0;
  if (typeof usage.cost === "number" && Number.isFinite(usage.cost) && usage.cost >= 0) return usage.cost;
  if (!model) return 0;
  const { pricing } = model;
  const prompt = count(usage.prompt_tokens);
  const completion = count(usage.completion_tokens);
  const cached = Math.min(count(usage.prompt_tokens_details?.cached_tokens), prompt);
  const cacheWrite = count(usage.prompt_tokens_details?.cache_write_tokens);
  // Audio input tokens (OpenRouter's `prompt_tokens_details.audio_tokens`) at `pricing.audio`, when listed.
  const audio = Math.min(count(usage.prompt_tokens_details?.audio_tokens), Math.max(0, prompt - cached - cacheWrite));
  const uncached = Math.max(0, prompt - cached - cacheWrite - audio);
  const reasoning = Math.min(count(usage.completion_tokens_details?.reasoning_tokens), completion);
  const reasoningPrice = pricing.usdPerMillionReasoningTokens || pricing.usdPerMillionOutputTokens;
  const cacheReadPrice = pricing.usdPerMillionCacheReadTokens || pricing.usdPerMillionInputTokens;
  const cacheWritePrice = pricing.usdPerMillionCacheWriteTokens || pricing.usdPerMillionInputTokens;
  return (
    (uncached * pricing.usdPerMillionInputTokens +
      cached * cacheReadPrice +
      cacheWrite * cacheWritePrice +
      audio * (pricing.usdPerMillionAudioTokens || pricing.usdPerMillionInputTokens) +
      (completion - reasoning) * pricing.usdPerMillionOutputTokens +
      reasoning * reasoningPrice) /
      PER_MILLION +
    pricing.usdPerRequest
  );
}

/** A token count as reported, or 0 when it is not a finite, non-negative number. */
function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The native searches a call runs: the request's, and at least one on a search model (Perplexity's Sonar, OpenAI's
 * search previews: a search fee and `web_search_options` among its parameters), which searches on every call whatever
 * the request says. A model that lists a fee without that parameter (gpt-5, Claude) searches only when asked.
 */
function searchesOf(model: ModelEntry, webSearch: WebSearchAsk | undefined): number {
  const asked = webSearch?.searches ?? 0;
  return asked === 0 && (model.pricing.usdPerWebSearch ?? 0) > 0 && model.supportedParameters.includes("web_search_options") ? 1 : asked;
}
