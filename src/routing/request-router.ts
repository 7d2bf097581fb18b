/**
 * The routing engine: turns a chat request into a RoutingPlan (decision + candidate chain), with no call made.
 * The gateway, the library and `switchyard route` all use this one function.
 * @module
 */
import { jsonSourceOf, rememberJsonSource } from "../core/json-source.js";
import { fitReasoningBudget } from "./fit-reasoning-budget.js";
import { offSwitchReasons, turnsReasoningOff, type ReasoningOff } from "./reasoning-off.js";
import type { ModelCatalog, ModelFilter } from "../catalog/model-catalog.js";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { estimateMessagesTokens } from "../classifier/estimate-tokens.js";
import { definitionTokens } from "./definition-tokens.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import type { ChatRequest } from "../core/types.js";
import { buildChain } from "./build-chain.js";
import { chooseTier, type TierChoice } from "./choose-request-tier.js";
import { applyLatencyPreferences } from "./latency/apply-latency-preferences.js";
import type { LatencyTracker } from "./latency/latency-tracker.js";
import { createExperimentAssigner, prependVariantModel, type ExperimentAssigner, type ExperimentUnitContext } from "./experiments/index.js";
import { readWhatWasAsked, resolveMaxTokens, type Asked } from "./read-what-was-asked.js";
import { applyProviderPolicy } from "./policy/apply-provider-policy.js";
import { readRequestNeeds } from "./request-needs.js";
import type { ChainCandidate, ChainContext, RoutingPlan } from "./routing-plan.js";
import { ownValue } from "../core/own-property.js";
import type { AffinityInput } from "./affinity/conversation-affinity.js";
import { keepConversationModel, type AffinityDecision } from "./affinity/keep-conversation-model.js";
import { findAffinityHome } from "./affinity/affinity-home.js";
import { learningFields } from "./adapter/apply-learning.js";
import type { RouterLearning } from "./adapter/routing-adapter.js";
import { applyLabels, readLabels, roundTo, unlabelled } from "./conversation-labels.js";
import { reserveForClientFallbacks } from "./client-fallbacks.js";
import { reserveForFusion } from "./fusion-plugin.js";
import { downgradeTiers } from "./downgrade-tiers.js";
import { tierLadder } from "./tier-ladder.js";
import { servicePriceFactor } from "./service-tier.js";

/** Per-request context that is not in the body. `keyId`, `userHeader` and `requestId` pick the experiment unit. */
export interface RouteContext extends ExperimentUnitContext {
  /** The `x-switchyard-task` header. */
  taskHeader?: string;
  /** Force a tier (used by budget downgrade and quality escalation). */
  tierOverride?: string;
  /** Override the classifier for this request (e.g. `route --router learned`). */
  classifier?: ConversationClassifier;
  /** The key's allowed tiers (null: all); a variant tier outside them is not enrolled. */
  allowedTiers?: readonly string[] | null;
  /** The model the conversation is on (conversation affinity); ignored for explicit ids and forced tier changes. */
  affinity?: AffinityInput;
  /**
   * An explicit model id (no named task or tier) needs the classifier only to label the decision: leave that to
   * `labelNow(plan)`, so it runs while the upstream works (the gateway). Ignored when a per-task budget needs the
   * task before the call.
   */
  labelAfterSend?: boolean;
  /**
   * The request's reasoning off switch was written by a translating door (Messages, Responses), not by the client:
   * it goes only to models the catalog says can take it (reasoning-off.ts).
   */
  translatedReasoningOff?: boolean;
}

/** Everything the engine reads. */
export interface RequestRouterOptions {
  config: SwitchyardConfig;
  catalog: ModelCatalog;
  classifier: ConversationClassifier;
  clock: Clock;
  /** Per-model speed estimates for `switchyard.max_latency_ms`. Default: none (nothing is filtered for latency). */
  latency?: LatencyTracker;
  /** Features, adapters and the shadow router (docs/learning.md). Default: the shipped router, no features logged. */
  learning?: RouterLearning;
}

/** Routes requests. */
export interface RequestRouter {
  route(request: ChatRequest, context?: RouteContext): RoutingPlan;
  /** The tier names, cheapest first (the escalation and downgrade ladder). */
  readonly tiers: readonly string[];
  /** The tiers a budget downgrade may step into (no tier of free models unless `routing.include_free`). */
  readonly downgradeTiers: readonly string[];
  /** The task names config knows. */
  readonly tasks: readonly string[];
}

/** Creates the routing engine over a config, a catalog and a classifier. */
export function createRequestRouter(options: RequestRouterOptions): RequestRouter {
  const { config } = options;
  const tiers = Object.keys(config.tiers);
  const tasks = Object.keys(config.tasks);
  const experiments = createExperimentAssigner(config);
  const engine: Engine = { options, experiments, tiers, tasks, taskBudgets: config.budgets.some((budget) => budget.scope === "task") };
  return {
    tiers: tierLadder(config, options.catalog, options.clock.now()),
    downgradeTiers: downgradeTiers(config),
    tasks,
    route: (request, context = {}) => routeRequest(engine, request, context),
  };
}

