/**
 * The client-facing error of an attempt loop that ran out of candidates (`FallbackRun`): the budget's, the
 * Retry-After holds', or the open circuits' refusal when no model was tried, the upstream's own error when every
 * model said the prompt is too long, a 503 with the soonest Retry-After when every model called answered 429 (ADR
 * 0031), and otherwise every attempt listed with why the loop stopped.
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
  /** Models skipped without a call because their circuit was open. */
  circuitSkipped: readonly string[];
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
    if (run.circuitSkipped.length > 0) {
      const retryAfterMs = run.circuitOpenUntil === undefined ? undefined : Math.max(0, run.circuitOpenUntil - run.now);
      return new CircuitOpenError({ models: run.chain.map((c) => c.id), retryAfterMs });
    }
  }
  const last = errors.at(-1);
  if (last && errors.every((error) => error.kind === "context_length_exceeded")) return toClientError(last);
  if (last && !budgetError && errors.every(isRateLimited)) return rateLimitedError(run);
  // A model failed and the budget refused what would have come next: say both, with the budget's own words.
  const budgetNote = budgetError ? `The budget refused the fallback${run.budgetRefused.length === 1 ? "" : "s"} ${run.budgetRefused.join(", ")}: ${budgetError.message}` : undefined;
  const note = [circuitNote(run), budgetNote].filter((line) => line !== undefined).join("\n");
  return new AllAttemptsFailedError(errors, run.reason, note === "" ? undefined : note);
}

/** A model skipped for its open circuit was never called: say so, or the attempt list reads as if the chain began later. */
function circuitNote(run: ExhaustedRun): string | undefined {
  return run.circuitSkipped.length > 0 ? `Not called (circuit open after repeated failures): ${[...new Set(run.circuitSkipped)].join(", ")}.` : undefined;
}

function heldError(held: ExhaustedRun["held"], now: number): GatewayError {
  const models = held.map(({ candidate, until }) => `${candidate.id} (${Math.ceil((until - now) / 1000)} s)`).join(", ");
  return new UpstreamRateLimitedError({
    message: `Every model of the chain asked to be left alone for longer than the gateway may wait (Retry-After): ${models}. Retry later.`,
    retryAfterMs: Math.max(0, Math.min(...held.map(({ until }) => until - now))),
  });
}

function isRateLimited(error: UpstreamError): boolean {
  return error.kind === "http" && error.upstreamStatus === 429;
}

/**
 * Every model called answered 429 (others may have been held): the chain is rate-limited, not broken. The client is
 * told so as the held case tells it (503 `upstream_rate_limited`), every attempt listed, with the soonest wait any
 * model asked for as `Retry-After`; a 502 without it read as a fault and left clients retrying at once.
 */
function rateLimitedError(run: ExhaustedRun): GatewayError {
  const waits = [
    ...run.errors.flatMap((error) => (error.retryAfterMs === undefined ? [] : [error.retryAfterMs])),
    ...run.held.map(({ until }) => until - run.now),
  ];
  const listed = new AllAttemptsFailedError(run.errors, "every model of the chain is rate-limited upstream (429)", circuitNote(run));
  return new UpstreamRateLimitedError({
    message: `${listed.message}\nRetry later${waits.length > 0 ? "" : ": no model said when"}.`,
    retryAfterMs: waits.length > 0 ? Math.max(0, Math.min(...waits)) : undefined,
  });
}
