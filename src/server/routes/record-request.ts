/**
 * How a front-door request is recorded once it ends: metrics, the latency tracker, one log line, the decision record
 * and its trace. Split from `chat-completions.ts`; `finish` there calls `recordRequest` exactly once per request.
 * @module
 */
import type { FastifyRequest } from "fastify";
import type { Clock } from "../../core/clock.js";
import { RecordNotDurableError, type GatewayError } from "../../core/errors/index.js";
import type { Usage } from "../../core/types.js";
import { billedPastReservation } from "../../log/billed-past-reservation.js";
import type { DecisionLog, DecisionRecord } from "../../log/decision-record.js";
import { buildDecisionRecord } from "../../routing/fallback/build-decision-record.js";
import { tokenCount } from "../../routing/fallback/answered-model.js";
import { allAttempts, upstreamAttemptCount, type ChatEngineState } from "../../routing/complete-chat.js";
import type { StreamOutcome } from "../../routing/fallback/run-chat-stream.js";
import type { LatencyTracker } from "../../routing/latency/latency-tracker.js";
import { observeFinishedRequest } from "../../routing/latency/observe-finished-request.js";
import type { GatewayMetrics } from "../gateway-metrics.js";
import type { ConversationTurn } from "../doors/conversation-turn.js";
import type { RequestTracer } from "../telemetry/request-tracer.js";

/** What recording needs (a part of the route's deps). */
export interface RecordDeps {
  clock: Clock;
  metrics: GatewayMetrics;
  decisionLog?: DecisionLog;
  latency?: LatencyTracker;
  tracer?: RequestTracer;
}

/** What the request was, for its record. */
export interface RequestMeta {
  id: string;
  startedAt: number;
  keyId: string | null;
  stream: boolean;
  prompt: string | null;
  requestedModel?: string | undefined;
  door: string;
  turn: ConversationTurn;
}

/** How a request ended (the engine state holds the plan, runs and quality checks). */
export interface Finish {
  model: string | null;
  usage: Usage | undefined;
  /** A stream's last attempt's usage (`StreamOutcome.answerUsage`), for conversation affinity. */
  answerUsage?: Usage | undefined;
  costUsd: number;
  timeToFirstTokenMs: number | null;
  finishReason: string | null;
  status: number;
  error: GatewayError | undefined;
  /** ms a stream waited for its client to read (not the model's time); absent: none. */
  clientWaitMs?: number;
}

/** The record's end of a stream; `gone`: the client hung up, so even a completed answer did not reach it (499). */
export function streamFinish(timeToFirstTokenMs: number, outcome: StreamOutcome, gone: boolean): Finish {
  return {
    model: outcome.model,
    usage: outcome.usage,
    answerUsage: outcome.answerUsage,
    costUsd: outcome.costUsd,
    timeToFirstTokenMs,
    finishReason: outcome.status === "completed" ? outcome.finishReason : "error",
    status: outcome.status === "client_gone" || gone ? 499 : 200,
    error: outcome.error,
    ...(outcome.clientWaitMs !== undefined ? { clientWaitMs: outcome.clientWaitMs } : {}),
  };
}

export function recordRequest(
  deps: RecordDeps,
  request: FastifyRequest,
  meta: RequestMeta,
  state: ChatEngineState,
  end: Finish,
): Promise<void> | void {
  const latencyMs = deps.clock.now() - meta.startedAt;
  const tier = state.plan?.decision.tier ?? "none";
  // A stream that failed after its headers went out as 200 is counted with the status of the error it ended with, so
  // an error rate read from this metric sees it.
  const failedStream = meta.stream && end.status === 200 && end.finishReason === "error";
  deps.metrics.observeRequest({ model: end.model ?? "none", tier, status: failedStream ? (end.error?.status ?? 502) : end.status, stream: meta.stream, durationMs: latencyMs, timeToFirstTokenMs: end.timeToFirstTokenMs });
  if (deps.latency) {
    const completed = end.status === 200 && !end.error && end.finishReason !== "error";
    const outputTokens = end.usage ? tokenCount(end.usage.completion_tokens) : undefined;
    observeFinishedRequest(deps.latency, { attempts: allAttempts(state), upstreamAttempts: upstreamAttemptCount(state), timeToFirstTokenMs: end.timeToFirstTokenMs, durationMs: latencyMs, clientWaitMs: end.clientWaitMs ?? 0, outputTokens, stream: meta.stream, completed });
  }
  request.log.info(
    { decisionId: meta.id, door: meta.door, model: end.model, tier, status: end.status, attempts: upstreamAttemptCount(state), latencyMs, error: end.error?.code ?? undefined },
    meta.door === "chat" ? "chat completion" : `${meta.door} request`,
  );
  const built = buildDecisionRecord({
    id: meta.id,
    createdAt: meta.startedAt,
    keyId: meta.keyId,
    plan: state.plan,
    attempts: allAttempts(state),
    model: end.model,
    usage: end.usage,
    costUsd: end.costUsd,
    timeToFirstTokenMs: end.timeToFirstTokenMs,
    latencyMs,
    finishReason: end.finishReason,
    stream: meta.stream,
    status: end.status,
    error: end.error,
    prompt: meta.prompt,
    qualityChecks: state.qualityChecks,
    escalatedTo: state.escalatedTo,
    experiment: state.plan?.experiment ?? null,
    arm: state.plan?.arm ?? null,
    door: meta.door,
    affinity: state.plan ? meta.turn.status(state.plan, end.model) : null,
  });
  const record = flagOverrun(built, request);
  deps.decisionLog?.write(record);
  deps.tracer?.record(record, { requestedModel: meta.requestedModel ?? "unknown" });
  const durable = deps.decisionLog?.whenDurable?.();
  // A record the disk refused waits in memory while the client gets a 503: it says so, its cost (spent) unchanged.
  return durable?.catch((error: unknown) => {
    if (error instanceof RecordNotDurableError && record.status < 400) deps.decisionLog?.amendWaiting?.(meta.id, { status: 503, outcome: "failed", errorType: "storage_unavailable" });
    throw error;
  });
}

/** The record with a reason added (and a warning logged) when it cost more than it reserved. */
function flagOverrun(record: DecisionRecord, request: FastifyRequest): DecisionRecord {
  const overrun = billedPastReservation(record);
  if (overrun === undefined) return record;
  request.log.warn({ decisionId: record.id, costUsd: record.costUsd, model: record.model }, overrun);
  return { ...record, reasons: [...(record.reasons ?? []).slice(0, 11), overrun] };
}