/** The engine's fixed inputs, shared by every request. */
interface Engine {
  options: RequestRouterOptions;
  experiments: ExperimentAssigner;
  tiers: readonly string[];
  tasks: readonly string[];
  /** A budget is kept per task, so every request's task is needed before its call. */
  taskBudgets: boolean;
}

function routeRequest(engine: Engine, request: ChatRequest, context: RouteContext): RoutingPlan {
  const { options, tiers, tasks } = engine;
  const asked = readWhatWasAsked({ config: options.config, tiers, tasks }, request, context);
  const policy = applyProviderPolicy(options.config, options.catalog, request, asked);
  const later = context.labelAfterSend === true && !engine.taskBudgets && asked.named.mode === "explicit" && asked.tier === undefined && asked.task === undefined;
  const promptTokens = estimateMessagesTokens(request.messages);
  const classifier = context.classifier ?? options.classifier;
  const labels = later ? unlabelled() : readLabels(classifier, options.learning, request, asked.task, promptTokens);
  // The worst case, the context check and the settle of an answer without usage count what the upstream bills.
  const choice = chooseTier(engine, request, context, asked, labels, promptTokens + definitionTokens(request));
  const { chain, affinity } = buildCandidates(engine, request, asked, choice, context);
  const first = chain[0];
  if (!first) throw new Error("buildChain returned an empty chain");
  const upstreamRequest = withMaxTokens(request, first.maxTokens);
  // Every attempt sends the same reasoning: it has to fit under the smallest max_tokens of the chain.
  const reasoning = fitReasoningBudget(request, Math.min(...chain.map((candidate) => candidate.maxTokens)), choice.reasons);
  if (reasoning === null) delete upstreamRequest.reasoning;
  else if (reasoning) upstreamRequest.reasoning = reasoning;
  if (policy.provider) upstreamRequest.provider = policy.provider;
  const reasoningOff = readReasoningOff(upstreamRequest, context);
  // First, so the record keeps them (it keeps 12 reasons, and a chain's skipped models can fill them): an audit of the
  // policy reads its note on every decision, and the off switch's lines are the why of a bill (round 26).
  choice.reasons.unshift(...offSwitchReasons(reasoningOff, chain));
  if (policy.note) choice.reasons.unshift(policy.note);
  delete upstreamRequest.switchyard;
  delete upstreamRequest.max_completion_tokens;
  // The client's text goes with the copy, so the upstream body can be spliced from it (fallback/upstream-body.ts).
  const source = jsonSourceOf(request);
  if (source?.parsed === request) rememberJsonSource(upstreamRequest, source);
  const { classification, enrollment } = choice;
  const learned = learningFields(options.learning, choice, first, (tier) => buildCandidates(engine, request, asked, { ...choice, tier, enrollment: undefined, reasons: [] }, {}).chain[0]);
  const plan: RoutingPlan = {
    decision: {
      task: choice.task,
      task_confidence: roundTo(choice.taskConfidence, 4),
      difficulty: classification.difficulty.label,
      strong_probability: roundTo(classification.strongProbability, 4),
      // A kept conversation model answers as the tier it was chosen on: its cap, its budgets, its header.
      tier: affinity?.kept && affinity.tier !== undefined && tiers.includes(affinity.tier) ? affinity.tier : choice.tier,
      model: first.id,
      fallbacks: chain.slice(1).map((candidate) => candidate.id),
      max_tokens: first.maxTokens,
      estimated_cost_usd: roundTo(first.worstCaseCostUsd, 8),
      prompt_tokens: choice.promptTokens,
      reasons: choice.reasons,
      mode: choice.mode,
    },
    chain,
    taskSource: asked.task !== undefined ? "given" : "classified",
    upstreamRequest,
    ...(enrollment ? { experiment: enrollment.experiment, arm: enrollment.arm, experimentUnit: enrollment.unit } : {}),
    ...learned,
    ...(affinity ? { affinity } : {}),
    ...(policy.authorLists ? { authorLists: policy.authorLists } : {}),
  };
  if (reasoningOff) plan.reasoningOff = reasoningOff;
  if (later) plan.completeLabels = () => applyLabels(plan, readLabels(classifier, options.learning, request, undefined, promptTokens));
  return plan;
}

/** How the plan sends a request's off switch for reasoning (`reasoning-off.ts`), or undefined when it has none. */
function readReasoningOff(upstreamRequest: ChatRequest, context: RouteContext): ReasoningOff | undefined {
  if (!turnsReasoningOff(upstreamRequest)) return undefined;
  return context.translatedReasoningOff === true ? "where-optional" : "unless-mandatory";
}

