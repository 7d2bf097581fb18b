/**
 * Quality escalation (PRODUCT §2): when a non-streaming answer fails a quality check (empty, refusal,
 * uncapped length cut, invalid JSON, schema mismatch, validator), retry once at the next tier up. The better
 * of the two answers is returned: the escalated one when it succeeds, else the original.
 * @module
 */
import type { ChatRequest } from "../../core/types.js";
import { checkResponseQuality, type ResponseValidator } from "../quality-checks.js";
import type { RequestRouter, RouteContext } from "../request-router.js";
import type { RoutingPlan } from "../routing-plan.js";
import { FallbackRun, type FallbackRequest } from "./fallback-run.js";
import type { FallbackDeps } from "./fallback-settings.js";
import { runChatCompletion, type ChatCompletionBody, type ChatCompletionResult } from "./run-chat-completion.js";

/** The answer, plus what escalation did. */
export interface EscalatedResult {
  result: ChatCompletionResult;
  /** The plan that produced `result` (the escalated one when escalation answered). */
  plan: RoutingPlan;
  /** Names of the checks the first answer failed. */
  qualityChecks: string[];
  /** The tier escalated to, or null. */
  escalatedTo: string | null;
  /** Upstream attempts over both runs. */
  upstreamAttempts: number;
  /** Cost over both runs. */
  costUsd: number;
  /** Every attempt over both runs. */
  attempts: FallbackRun["attempts"];
}

/** Options of runWithEscalation. */
export interface EscalationOptions {
  deps: FallbackDeps;
  router: RequestRouter;
  request: FallbackRequest;
  /** The caller's request (with `switchyard` and its own max_tokens, if any). */
  chatRequest: ChatRequest;
  routeContext: RouteContext;
  run: FallbackRun;
  validator?: ResponseValidator;
}

/** Runs the completion and escalates once on a failed quality check. */
export async function runWithEscalation(options: EscalationOptions): Promise<EscalatedResult> {
  const { deps, router, request, chatRequest, run } = options;
  const first = await runChatCompletion(deps, request, run);
  const failures = checkResponseQuality({ ...answerOf(first.body), callerSetNoCap: chatRequest.max_tokens === undefined && chatRequest.max_completion_tokens === undefined, responseFormat: chatRequest.response_format, ...(options.validator ? { validator: options.validator } : {}) });
  const base: EscalatedResult = {
    result: first,
    plan: request.plan,
    qualityChecks: failures.map((failure) => failure.check),
    escalatedTo: null,
    upstreamAttempts: run.upstreamAttempts,
    costUsd: first.costUsd,
    attempts: [...run.attempts],
  };
  const nextTier = nextTierOf(router, request.plan);
  if (failures.length === 0 || nextTier === undefined || run.remainingMs() <= 0) return base;
  let plan: RoutingPlan;
  try {
    plan = router.route(chatRequest, { ...options.routeContext, tierOverride: nextTier });
  } catch {
    return base; // nothing at the next tier fits: keep the answer we have
  }
  const escalatedRequest: FallbackRequest = { ...request, plan };
  const escalatedRun = new FallbackRun(deps, escalatedRequest);
  try {
    const second = await runChatCompletion(deps, escalatedRequest, escalatedRun);
    return {
      ...base,
      result: second,
      plan,
      escalatedTo: nextTier,
      upstreamAttempts: run.upstreamAttempts + escalatedRun.upstreamAttempts,
      costUsd: first.costUsd + second.costUsd,
      attempts: [...run.attempts, ...escalatedRun.attempts],
    };
  } catch {
    return { ...base, upstreamAttempts: run.upstreamAttempts + escalatedRun.upstreamAttempts, attempts: [...run.attempts, ...escalatedRun.attempts] };
  }
}

/** The next tier up the ladder, or undefined at the top or outside it (explicit ids, cheapest). */
export function nextTierOf(router: RequestRouter, plan: RoutingPlan): string | undefined {
  if (plan.decision.mode === "explicit" || plan.decision.mode === "cheapest") return undefined;
  const index = router.tiers.indexOf(plan.decision.tier);
  return index >= 0 ? router.tiers[index + 1] : undefined;
}

/** The first choice's text and whether it is a tool call. */
export function answerOf(body: ChatCompletionBody): { content: string; finishReason: string | null; hasToolCalls: boolean } {
  const choice = body.choices[0];
  const message = choice?.message;
  const content = typeof message?.content === "string" ? message.content : typeof message?.refusal === "string" ? message.refusal : "";
  return { content, finishReason: choice?.finish_reason ?? null, hasToolCalls: Array.isArray(message?.tool_calls) && message.tool_calls.length > 0 };
}
