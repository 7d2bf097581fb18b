/**
 * Works out which model actually answered and what it cost: the upstream's `model` field wins (OpenRouter's
 * own `models` fallback may have switched), priced from the catalog unless `usage.cost` is reported.
 * @module
 */
import { actualCostUsd } from "../../catalog/estimate-cost.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { Usage } from "../../core/types.js";
import type { ChainCandidate } from "../routing-plan.js";

/** The model that answered: the upstream's report when it names a real model, else the candidate's id. */
export function answeredModel(candidate: ChainCandidate, reported: unknown): string {
  return typeof reported === "string" && reported.length > 0 ? reported : candidate.id;
}

/**
 * The actual cost of an answer, charged to the model that answered. A usage the upstream garbled (no believable
 * `cost`, and a token count that is negative or not finite) would price below what the call may have cost, so
 * the answer is charged at least the worst case reserved for it: a broken report never lets spend slip past a cap.
 */
export function answerCostUsd(catalog: ModelCatalog | undefined, candidate: ChainCandidate, model: string, usage: Usage | undefined): number {
  const entry = (model !== candidate.id ? catalog?.get(model) : undefined) ?? candidate.model ?? catalog?.get(model);
  const cost = actualCostUsd(entry, usage);
  return usage && !believable(usage) ? Math.max(cost, candidate.worstCaseCostUsd) : cost;
}

function believable(usage: Usage): boolean {
  if (isAmount(usage.cost)) return true;
  return isAmount(usage.prompt_tokens) && isAmount(usage.completion_tokens);
}

function isAmount(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Output tokens estimated from the characters streamed (about four a token), when the upstream sent no usage. */
export function estimatedOutputTokens(outputChars: number): number {
  return Math.ceil(outputChars / 4);
}

/**
 * The cost of an answer whose usage never arrived (a stream cut after content): the prompt plus the text
 * sent so far (about four characters per token), at the candidate's prices.
 */
export function partialCostUsd(candidate: ChainCandidate, promptTokens: number, outputChars: number): number {
  const pricing = candidate.model?.pricing;
  if (!pricing) return 0;
  const outputTokens = estimatedOutputTokens(outputChars);
  return (promptTokens * pricing.usdPerMillionInputTokens + outputTokens * pricing.usdPerMillionOutputTokens) / 1_000_000 + pricing.usdPerRequest;
}

/** Reads a usage object when it looks like one. */
export function readUsage(value: unknown): Usage | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const usage = value as Usage;
  return typeof usage.prompt_tokens === "number" && typeof usage.completion_tokens === "number" ? usage : undefined;
}
