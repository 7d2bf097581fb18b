/**
 * Works out which model actually answered and what it cost: the upstream's `model` field wins (OpenRouter's
 * own `models` fallback may have switched), priced from the catalog unless `usage.cost` is reported.
 * @module
 */
import { actualCostUsd, audioSurcharge, promptPrice } from "../../catalog/estimate-cost.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { MAX_BUDGET_USD } from "../../core/money.js";
import type { Usage } from "../../core/types.js";
import type { ChainCandidate } from "../routing-plan.js";
import type { UnreportedInputs } from "../counted-prompt-tokens.js";

/** The model that answered: the upstream's report when it names a real model, else the candidate's id. */
export function answeredModel(candidate: ChainCandidate, reported: unknown): string {
  return reportedModelId(reported) ?? candidate.id;
}

/** The longest model id believed from an upstream: the limit a client's own model id is held to. */
const MAX_MODEL_ID_CHARS = 256;

/**
 * The upstream's `model` when it can be a model id (printable ASCII without spaces, at most 256 characters, as long
 * as a client's own may be), else undefined. Anything else was taken as the answering model: terminal escapes reached `report --by model`,
 * and a 5,000-character name the decision log, the dashboard and the metrics labels.
 */
export function reportedModelId(reported: unknown): string | undefined {
  return typeof reported === "string" && reported.length > 0 && reported.length <= MAX_MODEL_ID_CHARS && /^[\x21-\x7e]+$/.test(reported) ? reported : undefined;
}

/** More tokens than one call reads and writes: the largest context windows hold a few million. */
export const MAX_BELIEVABLE_TOKENS = 100_000_000;

/**
 * A cost up to this is always believed, whatever the model's prices: plugins (web search) and fees add to a call
 * what its tokens do not show.
 */
const ALWAYS_BELIEVED_USD = 1;

/**
 * A reported token count as the log and the latency tracker keep it: a whole number from 0 to
 * MAX_BELIEVABLE_TOKENS, and 0 for anything that is not a count (negative, fractional past rounding, not finite,
 * not a number). The upstream's `1.5` or `1e308` would otherwise fail a Postgres BIGINT column (stopping the log),
 * sum to Infinity in reports, and make the model look endlessly fast.
 */
export function tokenCount(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(Math.round(value), MAX_BELIEVABLE_TOKENS);
}

/**
 * The actual cost of an answer, charged to the model that answered. `usage.cost` is what the upstream billed, at
 * whatever service tier it served; tokens priced from the catalog are at list price, so they are multiplied by
 * `priceFactor` (the request's service tier, `service-tier.ts`), as the reservation was. A usage the upstream garbled would price
 * below what the call may have cost (no believable `cost`, and a token count that is negative or not finite), so
 * the answer is charged at least the worst case reserved for it: a broken report never lets spend slip past a cap.
 * A cost above what any call to the model could cost (ten times its whole context window at its dearest price,
 * plus its fees, or `1e308`) is no price either: it is not believed, and would otherwise empty every budget
 * it counts against for the rest of the window and sum to Infinity in reports.
 */
export function answerCostUsd(catalog: ModelCatalog | undefined, candidate: ChainCandidate, model: string, usage: Usage | undefined, priceFactor = 1): number {
  const entry = (model !== candidate.id ? catalog?.get(model) : undefined) ?? candidate.model ?? catalog?.get(model);
  if (!usage) return 0;
  return believedCostUsd(entry, usage, candidate.worstCaseCostUsd, priceFactor);
}

/** `answerCostUsd` for a call outside a chain (the sampled judge): its usage checked the same way. */
export function believedCostUsd(entry: ModelEntry | undefined, usage: Usage, worstCaseUsd: number, priceFactor = 1): number {
  const ceiling = costCeilingUsd(entry, worstCaseUsd);
  const cost = reportedCost(usage.cost);
  if (isAmount(cost) && cost <= ceiling) return cost;
  const { cost: _unbelieved, ...tokens } = usage;
  const priced = actualCostUsd(entry, tokens) * priceFactor;
  // A cost reported but unreadable (not a number, negative) is a garbled usage, as a count that is not one is.
  const counted = isCount(usage.prompt_tokens) && isCount(usage.completion_tokens) && (cost === undefined || isAmount(cost));
  if (counted && priced <= ceiling) return priced;
  // Counts past belief price as none at all, as a count that is not finite does.
  return Math.max(priced <= ceiling ? priced : 0, worstCaseUsd);
}

/** The most one call to the model could believably cost; without a catalog entry, the most the ledger counts. */
function costCeilingUsd(entry: ModelEntry | undefined, worstCaseUsd: number): number {
  if (!entry) return MAX_BUDGET_USD;
  const { pricing } = entry;
  const dearest = Math.max(pricing.usdPerMillionInputTokens, pricing.usdPerMillionOutputTokens, pricing.usdPerMillionReasoningTokens, pricing.usdPerMillionCacheWriteTokens);
  const wholeWindow = (entry.contextLength * dearest) / 1_000_000 + pricing.usdPerRequest;
  return Math.min(MAX_BUDGET_USD, 10 * (wholeWindow + worstCaseUsd) + ALWAYS_BELIEVED_USD);
}

