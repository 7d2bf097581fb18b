/**
 * The policies around the attempt loop that both the gateway and the library apply:
 * - `on_exceed: downgrade`: when every candidate would overflow a budget, route again one tier cheaper (never into
 *   a tier of free models unless `routing.include_free`: downgrade-tiers.ts);
 * - quality escalation: when a non-streaming answer fails a quality check, retry once at the next tier up.
 * @module
 */
import type { ClientSignal } from "./fallback/client-signal.js";
import type { SpendScope } from "../budget/spend-guard.js";
import { BudgetExceededError } from "../core/errors/index.js";
import type { ChatRequest } from "../core/types.js";
import type { AttemptRecord } from "../log/decision-record.js";
import { carryExperiment } from "./experiments/carry-experiment.js";
import { FallbackRun } from "./fallback/fallback-run.js";
import type { FallbackRequest } from "./fallback/fallback-request.js";
import type { FallbackDeps } from "./fallback/fallback-settings.js";
import { runChatCompletion, type ChatCompletionResult } from "./fallback/run-chat-completion.js";
import { runChatStream, type ChatStreamSession } from "./fallback/run-chat-stream.js";
import { contentText } from "../core/content-text.js";
import { checkResponseQuality, type ResponseValidator } from "./quality-checks.js";
import type { RequestRouter, RouteContext } from "./request-router.js";
import type { RoutingPlan } from "./routing-plan.js";
import { mayUseTier, nearestAllowedTier } from "./allowed-tiers.js";
import { hasGeneratedMedia } from "./fallback/stream-chunk.js";

/** What the policies need. */
export interface ChatEngineDeps {
  router: RequestRouter;
  fallback: FallbackDeps;
  onExceed: "reject" | "downgrade";
}

/** One request, and the state the caller reads afterwards (even when it throws) for the decision log. */
export interface ChatEngineInput {
  requestId: string;
  request: ChatRequest;
  context: RouteContext;
  /** Who pays: built per plan, since the tier can change. */
  scopeFor(plan: RoutingPlan): SpendScope;
  /** Checks a plan before any call (e.g. the key's allowed tiers). Throw to refuse. */
  admit?(plan: RoutingPlan): void;
  /** The key's allowed tiers (null: any): a routed request moves to the nearest of them, and never escalates out. */
  allowedTiers?: readonly string[] | null;
  signal?: ClientSignal;
  validator?: ResponseValidator;
  /** Runs as each upstream attempt starts (`FallbackRequest.onAttemptStart`). */
  onAttemptStart?: FallbackRequest["onAttemptStart"];
}

/** Filled in as the request goes; complete when the call returns or throws. */
export interface ChatEngineState {
  plan: RoutingPlan | undefined;
  /** Every attempt loop run for this request (downgrades and escalation add runs). */
  runs: FallbackRun[];
  qualityChecks: string[];
  /** The checks the answer finally returned failed: the first answer's, or the escalated one's when it replaced it. */
  answerChecks: string[];
  escalatedTo: string | null;
}

/** A fresh state. */
export function newChatEngineState(): ChatEngineState {
  return { plan: undefined, runs: [], qualityChecks: [], answerChecks: [], escalatedTo: null };
}

/** Every attempt of the request, across runs, for the decision log. */
export function allAttempts(state: ChatEngineState): readonly AttemptRecord[] {
  // One run is the common case: its own list, without flatMap's copy (~0.5% of the gateway's busy time under load).
  const only = state.runs.length === 1 ? state.runs[0] : undefined;
  if (only) return only.attempts;
  return state.runs.flatMap((run) => run.attempts);
}

/**
 * What the request has been charged so far: every amount its runs settled as spent (answers, the answer an escalation
 * replaced, attempts the client left, unreadable answers), each counted once, as the ledger holds them. The record's
 * cost once the request ends, and the in-flight marker's while an attempt is still open.
 */
export function chargedUsd(state: ChatEngineState): number {
  return state.runs.reduce((sum, run) => sum + run.chargedUsd, 0);
}

/** Upstream requests made, across runs (the `x-switchyard-attempts` header). */
export function upstreamAttemptCount(state: ChatEngineState): number {
  return state.runs.reduce((sum, run) => sum + run.upstreamAttempts, 0);
}

/** Non-streaming: route, run with downgrade, check quality, escalate once. */
export async function completeChat(deps: ChatEngineDeps, input: ChatEngineInput, state: ChatEngineState): Promise<ChatCompletionResult> {
  const first = await withDowngrade(deps, input, state, ({ run, request }) => runChatCompletion(deps.fallback, request, run));
  const failures = await qualityFailures(first, input);
  state.qualityChecks = failures;
  state.answerChecks = failures;
  const plan = state.plan;
  const next = plan && failures.length > 0 ? nextTier(deps.router.tiers, plan.decision.tier, +1) : undefined;
  // An answer already in hand is never replaced by a 403: escalation stays within the key's tiers.
  const higher = next !== undefined && mayUseTier(next, input.allowedTiers) ? next : undefined;
  if (!plan || !higher || plan.decision.mode === "explicit" || plan.decision.mode === "cheapest") return first;
  const escalated = carryExperiment(plan, deps.router.route(input.request, { ...input.context, tierOverride: higher }));
  explainMove(escalated, [`The ${plan.decision.tier} answer failed the ${failures.join(", ")} check, so the request was retried once on the ${higher} tier.`]);
  input.admit?.(escalated);
  const request = fallbackRequest(input, escalated);
  const run = new FallbackRun(deps.fallback, request);
  state.runs.push(run);
  try {
    const second = await runChatCompletion(deps.fallback, request, run);
    state.plan = escalated;
    state.escalatedTo = higher;
    // Escalation is tried once; the caller learns whether the answer it gets passed (a validator's citation check).
    state.answerChecks = await qualityFailures(second, input);
    return second;
  } catch {
    // The escalation failed: the first answer stands, and the attempts say what happened. What the escalation's
    // abandoned attempts were charged (their prompt, when the client left) is in its run's `chargedUsd`.
    state.escalatedTo = `${higher} (failed)`;
    return first;
  }
}

