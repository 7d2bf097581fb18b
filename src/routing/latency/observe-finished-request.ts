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
  /**
   * ms of `durationMs` the gateway spent waiting for its client to take what was sent (a slow reader): the model's
   * time is the rest. Absent: none.
   */
  clientWaitMs?: number;
  /** `usage.completion_tokens`, when reported. */
  outputTokens: number | undefined;
  stream: boolean;
  /** True when the answer completed (HTTP 200, no error, not cut). */
  completed: boolean;
}

/**
 * The largest share of a stream's time spent waiting for its client after which its speed is still learned. While
 * the gateway waits, the model goes on writing into the sockets' buffers, and that output is then read at once: the
 * time waited comes out of the model's, but a long wait leaves too little to measure a speed by (it would read far
 * too fast). Its time to first token, taken before the client was sent anything, is learned all the same.
 */
export const MAX_CLIENT_WAIT_SHARE = 0.1;

/** Observes the request when it is a clean single-attempt answer; otherwise does nothing. Never throws. */
export function observeFinishedRequest(tracker: LatencyTracker, request: FinishedRequest): void {
  const { timeToFirstTokenMs } = request;
  if (!request.completed || request.upstreamAttempts !== 1 || timeToFirstTokenMs === null) return;
  const answered = request.attempts.find((attempt) => attempt.errorType === null);
  if (!answered) return;
  const clientWaitMs = Math.max(0, request.clientWaitMs ?? 0);
  const durationMs = request.durationMs - clientWaitMs;
  tracker.observe(answered.model, {
    ttftMs: timeToFirstTokenMs,
    durationMs: Math.max(durationMs, timeToFirstTokenMs),
    outputTokens: clientWaitMs > request.durationMs * MAX_CLIENT_WAIT_SHARE ? undefined : request.outputTokens,
    whole: !request.stream,
  });
}
