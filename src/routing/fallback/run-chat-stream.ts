/**
 * Streaming chat completion through the attempt loop. Failures before the first content chunk fail over
 * invisibly (the client has seen nothing, not even headers). After it, the stream either completes with
 * `[DONE]` (added when the upstream forgot it after a proper finish_reason), resumes on the next model
 * (`switchyard.resume`), or ends with an explicit error chunk and never `[DONE]`. What each attempt is charged,
 * and when the outcome is announced, is `stream-settlement.ts`.
 * @module
 */
import { GatewayError, RecordNotDurableError, UpstreamError } from "../../core/errors/index.js";
import { ClientGone, ClientTooSlow } from "./attempt-controller.js";
import { answeredModel } from "./answered-model.js";
import { FallbackRun } from "./fallback-run.js";
import type { FallbackRequest } from "./fallback-request.js";
import type { FallbackDeps } from "./fallback-settings.js";
import { openStreamAttempt, type OpenedStream } from "./open-stream-attempt.js";
import { OutputMeter } from "./output-bound.js";
import { prefillTokens, withPrefill } from "./prefill-reservation.js";
import { relayAttempt, StreamState, type RelayEnd } from "./relay-stream-attempt.js";
import { DONE_EVENT, errorEvent } from "./stream-chunk.js";
import { StreamSettlement, type StreamAttempt, type StreamOutcome } from "./stream-settlement.js";
import { createUpstreamBodyBuilder, type UpstreamBodyBuilder } from "./upstream-body.js";
import { labelWhileUpstreamWorks, type ChainCandidate, type RoutingPlan } from "../routing-plan.js";
import { dropsReasoningOff } from "../reasoning-off.js";

export type { StreamOutcome } from "./stream-settlement.js";

/** A stream that has committed: its first content chunk is ready. */
export interface ChatStreamSession {
  /** The model that answered first (headers are sent with it). */
  model: string;
  run: FallbackRun;
  /** ms from the request start to the first content chunk. */
  timeToFirstTokenMs: number;
  /** SSE text to send, starting with the first events. Iterate once. */
  chunks: AsyncGenerator<string>;
  /** Resolves when the stream is over. Never rejects. */
  outcome: Promise<StreamOutcome>;
  /**
   * Called once as soon as the outcome is known: after the last reservation is settled and before the stream's
   * last event (`[DONE]` or the error chunk) is yielded. A promise it returns (the decision record's group
   * commit) is awaited first, so the record is durable before the client has the whole answer (ADR 0008). Set it
   * before iterating `chunks`.
   */
  onEnd?: (outcome: StreamOutcome) => void | Promise<void>;
}

/** Options of a streaming run. */
export interface StreamOptions {
  /** Continue a broken stream on the next model with the partial text as prefill. */
  resume: boolean;
}

/** Runs attempts until one produces content. Throws the client-facing error if none does. */
export async function runChatStream(
  deps: FallbackDeps,
  request: FallbackRequest,
  options: StreamOptions,
  run = new FallbackRun(deps, request),
): Promise<ChatStreamSession> {
  const builder = createUpstreamBodyBuilder(request.plan.upstreamRequest);
  const open = (prefill: string | undefined): Promise<StreamAttempt> =>
    run
      .run(({ candidate, remainingMs }) =>
        openStreamAttempt(deps, {
          candidate,
          remainingMs,
          clientSignal: request.signal,
          afterSend: () => labelWhileUpstreamWorks(request.plan),
          body: bodyFor(builder, request.plan, candidate, prefill),
        }),
        { endsLater: true, ...(prefill ? { widen: (candidate: ChainCandidate) => withPrefill(candidate, prefill, run.priceFactor), prefillTokens: prefillTokens(prefill) } : {}) },
      )
      .then(({ value, reservation, startedAt }) => ({ opened: value, reservation, startedAt, prefillTokens: prefillTokens(prefill ?? "") }));
  const first = await open(undefined);
  const firstModel = answeredModel(first.opened.candidate, first.opened.bufferedChunks.at(-1)?.model);
  let resolveOutcome: (outcome: StreamOutcome) => void = () => {};
  const outcome = new Promise<StreamOutcome>((resolve) => (resolveOutcome = resolve));
  const session: Omit<ChatStreamSession, "chunks"> = { model: firstModel, run, timeToFirstTokenMs: first.opened.firstContentAt - run.startedAt, outcome };
  const announce = (result: StreamOutcome): void | Promise<void> => {
    resolveOutcome(result);
    return session.onEnd?.(result);
  };
  return Object.assign(session, { chunks: pump({ deps, request, run, options, first, open, resolveOutcome: announce }) });
}

