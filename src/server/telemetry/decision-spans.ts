/**
 * What a request's trace holds, computed from its decision record: one server span for the request and one client
 * span per upstream attempt, with the OpenTelemetry GenAI semantic-convention attributes and Switchyard's own.
 * Pure data, so it is tested without an exporter; `otlp-tracer.ts` turns it into OpenTelemetry spans.
 * @module
 */
import type { AttemptRecord, DecisionRecord } from "../../log/decision-record.js";
import type { RefusedRequest } from "./request-tracer.js";

/** An attribute value as OpenTelemetry takes it. */
export type SpanAttributeValue = string | number | boolean | string[];

/** One span to emit. */
export interface SpanPlan {
  name: string;
  kind: "server" | "client";
  startMs: number;
  endMs: number;
  attributes: Record<string, SpanAttributeValue>;
  /** True when the span records a failure (status ERROR). */
  error: boolean;
}

/** The request span and its attempt spans. */
export interface TracePlan {
  request: SpanPlan;
  attempts: SpanPlan[];
}

/** The provider named in `gen_ai.provider.name` / `gen_ai.system`. */
const PROVIDER = "openrouter";

/**
 * Why the request moved past its first upstream attempt, e.g. `http_503` or `timeout`; undefined without a fallback.
 * A request whose every candidate was passed over before a call (each refused by a budget, each circuit open) never
 * moved to another model: it had `budget_exceeded` on its 402, read as a fallback that happened.
 */
export function fallbackReason(attempts: readonly AttemptRecord[]): string | undefined {
  if (!attempts.some(isUpstreamAttempt)) return undefined;
  const failed = attempts.find((attempt) => attempt.errorType !== null);
  if (!failed || failed === attempts.at(-1)) return failed && attempts.length > 1 ? reasonOf(failed) : undefined;
  return reasonOf(failed);
}

function reasonOf(attempt: AttemptRecord): string {
  return attempt.errorType === "http" ? `http_${attempt.status}` : (attempt.errorType ?? "unknown");
}

/** True for attempts that reached the upstream (skips such as `circuit_open` or `budget_exceeded` did not). */
function isUpstreamAttempt(attempt: AttemptRecord): boolean {
  return attempt.startedAtMs !== undefined || attempt.status !== 0 || attempt.latencyMs > 0;
}

/** The trace of one request. `requestedModel` is the `model` the client sent (e.g. `switchyard/auto`). */
export function decisionSpans(record: DecisionRecord, requestedModel: string): TracePlan {
  const endMs = record.createdAt + record.latencyMs;
  const upstream = record.attempts.filter(isUpstreamAttempt);
  const reason = fallbackReason(record.attempts);
  const request: SpanPlan = {
    name: `chat ${requestedModel}`,
    kind: "server",
    startMs: record.createdAt,
    endMs,
    // As the HTTP conventions say for server spans, and as a request refused before its door says (below): a refusal
    // (a budget's 402, a rate limit's 429) and a client's error are the client's, not the server's; a 5xx and an
    // answer that failed (a stream cut after its 200) are errors. Every outcome but `served` had status ERROR.
    error: record.outcome === "failed" || record.status >= 500,
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": PROVIDER,
      "gen_ai.system": PROVIDER,
      "gen_ai.request.model": requestedModel,
      ...(record.model ? { "gen_ai.response.model": record.model } : {}),
      "gen_ai.usage.input_tokens": record.inputTokens,
      "gen_ai.usage.output_tokens": record.outputTokens,
      ...(record.finishReason ? { "gen_ai.response.finish_reasons": [record.finishReason] } : {}),
      "http.response.status_code": record.status,
      ...(record.errorType ? { "error.type": record.errorType } : {}),
      "switchyard.decision_id": record.id,
      "switchyard.tier": record.tier,
      "switchyard.task": record.task,
      "switchyard.outcome": record.outcome,
      "switchyard.cost_usd": record.costUsd,
      "switchyard.attempts": upstream.length,
      ...(reason ? { "switchyard.fallback_reason": reason } : {}),
      ...(record.experiment ? { "switchyard.experiment": record.experiment, "switchyard.arm": record.arm ?? "" } : {}),
      ...(record.escalatedTo ? { "switchyard.escalated_to": record.escalatedTo } : {}),
    },
  };
  // Attempts logged without a start time (older records) are laid out one after another from the request start.
  let cursor = record.createdAt;
  const attempts = upstream.map((attempt, index): SpanPlan => {
    const startMs = attempt.startedAtMs ?? cursor;
    cursor = startMs + attempt.latencyMs;
    return {
      name: `chat ${attempt.model}`,
      kind: "client",
      startMs,
      endMs: startMs + attempt.latencyMs,
      error: attempt.errorType !== null,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": PROVIDER,
        "gen_ai.system": PROVIDER,
        "gen_ai.request.model": attempt.model,
        ...(attempt.errorType === null && record.model ? { "gen_ai.response.model": record.model } : {}),
        ...(attempt.status !== 0 ? { "http.response.status_code": attempt.status } : {}),
        ...(attempt.errorType ? { "error.type": attempt.errorType } : {}),
        "switchyard.attempt": index + 1,
        "switchyard.decision_id": record.id,
      },
    };
  });
  return { request, attempts };
}

/**
 * The span of a request refused before its door read it: an HTTP server span (`POST /v1/chat/completions`), as the
 * HTTP semantic conventions name one without a model, with the error code as `error.type`. As those conventions
 * say for server spans, only a 5xx (a drain's 503) is an error; a client's 4xx is the client's.
 */
export function refusedSpan(refused: RefusedRequest): SpanPlan {
  return {
    name: `${refused.method} ${refused.route}`,
    kind: "server",
    startMs: refused.startMs,
    endMs: refused.endMs,
    error: refused.status >= 500,
    attributes: {
      "http.request.method": refused.method,
      "http.route": refused.route,
      "http.response.status_code": refused.status,
      "error.type": refused.code,
      "switchyard.door": refused.door,
      "switchyard.outcome": "refused",
    },
  };
}