/** The ordered candidates: the tier's chain filtered by needs and cost, then an experiment's model, then latency. */
function buildCandidates({ options }: Engine, request: ChatRequest, asked: Asked, choice: TierChoice, context: RouteContext): { chain: ChainCandidate[]; affinity?: AffinityDecision } {
  const { config, catalog, clock } = options;
  const { tier, promptTokens, reasons, enrollment } = choice;
  const switchyard = request.switchyard ?? {};
  const tierConfig = ownValue(config.tiers, tier);
  const maxTokens = resolveMaxTokens(request.max_tokens ?? request.max_completion_tokens, tierConfig, reasons);
  const needs = readRequestNeeds(request);
  reasons.push(...needs.why);
  const filter: ModelFilter = {
    needs: needs.capabilities,
    minContext: promptTokens + maxTokens,
    includeFree: config.routing.include_free || tierConfig?.include_free === true,
    allowAuthors: config.routing.allow_authors,
    denyAuthors: config.routing.deny_authors,
  };
  const service = servicePriceFactor(request.service_tier);
  if (service.reason) reasons.push(service.reason);
  const shared: ChainContext = {
    catalog, filter, promptTokens, maxTokens, imageCount: needs.imageCount, attachmentTokens: needs.attachmentTokens, audioTokens: needs.audioTokens, webSearch: needs.webSearch, urlAttachments: needs.urlAttachments, cacheWrite: needs.cacheWrite, priceFactor: service.factor, maxCostUsd: switchyard.max_cost_usd, now: clock.now(), reasons,
  };
  // Literal objects, not spreads of `shared`: a spread that adds properties costs a slow object clone per request.
  const built = buildChain({
    catalog, filter, promptTokens, maxTokens, imageCount: shared.imageCount, attachmentTokens: shared.attachmentTokens, audioTokens: shared.audioTokens, webSearch: shared.webSearch, urlAttachments: shared.urlAttachments, cacheWrite: shared.cacheWrite, priceFactor: shared.priceFactor, maxCostUsd: shared.maxCostUsd, now: shared.now, reasons,
    named: asked.named, givenTier: asked.tier, tierConfig, tier,
  });
  const assigned = enrollment?.model === undefined ? built : prependVariantModel(built, enrollment.model, shared);
  const explicit = asked.named.mode === "explicit" && asked.tier === undefined;
  const maxLatencyMs = switchyard.max_latency_ms;
  const preferSpeed = config.routing.prefer_speed;
  const chain = maxLatencyMs === undefined && !preferSpeed ? assigned : applyLatencyPreferences(assigned, {
    catalog, filter, promptTokens, maxTokens, imageCount: shared.imageCount, attachmentTokens: shared.attachmentTokens, audioTokens: shared.audioTokens, webSearch: shared.webSearch, urlAttachments: shared.urlAttachments, cacheWrite: shared.cacheWrite, priceFactor: shared.priceFactor, maxCostUsd: shared.maxCostUsd, now: shared.now, reasons,
    tracker: options.latency, maxLatencyMs, preferSpeed, explicit,
  });
  const reserved = reserveForClientFallbacks(chain, request.models, shared);
  if (!context.affinity || explicit || context.tierOverride !== undefined) return { chain: reserveForFusion(reserved, request, shared) };
  // A routed conversation keeps its model wherever it is; a caller who named a tier or `cheapest` chose that class of
  // model, so the conversation's model is kept only when it is one of them.
  const routed = (asked.named.mode === "auto" || asked.named.mode === "task") && asked.tier === undefined;
  const remembered = context.affinity;
  // A routed conversation's model must still be one a tier holds (and the key may use): the memory may predate the config.
  const home = routed ? findAffinityHome({ config, catalog, model: remembered.model, tier: remembered.tier, allowedTiers: context.allowedTiers, chain: reserved, now: shared.now }) : { tier: remembered.tier };
  if (home.refused !== undefined) {
    reasons.push(`The conversation was on ${remembered.model}, ${home.refused}, so it moves to the routed chain.`);
    return { chain: reserveForFusion(reserved, request, shared), affinity: { model: remembered.model, kept: false } };
  }
  const memory = withTier(remembered, home.tier);
  const keptTier = memory.tier === undefined ? undefined : ownValue(config.tiers, memory.tier);
  const kept = keepConversationModel(reserved, memory, shared, request.messages, !routed, request.max_tokens ?? request.max_completion_tokens ?? undefined, keptTier);
  const fused = reserveForFusion(kept.chain, request, shared);
  return fused === kept.chain ? kept : { ...kept, chain: fused };
}

/** The memory answering as `tier` (none: this turn's own tier). */
function withTier(memory: AffinityInput, tier: string | undefined): AffinityInput {
  if (memory.tier === tier) return memory;
  const { tier: _remembered, ...rest } = memory;
  return tier === undefined ? rest : { ...rest, tier };
}

/**
 * `{ ...request, max_tokens: maxTokens }` (same properties, same order), built with `Object.assign` and one
 * assignment: V8 takes a slow path for a spread that adds a property (~0.7 µs a decision here, against ~0.05 µs).
 * A request with an own `__proto__` key (JSON can carry one) keeps the spread, which makes it a property where an
 * assignment would set the copy's prototype.
 */
function withMaxTokens(request: ChatRequest, maxTokens: number): ChatRequest {
  if (Object.hasOwn(request, "__proto__")) return { ...request, max_tokens: maxTokens };
  const copy: ChatRequest = Object.assign({}, request);
  copy.max_tokens = maxTokens;
  return copy;
}