/** Streaming: route and open with downgrade. Content already sent cannot be escalated, so no quality retry. */
export function startChatStream(deps: ChatEngineDeps, input: ChatEngineInput, state: ChatEngineState): Promise<ChatStreamSession> {
  const resume = input.request.switchyard?.resume === true;
  return withDowngrade(deps, input, state, ({ run, request }) => runChatStream(deps.fallback, request, { resume }, run));
}

interface PreparedRun {
  run: FallbackRun;
  request: FallbackRequest;
}

async function withDowngrade<T>(
  deps: ChatEngineDeps,
  input: ChatEngineInput,
  state: ChatEngineState,
  execute: (prepared: PreparedRun) => Promise<T>,
): Promise<T> {
  let plan = withinAllowedTiers(deps, input, deps.router.route(input.request, input.context));
  // Every step of a downgrade, carried into each new plan: the record said only the last ("could not cover the mid
  // tier"), not that the request began two tiers up.
  const downgrades: string[] = [];
  for (;;) {
    state.plan = plan;
    input.admit?.(plan);
    const request = fallbackRequest(input, plan);
    const run = new FallbackRun(deps.fallback, request);
    state.runs.push(run);
    try {
      return await execute({ run, request });
    } catch (error) {
      const cheaper = error instanceof BudgetExceededError && deps.onExceed === "downgrade" ? cheaperAllowedTier(deps.router, plan.decision.tier, input.allowedTiers) : undefined;
      if (!cheaper) throw error;
      const reason = `Budget ${error instanceof BudgetExceededError ? error.budget : ""} could not cover the ${plan.decision.tier} tier, so on_exceed: downgrade moved the request to ${cheaper}.`;
      downgrades.push(reason);
      plan = carryExperiment(plan, deps.router.route(input.request, { ...input.context, tierOverride: cheaper }));
      explainMove(plan, downgrades);
    }
  }
}

/** The next cheaper tier a downgrade may step into and the key may use, if any. */
function cheaperAllowedTier(router: RequestRouter, tier: string, allowed: readonly string[] | null | undefined): string | undefined {
  for (let next = nextTier(router.tiers, tier, -1); next !== undefined; next = nextTier(router.tiers, next, -1)) {
    if (router.downgradeTiers.includes(next) && mayUseTier(next, allowed)) return next;
  }
  return undefined;
}

/** A routed plan whose tier the key may not use, routed again on the nearest tier it may use. */
function withinAllowedTiers(deps: ChatEngineDeps, input: ChatEngineInput, plan: RoutingPlan): RoutingPlan {
  const { tier, mode } = plan.decision;
  const allowed = nearestAllowedTier(deps.router.tiers, tier, mode, input.allowedTiers);
  if (allowed === tier) return plan;
  const moved = carryExperiment(plan, deps.router.route(input.request, { ...input.context, tierOverride: allowed }));
  explainMove(moved, [`The request read as the ${tier} tier, which this key may not use, so it was routed on ${allowed}, the nearest tier the key may use (${(input.allowedTiers ?? []).join(", ")}).`]);
  return moved;
}

/**
 * Says why a plan was routed again on another tier, in the place of the router's bare "The tier was moved to X."
 * (before the chain's own reasons, which read as the why otherwise), or at the end when that line is not there.
 */
function explainMove(plan: RoutingPlan, why: readonly string[]): void {
  const reasons = plan.decision.reasons;
  const bare = reasons.indexOf(`The tier was moved to ${plan.decision.tier}.`);
  if (bare === -1) reasons.push(...why);
  else reasons.splice(bare, 1, ...why);
}

async function qualityFailures(result: ChatCompletionResult, input: ChatEngineInput): Promise<string[]> {
  const message = result.body.choices[0]?.message;
  // A list of parts is read for its text (content-text.ts): read as a string only, a good answer failed "empty" and
  // was paid for twice, once more at the next tier up.
  const content = contentText(message?.content);
  const toolCalls = Array.isArray(message?.tool_calls) && message.tool_calls.length > 0;
  const callerSetNoCap = input.request.max_tokens === undefined && input.request.max_completion_tokens === undefined;
  const failures = await checkResponseQuality({
    content,
    finishReason: result.finishReason,
    callerSetNoCap,
    responseFormat: input.request.response_format,
    hasToolCalls: toolCalls,
    // A picture without a caption is an answer: "empty", it was paid for again at the next tier up (round 26 review).
    hasMedia: hasGeneratedMedia(message as Record<string, unknown> | undefined),
    caller: input.context.keyId,
    ...(input.validator ? { validator: input.validator } : {}),
  });
  return failures.map((failure) => failure.check);
}

/** The tier one step up (+1) or down (−1) the ladder, or undefined at either end or off the ladder. */
export function nextTier(ladder: readonly string[], tier: string, step: 1 | -1): string | undefined {
  const index = ladder.indexOf(tier);
  if (index < 0) return undefined;
  return ladder[index + step];
}

function fallbackRequest(input: ChatEngineInput, plan: RoutingPlan): FallbackRequest {
  const request: FallbackRequest = { requestId: input.requestId, plan, scope: input.scopeFor(plan) };
  if (input.signal) request.signal = input.signal;
  if (input.onAttemptStart) request.onAttemptStart = input.onAttemptStart;
  return request;
}
