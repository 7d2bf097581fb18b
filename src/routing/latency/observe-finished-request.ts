/**
 * Feeds the latency tracker from a finished gateway request: the one place where the answering model, its time to
 * first token, the output tokens and the total time are all known. Only clean single-attempt answers count: after
 * a fallback, the time to first token includes the failed attempts and would blame the model that answered.
 * @module
 */
import type { AttemptRecord } from "../../log/decision-record.js";
import type { LatencyTracker } from "./latency-tracker.js";

/** What the gateway knows when a request ends. */
export interface FinishedRequest {
  /** Every attempt and skip of the request, in order. */
  attempts: readonly AttemptRecord[];
  /** Upstream requests made. */
  upstreamAttempts: number;
  /** Time to the first content (streams) or first byte; null when nothing came. */
  timeToFirstTokenMs: number | null;
  /** Total time of the request, in ms. */
  durationMs: number;
  /** `usage.completion_tokens`, when reported. */
  outputTokens: number | undefined;
  stream: boolean;
  /** True when the answer completed (HTTP 200, no error, not cut). */
  completed: boolean;
}

/** Observes the request when it is a clean single-attempt answer; otherwise does nothing. Never throws. */
export function observeFinishedRequest(tracker: LatencyTracker, request: FinishedRequest): void {
  const { timeToFirstTokenMs, durationMs } = request;
  if (!request.completed || request.upstreamAttempts !== 1 || timeToFirstTokenMs === null) return;
  const answered = request.attempts.find((attempt) => attempt.errorType === null);
  if (!answered) return;
  tracker.observe(answered.model, {
    ttftMs: timeToFirstTokenMs,
    durationMs: Math.max(durationMs, timeToFirstTokenMs),
    outputTokens: request.outputTokens,
    whole: !request.stream,
  });
}