interface PumpInput {
  deps: FallbackDeps;
  request: FallbackRequest;
  run: FallbackRun;
  options: StreamOptions;
  first: StreamAttempt;
  open: (prefill: string | undefined) => Promise<StreamAttempt>;
  /** Announces the outcome; its promise (the decision record on disk) is awaited before the last event. */
  resolveOutcome: (outcome: StreamOutcome) => void | Promise<void>;
}

/** What the pump's steps share. */
interface PumpContext extends PumpInput {
  state: StreamState;
  settlement: StreamSettlement;
}

async function* pump(input: PumpInput): AsyncGenerator<string> {
  const { run } = input;
  let current = input.first;
  const state = new StreamState(answeredModel(current.opened.candidate, undefined));
  state.models.push(state.model);
  const settlement = new StreamSettlement({ ...input, state, announce: input.resolveOutcome });
  const context: PumpContext = { ...input, state, settlement };
  let resumed = false;
  try {
    for (;;) {
      const { opened } = current;
      const end = yield* relayAttempt(opened, state, resumed);
      if (end.clientGone) return yield* endForClientGone(context, current);
      const failure = streamFailure(end, state, opened.candidate.id);
      // A proper finish_reason makes the answer complete even if [DONE] (or the socket) went missing after it, but
      // not when content went on past the output bound after it: that upstream is not answering this request.
      if (!failure || (state.finishReason !== null && !state.overran)) return yield* complete(context, current, end.done, resumed);
      opened.controller.abort(new Error("stream failed"));
      await run.reportLateFailure(opened.candidate, failure, current.startedAt);
      await settlement.settleCurrent(false);
      const resumption = await resumeAfter(context, opened.candidate.id, failure);
      if ("error" in resumption) return yield* endOnError(context, resumption.error);
      if (!resumption.next) return;
      current = resumption.next;
      resumed = true;
    }
  } finally {
    if (!settlement.finished) {
      // The consumer stopped early (client gone, or cut for not reading): stop the upstream and settle what was produced.
      current.opened.controller.abort(new ClientGone());
      current.opened.controller.dispose();
      void current.opened.batches.return(undefined);
      await run.reportLateFailure(current.opened.candidate, clientGoneError(current.opened.candidate.id), current.startedAt, "client");
      await settlement.finishUnfinished("client_gone", clientTooSlowError(current.opened.controller.reason));
    }
  }
}

/** The attempt's failure after content; a stream that ended with neither `[DONE]` nor a finish_reason was cut. */
function streamFailure(end: RelayEnd, state: StreamState, model: string): UpstreamError | undefined {
  if (end.failure || end.done || state.finishReason !== null) return end.failure;
  return new UpstreamError({ message: "the stream ended without a finish_reason (cut)", kind: "stream_interrupted", model, upstreamStatus: 200, isRetryable: true });
}

/** The client left mid-stream: its attempt is recorded as such; a client too slow is still there and told why. */
async function* endForClientGone(context: PumpContext, current: StreamAttempt): AsyncGenerator<string> {
  const { opened } = current;
  const { state } = context;
  await context.run.reportLateFailure(opened.candidate, clientGoneError(opened.candidate.id), current.startedAt, "client");
  const tooSlow = clientTooSlowError(opened.controller.reason);
  await context.settlement.finishUnfinished("client_gone", tooSlow);
  if (tooSlow) yield errorEvent(tooSlow, { id: state.streamId, model: state.model, created: state.created });
}

/** The answer is complete: settled and recorded before the last event, so a client holding it is always accounted for. */
async function* complete(context: PumpContext, current: StreamAttempt, done: boolean, resumed: boolean): AsyncGenerator<string> {
  const { opened } = current;
  const { state } = context;
  if (done) drainRest(opened);
  context.run.reportStreamEnd(opened.candidate, current.startedAt);
  try {
    await context.settlement.finish("completed");
  } catch (error) {
    // The record could not reach the disk: the stream ends on an error, never on [DONE].
    if (!(error instanceof RecordNotDurableError)) throw error;
    yield errorEvent({ message: error.message, type: error.type, code: error.code }, { id: state.streamId, model: state.model, created: state.created });
    return;
  }
  yield resumed ? finishedByEvent(state) + DONE_EVENT : DONE_EVENT;
}

