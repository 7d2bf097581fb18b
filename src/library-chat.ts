/**
 * `router.chat()` and `router.stream()`: the gateway's engine without HTTP, logging one decision per call.
 * @module
 */
import type { Clock } from "./core/clock.js";
import { GatewayError, UpstreamError } from "./core/errors/index.js";
import type { ChatRequest, RoutingDecision, Usage } from "./core/types.js";
import type { DecisionLog } from "./log/decision-record.js";
import { allAttempts, chargedUsd, completeChat, newChatEngineState, startChatStream, upstreamAttemptCount, type ChatEngineDeps, type ChatEngineState } from "./routing/complete-chat.js";
import { buildDecisionRecord } from "./routing/fallback/build-decision-record.js";
import { askStreamUsage, isUsageOnlyChunk, type StreamChunk } from "./routing/fallback/stream-chunk.js";
import { chunkWithTextContent, completionWithTextContent, type ChatStreamChunk, type LibraryCompletion } from "./library-answer-text.js";
import { ClientGone } from "./routing/fallback/attempt-controller.js";
import { checkResponseQuality, type ResponseValidator } from "./routing/quality-checks.js";

/** A finished non-streaming call. */
export interface ChatResponse {
  /** The upstream's completion, with `message.content` as text (or null); `model` is the model that answered. */
  completion: LibraryCompletion;
  decisionId: string;
  decision: RoutingDecision;
  model: string;
  costUsd: number;
  /** Upstream requests made. */
  attempts: number;
  /** The tier the call escalated to after a failed quality check, or null. */
  escalatedTo: string | null;
  /**
   * The quality checks the returned answer failed (`validator`, `empty`, `refusal`, `json`, ...), empty when it
   * passed. Escalation is tried once, so an answer can still fail here: check it before trusting the answer.
   */
  qualityChecks: string[];
  /** The A/B experiment the call was enrolled in, or null (see docs/experiments.md). */
  experiment: string | null;
  /** Its arm, or null. */
  arm: "control" | "variant" | null;
}

/** A streaming call: iterate it for the parsed chunks. A failure after content throws an UpstreamError. */
export interface ChatStream extends AsyncIterable<ChatStreamChunk> {
  decisionId: string;
  decision: RoutingDecision;
  /** The model that started answering. */
  model: string;
}

/** What one library call runs with. */
export interface LibraryCall {
  deps: ChatEngineDeps;
  decisionLog: DecisionLog;
  clock: Clock;
  id: string;
  options: { signal?: AbortSignal | undefined; keyId?: string | undefined; validator?: ResponseValidator | undefined };
}

/** Runs a non-streaming call. Throws the same typed errors the gateway maps to HTTP. */
export async function runLibraryChat(call: LibraryCall, request: ChatRequest): Promise<ChatResponse> {
  const startedAt = call.clock.now();
  const state = newChatEngineState();
  try {
    const result = await completeChat(call.deps, engineInput(call, request), state);
    const costUsd = chargedUsd(state);
    log(call, state, startedAt, { model: result.model, usage: result.usage, costUsd, finishReason: result.finishReason, ttft: result.timeToFirstByteMs, stream: false });
    const decision = state.plan?.decision;
    if (!decision) throw new Error("completeChat returned without a plan");
    const experiment = { experiment: state.plan?.experiment ?? null, arm: state.plan?.arm ?? null };
    return { completion: completionWithTextContent(result.body), decisionId: call.id, decision, model: result.model, costUsd, attempts: upstreamAttemptCount(state), escalatedTo: state.escalatedTo, qualityChecks: state.answerChecks, ...experiment };
  } catch (error) {
    const aborted = error instanceof ClientGone || call.options.signal?.aborted === true;
    log(call, state, startedAt, { model: null, usage: undefined, costUsd: chargedUsd(state), finishReason: null, ttft: null, stream: false, error, aborted });
    throw aborted ? abortError(call.options.signal) : error;
  }
}

/** What an aborted call throws, as `fetch` does: the signal's reason, else an `AbortError`. */
function abortError(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException("The call was aborted.", "AbortError");
}

/** Runs a streaming call. */
export async function runLibraryStream(call: LibraryCall, request: ChatRequest): Promise<ChatStream> {
  const startedAt = call.clock.now();
  const state = newChatEngineState();
  const streamed: ChatRequest = { ...request, stream: true };
  // As the gateway's chat door: no usage-only chunk for a caller that set stream_options.include_usage: false.
  const wantsUsageChunk = askStreamUsage(streamed);
  let session;
  try {
    session = await startChatStream(call.deps, engineInput(call, streamed), state);
  } catch (error) {
    // Aborted before the first chunk: the signal's error, logged 499, as chat() does (not the gateway's ClientGone).
    const aborted = error instanceof ClientGone || call.options.signal?.aborted === true;
    log(call, state, startedAt, { model: null, usage: undefined, costUsd: chargedUsd(state), finishReason: null, ttft: null, stream: true, error, aborted });
    throw aborted ? abortError(call.options.signal) : error;
  }
  const { timeToFirstTokenMs } = session;
  // Runs before the stream's last event (as the gateway's), so the record is there once the caller's loop ends.
  session.onEnd = async (end) => {
    // A stream's content was already delivered, so a failed check cannot escalate it: it is recorded, as the gateway
    // records a stream's checks (the caller's validator included).
    if (end.status === "completed") state.qualityChecks = await streamChecks(request, end.text, end.finishReason, call.options.validator);
    log(call, state, startedAt, {
      model: end.model,
      usage: end.usage,
      costUsd: end.costUsd,
      finishReason: end.status === "completed" ? end.finishReason : "error",
      ttft: timeToFirstTokenMs,
      stream: true,
      error: end.error,
      aborted: end.status === "client_gone",
    });
  };
  const decision = state.plan?.decision;
  if (!decision) throw new Error("startChatStream returned without a plan");
  // Read at once, whether or not the caller ever iterates: the answer is settled, charged and logged in any case,
  // never left holding its budget reservation (a caller that throws before its `for await`).
  const events = readEagerly(session.chunks);
  return { decisionId: call.id, decision, model: session.model, [Symbol.asyncIterator]: () => parseEvents(events, { model: session.model, signal: call.options.signal, wantsUsageChunk }) };
}

