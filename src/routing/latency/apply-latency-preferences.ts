/**
 * The latency step of routing (PRODUCT §1.4), run on the chain the tier or selector produced:
 * - with `switchyard.max_latency_ms`, a candidate whose expected latency (`expectedLatencyMs`: time to first token
 *   + max_tokens / throughput) exceeds it is skipped with a reason; a model with no estimate passes;
 * - when that leaves nothing, the fastest known catalog model that meets the request's other needs is used
 *   instead (never a 404 for latency alone); when none is known, the chain is kept as it was;
 * - with `max_latency_ms` or config `routing.prefer_speed`, each catalog model's id gets OpenRouter's `:nitro`
 *   variant (fastest provider first), unless it already has a variant or is a router slug.
 * Explicit ids pass through unfiltered (the caller chose the model), but still get `:nitro`.
 * @module
 */
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import { quoteSentValue } from "../../core/quote-sent-text.js";
import { passesFilter } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChainCandidate, ChainContext } from "../routing-plan.js";
import { expectedLatencyMs, type LatencyTracker } from "./latency-tracker.js";

/** What the latency step reads. `reasons` is appended to. */
export interface LatencyStepInput extends ChainContext {
  tracker: LatencyTracker | undefined;
  maxLatencyMs: number | undefined;
  preferSpeed: boolean;
  explicit: boolean;
}

const NITRO = ":nitro";

/** Applies max_latency_ms and the speed preference to a non-empty chain. Returns the chain itself when neither applies. */
export function applyLatencyPreferences(chain: ChainCandidate[], input: LatencyStepInput): ChainCandidate[] {
  const { maxLatencyMs, preferSpeed } = input;
  if (maxLatencyMs === undefined && !preferSpeed) return chain;
  if (maxLatencyMs !== undefined && !(typeof maxLatencyMs === "number" && maxLatencyMs > 0 && Number.isFinite(maxLatencyMs))) {
    throw new InvalidRequestError(`switchyard.max_latency_ms must be a positive number of milliseconds (got ${quoteSentValue(maxLatencyMs, 64)}).`, {
      param: "switchyard.max_latency_ms",
    });
  }
  const fitted = maxLatencyMs === undefined || input.explicit ? chain : filterByLatency(chain, maxLatencyMs, input);
  const nitro = fitted.map(withNitro);
  if (nitro.some((candidate, index) => candidate !== fitted[index])) {
    input.reasons.push(`Speed is preferred (${maxLatencyMs !== undefined ? "max_latency_ms" : "routing.prefer_speed"}), so the ${NITRO} variant asks OpenRouter for its fastest providers.`);
  }
  return nitro;
}

function filterByLatency(chain: ChainCandidate[], maxLatencyMs: number, input: LatencyStepInput): ChainCandidate[] {
  const { tracker, reasons } = input;
  if (!tracker) return chain;
  const kept = chain.filter((candidate) => {
    const estimate = tracker.estimate(candidate.id);
    if (!estimate) return true;
    const expected = expectedLatencyMs(estimate, candidate.maxTokens);
    if (expected <= maxLatencyMs) return true;
    reasons.push(`${candidate.id} is expected to take ${describe(expected, estimate.ttftMs, estimate.tokensPerSecond, candidate.maxTokens)}, above max_latency_ms ${maxLatencyMs}, so it was skipped.`);
    return false;
  });
  if (kept.length > 0) return kept;
  const fastest = fastestKnown(input);
  if (!fastest) {
    reasons.push(`No model that meets the other needs has a latency estimate under max_latency_ms ${maxLatencyMs}, so the chain is kept as it was.`);
    return chain;
  }
  const meets = fastest.expected <= maxLatencyMs;
  reasons.push(
    `Every model of the chain is too slow for max_latency_ms ${maxLatencyMs}, so the chain falls back to ${fastest.model.id}, ` +
      `the fastest known model that meets the other needs (expected ${Math.round(fastest.expected)} ms${meets ? "" : ", still above the limit"}).`,
  );
  return [toCandidate(fastest.model, input)];
}

/** The catalog model with the lowest expected latency among those that pass the filter and the cost cap. */
function fastestKnown(input: LatencyStepInput): { model: ModelEntry; expected: number } | undefined {
  const { tracker, catalog, filter, now, maxCostUsd } = input;
  let best: { model: ModelEntry; expected: number } | undefined;
  for (const model of catalog.list()) {
    const estimate = tracker?.estimate(model.id);
    if (!estimate) continue;
    const expected = expectedLatencyMs(estimate, cappedMaxTokens(model, input.maxTokens));
    if (best && (expected > best.expected || (expected === best.expected && model.id > best.model.id))) continue;
    if (!passesFilter(model, filter, now)) continue;
    if (maxCostUsd !== undefined && toCandidate(model, input).worstCaseCostUsd > maxCostUsd) continue;
    best = { model, expected };
  }
  return best;
}

function cappedMaxTokens(model: ModelEntry, maxTokens: number): number {
  return Math.max(1, Math.min(maxTokens, model.maxCompletionTokens ?? Number.POSITIVE_INFINITY));
}

function toCandidate(model: ModelEntry, input: LatencyStepInput): ChainCandidate {
  const maxTokens = cappedMaxTokens(model, input.maxTokens);
  return {
    id: model.id,
    model,
    maxTokens,
    worstCaseCostUsd: estimateWorstCaseCostUsd(model, { promptTokens: input.promptTokens, maxTokens, imageCount: input.imageCount, attachmentTokens: input.attachmentTokens, audioTokens: input.audioTokens, webSearch: input.webSearch, urlAttachments: input.urlAttachments, cacheWrite: input.cacheWrite, priceFactor: input.priceFactor }),
  };
}

function withNitro(candidate: ChainCandidate): ChainCandidate {
  if (!candidate.model || candidate.model.isRouter || candidate.id.includes(":")) return candidate;
  return { ...candidate, id: candidate.id + NITRO };
}

function describe(expected: number, ttftMs: number, tokensPerSecond: number | undefined, maxTokens: number): string {
  const detail = tokensPerSecond ? `${Math.round(ttftMs)} ms to the first token + ${maxTokens} tokens at ${Math.round(tokensPerSecond)} tokens/s` : "its time to first token";
  return `${Math.round(expected)} ms (${detail})`;
}
