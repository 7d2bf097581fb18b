/**
 * The routing engine's output: the decision plus what the attempt loop needs to run it.
 * @module
 */
import type { ReasoningOff } from "./reasoning-off.js";
import type { ModelCatalog, ModelFilter } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { WebSearchAsk } from "../catalog/web-search-ask.js";
import type { CacheWriteAsk } from "../catalog/cache-write-ask.js";
import type { ChatRequest, RoutingDecision } from "../core/types.js";
import type { ShadowDecision } from "../log/decision-record.js";
import type { RoutingFeatures } from "./adapter/routing-adapter.js";

/** One model of the candidate chain. */
export interface ChainCandidate {
  /** The id to send upstream, with any tier variant (e.g. `openai/gpt-5:nitro`). */
  id: string;
  /** The catalog entry, or undefined for an explicit id the catalog does not list. */
  model: ModelEntry | undefined;
  /**
   * For a candidate without an entry (an unlisted id, a router slug): the catalog model its worst case was priced as
   * (the dearest), so an answer without usage is charged at the prices it reserved at, not nothing (`partialCostUsd`).
   */
  pricedAs?: ModelEntry;
  /** max_tokens for this model: the plan's, capped by the model's own output limit. */
  maxTokens: number;
  /** Worst-case cost of one attempt on this model. */
  worstCaseCostUsd: number;
}

/** What routing decided about affinity, for the plan. */
export interface AffinityDecision {
  /** The conversation's model. */
  model: string;
  /** True when it was put first. */
  kept: boolean;
  /** True when it was left because the routed model is cheaper at a new user turn (`move_when_cheaper`). */
  movedForCost?: boolean;
  /** Expected cost of this turn on the kept model with its cached prefix (undefined when not kept). */
  stayUsd?: number;
  /** Expected cost of this turn on the freshly routed first model, with no cache. */
  moveUsd?: number;
  /** The tier the kept model was chosen on: the turn is capped and charged as that tier. */
  tier?: string;
  /** True when a request that named a tier left the conversation's model because the tier does not hold it. */
  outsideNamedTier?: boolean;
}

/** A routing decision and the ordered candidates behind it. */
export interface RoutingPlan {
  decision: RoutingDecision;
  chain: ChainCandidate[];
  /** "given" when the request named its task, "classified" otherwise. */
  taskSource: "given" | "classified";
  /** The request to forward, without the `switchyard` field and with max_tokens set; `model` is set per attempt. */
  upstreamRequest: ChatRequest;
  /** The A/B experiment this request is enrolled in (see `src/routing/experiments/`), if any. */
  experiment?: string;
  /** Its arm, set with `experiment`. */
  arm?: "control" | "variant";
  /** The digest of its assignment unit (`unitDigest`), set with `experiment`; null when the unit is the request. */
  experimentUnit?: string | null;
  /** Prompt-free routing features of the conversation (logged for `train --from-log`). */
  features?: RoutingFeatures;
  /** Which router chose the tier: `shipped` or an adapter's id. */
  router?: string;
  /** What the shadow router would have done (auto decisions, when `routing.shadow` is set). */
  shadow?: ShadowDecision;
  /** Online mode: the bandit explored for this request. */
  explored?: boolean;
  /** Online mode: the probability that the served tier was chosen (`propensity` in the decision log). */
  propensity?: number;
  /** What conversation affinity did, when the conversation had a model. */
  affinity?: AffinityDecision;
  /**
   * The operator's author lists (`routing.allow_authors` / `deny_authors`), which a model the gateway picks outside the
   * chain (the wider context after context_length_exceeded) keeps to, as the chain's own models do, under either
   * `routing.provider_policy` (ADR 0054). Absent when both lists are empty.
   */
  authorLists?: Pick<ModelFilter, "allowAuthors" | "denyAuthors">;
  /**
   * Set while an explicit-model decision still lacks the classifier's labels (task, difficulty, strong-need,
   * their reasons and the stored features), which nothing needed before the call: {@link labelNow} fills them in.
   */
  completeLabels?: () => void;
  /** Set when the request turns reasoning off: which attempts send the switch (reasoning-off.ts). */
  reasoningOff?: ReasoningOff;
}

/**
 * Fills in labels a plan left for after the upstream request was sent (see `RouteContext.labelAfterSend`); a no-op
 * once they are there. Everything that shows or stores the decision calls it first.
 */
export function labelNow(plan: RoutingPlan | undefined): void {
  plan?.completeLabels?.();
}

/**
 * {@link labelNow} once the first upstream request is on the wire: undici writes it in a later phase of the event
 * loop, not inside the call (measured: work done right after `request()` delays the write by as long), so the
 * labels wait for the next check phase (`setImmediate`), by which the request has gone out. Whatever needs them
 * sooner (the response headers, the decision record) calls labelNow itself; a failure here is left to that call.
 */
export function labelWhileUpstreamWorks(plan: RoutingPlan | undefined): void {
  if (!plan?.completeLabels) return;
  setImmediate(() => {
    try {
      labelNow(plan);
    } catch {
      // The decision record and the response headers call labelNow again, where a failure surfaces as it always has.
    }
  });
}

/** What every chain-building step reads to check and price candidates. `reasons` is appended to. */
export interface ChainContext {
  catalog: ModelCatalog;
  /** The request's needs: capabilities, context, free models, authors. */
  filter: ModelFilter;
  promptTokens: number;
  maxTokens: number;
  imageCount: number;
  /** The attachments' worst-case prompt tokens: priced, not held against the context window. */
  attachmentTokens: number;
  /** The audio parts' share of `attachmentTokens`: priced at `pricing.audio`. */
  audioTokens: number;
  /** The paid web search the request turns on: priced, as OpenRouter bills it (`web-search-ask.ts`). */
  webSearch: WebSearchAsk;
  /** Non-image parts given by URL: the prompt is priced as filling each model's context window. */
  urlAttachments: number;
  /** The prompt cache the request may write: its prompt priced at the write's price. */
  cacheWrite: CacheWriteAsk;
  /** The worst case's multiple of the list price (`service-tier.ts`): 1 but for a dearer service tier. */
  priceFactor: number;
  maxCostUsd: number | undefined;
  now: number;
  reasons: string[];
}
