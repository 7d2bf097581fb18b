/**
 * How the attempt loop (`FallbackRun`) reads an upstream attempt's failure: its typed kind, whether the loop moves on
 * to the next candidate (retryable failures, a prompt too long for this model, and a content-policy refusal only
 * when configured), and the reason the fallback is counted under.
 * @module
 */
import type { UpstreamError } from "../../core/errors/index.js";
import { classifyNetworkError } from "../../upstream/classify-network-error.js";
import type { FallbackSettings } from "./fallback-settings.js";

/** An attempt's failure as the loop reads it. */
export interface AttemptFailure {
  /** The failure, typed (a network error becomes an UpstreamError of its kind). */
  failure: UpstreamError;
  /** The loop tries the next candidate; otherwise the failure is the client's answer. */
  movesOn: boolean;
  /** The metric label of the fallback (`http_503`, `timeout`, ...). */
  fallbackReason: string;
}

/** Classifies what an attempt at `model` threw (anything but the client leaving or a non-upstream GatewayError). */
export function classifyAttemptFailure(model: string, error: unknown, settings: Pick<FallbackSettings, "fallbackOnContentPolicy">): AttemptFailure {
  const failure = classifyNetworkError(model, error);
  const movesOn =
    failure.isRetryable ||
    failure.kind === "context_length_exceeded" ||
    (failure.kind === "content_policy" && settings.fallbackOnContentPolicy);
  const fallbackReason = failure.kind === "http" ? `http_${failure.upstreamStatus ?? 0}` : failure.kind;
  return { failure, movesOn, fallbackReason };
}