/** The quality checks of a finished stream; a validator that throws or returns a Promise counts as rejecting. */
async function streamChecks(request: ChatRequest, text: string, finishReason: string | null, validator: ResponseValidator | undefined): Promise<string[]> {
  const input = { content: text, finishReason, callerSetNoCap: request.max_tokens === undefined && request.max_completion_tokens === undefined, responseFormat: request.response_format, hasToolCalls: finishReason === "tool_calls" };
  try {
    return (await checkResponseQuality({ ...input, ...(validator ? { validator } : {}) })).map((failure) => failure.check);
  } catch {
    return [...(await checkResponseQuality(input)).map((failure) => failure.check), "validator"];
  }
}

/** The stream's pieces read as they come into a queue; iterating takes them from it, and stopping early stops the stream. */
function readEagerly(source: AsyncGenerator<string>): AsyncGenerator<string> {
  const queued: string[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  void (async () => {
    try {
      for await (const piece of source) {
        queued.push(piece);
        wake?.();
      }
    } catch (error) {
      failure = error;
    } finally {
      ended = true;
      wake?.();
    }
  })();
  return (async function* () {
    try {
      for (;;) {
        const next = queued.shift();
        if (next !== undefined) yield next;
        else if (ended) {
          if (failure !== undefined) throw failure;
          return;
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      // The caller stopped reading before the end: stop the upstream too (it settles what was produced).
      if (!ended) void source.return(undefined);
    }
  })();
}

async function* parseEvents(events: AsyncGenerator<string>, how: { model: string; signal: AbortSignal | undefined; wantsUsageChunk: boolean }): AsyncGenerator<ChatStreamChunk> {
  const { model, signal } = how;
  for await (const event of events) {
    for (const line of event.split("\n")) {
      if (!line.startsWith("data:")) continue;
      const data = line.slice(5).trim();
      if (data === "[DONE]") return;
      const chunk = JSON.parse(data) as StreamChunk & { error?: { message?: string; code?: string } };
      if (chunk.error) {
        throw new UpstreamError({ message: chunk.error.message ?? "the stream failed", kind: "stream_interrupted", model, isRetryable: false });
      }
      if (how.wantsUsageChunk || !isUsageOnlyChunk(chunk)) yield chunkWithTextContent(chunk);
    }
  }
  // The events ended without [DONE]: never a silent success.
  if (signal?.aborted) throw abortError(signal);
  throw new UpstreamError({ message: "the stream ended before it finished", kind: "stream_interrupted", model, isRetryable: false });
}

function engineInput(call: LibraryCall, request: ChatRequest) {
  const { keyId, signal, validator } = call.options;
  return {
    requestId: call.id,
    request,
    // The experiment unit: the key id, else the request's `user` field, else this call's decision id.
    context: { keyId, requestId: call.id },
    scopeFor: (plan: { decision: RoutingDecision }) => ({ ...(keyId ? { keyId } : {}), task: plan.decision.task, tier: plan.decision.tier }),
    ...(signal ? { signal } : {}),
    ...(validator ? { validator } : {}),
  };
}

interface Ending {
  model: string | null;
  usage: Usage | undefined;
  costUsd: number;
  finishReason: string | null;
  ttft: number | null;
  stream: boolean;
  error?: unknown;
  /** The caller's signal ended the call (499, as the gateway logs a client that leaves). */
  aborted?: boolean;
}

function log(call: LibraryCall, state: ChatEngineState, startedAt: number, end: Ending): void {
  const error = GatewayError.isInstance(end.error) ? end.error : undefined;
  call.decisionLog.write(
    buildDecisionRecord({
      id: call.id,
      createdAt: startedAt,
      keyId: call.options.keyId ?? null,
      plan: state.plan,
      attempts: allAttempts(state),
      model: end.model,
      usage: end.usage,
      costUsd: end.costUsd,
      timeToFirstTokenMs: end.ttft,
      latencyMs: call.clock.now() - startedAt,
      finishReason: end.finishReason,
      stream: end.stream,
      status: end.aborted ? 499 : end.error === undefined ? 200 : (error?.status ?? 500),
      error,
      prompt: null,
      qualityChecks: state.qualityChecks,
      escalatedTo: state.escalatedTo,
      experiment: state.plan?.experiment ?? null,
      arm: state.plan?.arm ?? null,
    }),
  );
}