/** A decimal number, as some OpenAI-compatible upstreams quote `usage.cost` ("0.0012"). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * `usage.cost` as a number: a number as sent, a decimal written as a string read as one, absent (undefined or null)
 * as undefined, anything else as NaN (no amount). A quoted cost was ignored: the tokens were priced instead.
 */
function reportedCost(cost: unknown): number | undefined {
  if (cost === undefined || cost === null) return undefined;
  if (typeof cost === "number") return cost;
  if (typeof cost !== "string") return Number.NaN;
  const text = cost.trim();
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/**
 * The amount a usage says was billed, when its `cost` reads as one (a number or a decimal string, finite, not
 * negative), whatever its counts say; else undefined. A garbled stream usage's counts are not believed, its cost is.
 */
export function statedCostUsd(usage: unknown): number | undefined {
  const cost = typeof usage === "object" && usage !== null ? reportedCost((usage as { cost?: unknown }).cost) : undefined;
  return isAmount(cost) ? cost : undefined;
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function isCount(value: unknown): boolean {
  return isAmount(value) && value <= MAX_BELIEVABLE_TOKENS;
}

/**
 * Output tokens estimated from the characters streamed (about four a token), when the upstream sent no usage, at
 * most `maxTokens`: the output the attempt's reservation covered. The estimate is the gateway's, never the upstream's
 * bill: uncapped, an upstream that ignored max_tokens inside the output bound (`output-bound.ts`, 64 characters a
 * token) was charged up to 16 times what it reserved, so requests racing for a hard cap, each admitted on its worst
 * case, spent many times the cap (round 26 review). An honest upstream bills no more output than max_tokens.
 */
export function estimatedOutputTokens(outputChars: number, maxTokens = Number.POSITIVE_INFINITY): number {
  return Math.min(Math.ceil(outputChars / 4), Math.max(0, maxTokens));
}

/**
 * The usage an answer is priced on when the upstream sent none (`partialCostUsd`): the prompt's estimate and about
 * four characters a token of the text produced, at most `maxTokens`. Recorded with the cost, so a record never shows
 * a cost beside zero tokens, nor more tokens than it was charged for.
 */
export function estimatedUsage(promptTokens: number, outputChars: number, maxTokens?: number): Usage {
  const completion = estimatedOutputTokens(outputChars, maxTokens);
  return { prompt_tokens: promptTokens, completion_tokens: completion, total_tokens: promptTokens + completion };
}

/**
 * The cost of an answer whose usage never arrived (a stream cut after content, an answer without usage): the prompt
 * plus the text sent so far (about four characters per token, at most the candidate's max_tokens), at the candidate's
 * prices times `priceFactor` (the request's service tier, as its reservation), and never more than the worst case
 * reserved for it: without the upstream's own bill, a charge past the reservation could take spend past a hard cap.
 * `inputs` adds the attachments the prompt's estimate leaves out, as the reservation counted them (`unreportedInputs`).
 */
export function partialCostUsd(candidate: ChainCandidate, promptTokens: number, outputChars: number, priceFactor = 1, inputs?: UnreportedInputs): number {
  // A candidate without an entry is charged at the prices its reservation was (the dearest model's), not nothing.
  const model = candidate.model ?? candidate.pricedAs;
  if (!model) return 0;
  const { pricing } = model;
  const outputTokens = estimatedOutputTokens(outputChars, candidate.maxTokens);
  // Files, audio and video as the reservation counted them, and a file by URL as the context window it reserved.
  const counted = promptTokens + (inputs?.mediaTokens ?? 0);
  const charged = (inputs?.urlAttachments ?? 0) > 0 ? Math.max(counted, model.contextLength - candidate.maxTokens) : counted;
  // The prompt at the price it was reserved at: the cache write's for a prompt marked for caching, audio at `pricing.audio`.
  const inputPrice = promptPrice(pricing, inputs?.cacheWrite ?? "none");
  const audio = (inputs?.audioTokens ?? 0) * audioSurcharge(pricing, inputPrice);
  const listed = (charged * inputPrice + audio + outputTokens * pricing.usdPerMillionOutputTokens) / 1_000_000 + pricing.usdPerRequest + (inputs?.images ?? 0) * pricing.usdPerImage;
  return Math.min(listed * priceFactor, candidate.worstCaseCostUsd);
}

/** Reads a usage object when it looks like one. */
export function readUsage(value: unknown): Usage | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const usage = value as Usage;
  return typeof usage.prompt_tokens === "number" && typeof usage.completion_tokens === "number" ? usage : undefined;
}
