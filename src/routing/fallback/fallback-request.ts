/**
 * What one run of the attempt loop (`fallback-run.ts`) takes and gives: the request, each attempt's input, a success,
 * and how the run treats its attempts.
 * @module
 */
import type { ClientSignal } from "./client-signal.js";
import type { Reservation, SpendScope } from "../../budget/spend-guard.js";
import type { AttemptRecord } from "../../log/decision-record.js";
import type { ChainCandidate, RoutingPlan } from "../routing-plan.js";

/** One request's input to the loop. */
export interface FallbackRequest {
  /** The decision id; also the reservation's request id. */
  requestId: string;
  plan: RoutingPlan;
  scope: SpendScope;
  /** Aborts when the client goes away. */
  signal?: ClientSignal;
  /**
   * Runs as each upstream attempt starts, before its reservation: the attempt as a crash would leave it, its worst case
   * reserved. A promise it returns (the in-flight marker waiting for a lock) is awaited before the reservation. Runs
   * again with no attempt when the budget refused the one just announced: nothing of it is reserved any more.
   */
  onAttemptStart?: (plan: RoutingPlan, attempt: AttemptRecord | undefined) => Promise<void> | undefined;
}

/** What an attempt function receives. */
export interface AttemptInput {
  candidate: ChainCandidate;
  /** ms left before the request's total deadline. */
  remainingMs: number;
}

/** A successful attempt. */
export interface AttemptSuccess<T> {
  value: T;
  candidate: ChainCandidate;
  reservation: Reservation | undefined;
  startedAt: number;
}

/** How `run` treats its attempts. */
export interface RunOptions {
  /** The attempt is counted when it ends (a stream), not when `attempt` resolves. */
  endsLater?: boolean;
  /** Raises a candidate's worst case before it is reserved (a resumed stream's prefill). */
  widen?: (candidate: ChainCandidate) => ChainCandidate;
  /** Tokens each attempt sends beyond the prompt (a resume's prefill): charged with it when the client leaves. */
  prefillTokens?: number;
}
