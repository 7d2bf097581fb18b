/**
 * The client-facing error of an attempt loop that ran out of candidates (`FallbackRun`): the budget's, the
 * Retry-After holds', or the open circuits' refusal when no model was tried, the upstream's own error when every
 * model said the prompt is too long, and otherwise every attempt listed with why the loop stopped.
 * @module
 */
import { AllAttemptsFailedError, CircuitOpenError, GatewayError, UpstreamRateLimitedError, type BudgetExceededError, type UpstreamError } from "../../core/errors/index.js";
import type { ChainCandidate } from "../routing-plan.js";
import { toClientError } from "./to-client-error.js";

/** What the loop knows when it stops. */
export interface ExhaustedRun {
  errors: UpstreamError[];
  budgetError: BudgetExceededError | undefined;
  /** Models the budget refused. */
  budgetRefused: readonly string[];
  /** Models held by Retry-After longer than the loop may wait, and until when. */
  held: readonly { candidate: ChainCandidate; until: number }[];
  circuitSkips: number;
  /** The earliest time (ms since epoch) a skipped circuit lets a probe through, when the breaker says. */
  circuitOpenUntil: number | undefined;
  chain: readonly ChainCandidate[];
  now: number;
  /** Why the loop stopped, in words ("max_attempts was reached"). */
  reason: string;
}

export function exhaustedError(run: ExhaustedRun): GatewayError {
  const { errors, budgetError } = run;
  if (errors.length === 0) {
    if (budgetError) return budgetError;
    if (run.held.length > 0) return heldError(run.held, run.now);
    if (run.circuitSkips > 0) {
      const retryAfterMs = run.circuitOpenUntil === undefined ? undefined : Math.max(0, run.circuitOpenUntil - run.now);
      return new CircuitOpenError({ models: run.chain.map((c) => c.id), retryAfterMs });
    }
  }
  const last = errors.at(-1);
  if (last && errors.every((error) => error.kind === "context_length_exceeded")) return toClientError(last);
  // A model failed and the budget refused what would have come next: say both, with the budget's own words.
  const budgetNote = budgetError ? `The budget refused the fallback${run.budgetRefused.length === 1 ? "" : "s"} ${run.budgetRefused.join(", ")}: ${budgetError.message}` : undefined;
  return new AllAttemptsFailedError(errors, run.reason, budgetNote);
}

function heldError(held: ExhaustedRun["held"], now: number): GatewayError {
  const models = held.map(({ candidate, until }) => `${candidate.id} (${Math.ceil((until - now) / 1000)} s)`).join(", ");
  return new UpstreamRateLimitedError({
    message: `Every model of the chain asked to be left alone for longer than the gateway may wait (Retry-After): ${models}. Retry later.`,
    retryAfterMs: Math.max(0, Math.min(...held.map(({ until }) => until - now))),
  });
}
