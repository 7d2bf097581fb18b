/**
 * The normalized catalog entry every layer works with. Prices are USD per million tokens.
 * @module
 */
import type { Capability } from "../core/types.js";

/** Prices of one model, normalized from OpenRouter's per-token strings. */
export interface ModelPricing {
  usdPerMillionInputTokens: number;
  usdPerMillionOutputTokens: number;
  /** Flat fee per request. */
  usdPerRequest: number;
  /** Fee per input image. */
  usdPerImage: number;
  usdPerMillionCacheReadTokens: number;
  usdPerMillionCacheWriteTokens: number;
  /** Price of internal reasoning tokens; 0 means they cost as output tokens. */
  usdPerMillionReasoningTokens: number;
  /** Price of audio input tokens (`pricing.audio`), when the model lists one; else audio costs as input tokens. */
  usdPerMillionAudioTokens?: number;
  /** Fee per native web search (`pricing.web_search`), when the model lists one. */
  usdPerWebSearch?: number;
}

/** One model of the catalog. */
export interface ModelEntry {
  id: string;
  name: string;
  /** The id's prefix, e.g. `openai` for `openai/gpt-5`. */
  author: string;
  contextLength: number;
  /** The top provider's output cap, when known. */
  maxCompletionTokens: number | null;
  pricing: ModelPricing;
  capabilities: Capability[];
  inputModalities: string[];
  supportedParameters: string[];
  /** ISO date after which OpenRouter retires the model, or null. */
  expirationDate: string | null;
  /** Zero prompt and completion price. */
  isFree: boolean;
  /** A router slug such as `openrouter/auto` (negative price): never chosen by cost. */
  isRouter: boolean;
  /**
   * OpenRouter's `reasoning.mandatory`: true when the model's reasoning cannot be turned off (a request that turns it
   * off is refused), false when it can; absent when the catalog does not say (catalogs before mid-2026, the builtin one).
   */
  reasoningMandatory?: boolean;
}