/**
 * After a failure mid-stream: the next attempt when the stream may resume on another model and one opens; no attempt
 * when the client left while it opened (the outcome is then announced); else the error the stream ends with.
 */
async function resumeAfter(context: PumpContext, failedModel: string, failure: UpstreamError): Promise<{ next: StreamAttempt | undefined } | { error: GatewayError }> {
  const { options, run, state, settlement } = context;
  // A tool call already sent cannot be prefilled: the next model would start it again, and the client join the two.
  // An attempt cut for streaming past max_tokens made an answer long enough: another model would only add to it.
  // A picture or audio sent cannot be prefilled either: the next model drew again under it (round 26 review).
  if (!options.resume || state.sentToolCall || state.sentMedia || state.overran || !run.canContinue()) return { error: failure };
  try {
    const next = await context.open(state.text);
    settlement.resumedOn(next);
    state.resumes += 1;
    state.model = answeredModel(next.opened.candidate, undefined);
    state.models.push(state.model);
    state.attemptChars = 0;
    // Each attempt is priced on its own usage: the cut one's (sent on a chunk before its end) priced the next (round 26).
    state.usage = undefined;
    state.usageGarbled = false;
    state.garbledCostUsd = undefined;
    state.attemptServiceTier = undefined;
    state.attemptOutput = new OutputMeter();
    context.deps.observer?.onFallback(failedModel, "resume");
    return { next };
  } catch (error) {
    if (error instanceof ClientGone) {
      await settlement.finishUnfinished("client_gone");
      return { next: undefined };
    }
    return { error: GatewayError.isInstance(error) ? error : failure };
  }
}

/** Ends the stream on an explicit error chunk, never `[DONE]`: the answer above it is incomplete. */
async function* endOnError(context: PumpContext, clientError: GatewayError): AsyncGenerator<string> {
  const { state } = context;
  const last = errorEvent(describeMidStreamFailure(clientError), { id: state.streamId, model: state.model, created: state.created });
  await context.settlement.finishUnfinished("failed", clientError);
  yield last;
}

/**
 * Reads whatever follows `[DONE]` (normally just the end of the body) so the keep-alive socket goes back to the
 * pool instead of being torn down; gives up after a second.
 */
function drainRest(opened: OpenedStream): void {
  const timer = setTimeout(() => opened.controller.abort(new Error("nothing should follow [DONE]")), 1_000);
  timer.unref();
  void (async () => {
    try {
      for (let next = await opened.batches.next(); !next.done; next = await opened.batches.next());
    } catch {
      // aborted or reset after [DONE]: the answer is already complete
    } finally {
      clearTimeout(timer);
    }
  })();
}

/**
 * The chunk a resumed stream ends with (before `[DONE]`): no choices, `model` set to the model that finished the
 * answer, and `switchyard.models` listing every model that wrote part of it, in order.
 */
function finishedByEvent(state: StreamState): string {
  const chunk = { id: state.streamId, object: "chat.completion.chunk", created: state.created, model: state.model, choices: [], switchyard: { model: state.model, models: state.models, resumes: state.resumes } };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function describeMidStreamFailure(error: GatewayError): { message: string; type: string; code: string | null } {
  const message = `The stream from the upstream failed after content was sent; the answer above is incomplete. ${error.message}`;
  return { message, type: error.type, code: error.code };
}

/** The record's (and the client's) error when the request's time ran out on a slow reader; undefined otherwise. */
function clientTooSlowError(reason: unknown): GatewayError | undefined {
  if (!(reason instanceof ClientTooSlow)) return undefined;
  const message = `The client read the stream too slowly: upstream.timeouts.total_ms (${reason.afterMs} ms) ran out while the gateway waited for it to take what was sent; the answer above is incomplete.`;
  return new GatewayError({ message, status: 408, type: "invalid_request_error", code: "client_too_slow" });
}

function clientGoneError(model: string): UpstreamError {
  return new UpstreamError({ message: "the client closed the connection", kind: "stream_interrupted", model, isRetryable: false });
}

/** An attempt's body: with the partial answer as a prefill on a resume, and without an off switch the model refuses. */
function bodyFor(builder: UpstreamBodyBuilder, plan: RoutingPlan, candidate: ChainCandidate, prefill: string | undefined): string {
  const withoutReasoning = dropsReasoningOff(plan.reasoningOff, candidate.model);
  return prefill === undefined ? builder.build(candidate.id, candidate.maxTokens, withoutReasoning) : builder.buildWithPrefill(candidate.id, candidate.maxTokens, prefill, withoutReasoning);
}
