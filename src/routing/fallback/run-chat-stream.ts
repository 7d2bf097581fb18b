/**
 * Streaming chat completion through the attempt loop. Failures before the first content chunk fail over
 * invisibly (the client has seen nothing, not even headers). After it, the stream either completes with
 * `[DONE]` (added when the upstream forgot it after a proper finish_reason), resumes on the next model
 * (`switchyard.resume`), or ends with an explicit error chunk and never `[DONE]`.
 * @module
 */
import type { Reservation } from "../../budget/spend-guard.js";
import { GatewayError, RecordNotDurableError, UpstreamError } from "../../core/errors/index.js";
import type { Usage } from "../../core/types.js";
import { ClientGone, ClientTooSlow } from "./attempt-controller.js";
import { answerCostUsd, answeredModel, estimatedUsage, partialCostUsd, tokenCount } from "./answered-model.js";
import { FallbackRun, type FallbackRequest } from "./fallback-run.js";
import type { FallbackDeps } from "./fallback-settings.js";
import { openStreamAttempt, type OpenedStream } from "./open-stream-attempt.js";
import { relayAttempt, StreamState } from "./relay-stream-attempt.js";
import { DONE_EVENT, errorEvent } from "./stream-chunk.js";
import { createUpstreamBodyBuilder } from "./upstream-body.js";
import { labelWhileUpstreamWorks } from "../routing-plan.js";

/** How a stream ended. */
export interface StreamOutcome {
  status: "completed" | "failed" | "client_gone";
  /** The model that answered last. */
  model: string;
  /**
   * The upstream's usage; or, when any attempt was priced without one (a stream cut, by the upstream or the client,
   * or one that ended without usage), the tokens every attempt was priced on, summed (`estimatedUsage` for those),
   * so the tokens recorded match the cost.
   */
  usage: Usage | undefined;
  /**
   * The usage of the attempt that finished the answer (the upstream's, or the estimate it was priced on): after a
   * resume its prompt is what that model read (the prompt and the text before it), not every attempt's prompt summed.
   * What the client is told and what conversation affinity keeps as the conversation's size; `usage` stays the money.
   * Absent: `usage`.
   */
  answerUsage?: Usage | undefined;
  /** Actual cost over every attempt that produced output. */
  costUsd: number;
  finishReason: string | null;
  /** The text sent (first choice), for quality checks. */
  text: string;
  /** The error sent in the error chunk, when failed. */
  error: GatewayError | undefined;
  /** How many times the stream resumed on another model. */
  resumes: number;
  /**
   * ms the last attempt spent waiting for the client to take what was sent (a slow reader), not on its upstream;
   * absent: none.
   */
  clientWaitMs?: number;
}

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
  const open = (prefill: string | undefined): Promise<{ opened: OpenedStream; reservation: Reservation | undefined; startedAt: number }> =>
    run
      .run(({ candidate, remainingMs }) =>
        openStreamAttempt(deps, {
          candidate,
          remainingMs,
          clientSignal: request.signal,
          afterSend: () => labelWhileUpstreamWorks(request.plan),
          body: prefill === undefined ? builder.build(candidate.id, candidate.maxTokens) : builder.buildWithPrefill(candidate.id, candidate.maxTokens, prefill),
        }),
        { endsLater: true },
      )
      .then(({ value, reservation, startedAt }) => ({ opened: value, reservation, startedAt }));
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
  first: { opened: OpenedStream; reservation: Reservation | undefined; startedAt: number };
  open: (prefill: string | undefined) => Promise<{ opened: OpenedStream; reservation: Reservation | undefined; startedAt: number }>;
  /** Announces the outcome; its promise (the decision record on disk) is awaited before the last event. */
  resolveOutcome: (outcome: StreamOutcome) => void | Promise<void>;
}

async function* pump(input: PumpInput): AsyncGenerator<string> {
  const { deps, request, run, options } = input;
  let current = input.first;
  const state = new StreamState(answeredModel(current.opened.candidate, undefined));
  state.models.push(state.model);
  let resumed = false;
  let settled = false;
  // The tokens each settled attempt was priced on, and whether any was an estimate.
  const priced = { prompt: 0, completion: 0, estimated: false };
  let lastAttemptUsage: Usage | undefined;
  const settleCurrent = async (completed: boolean): Promise<void> => {
    if (settled) return;
    settled = true;
    const { candidate } = current.opened;
    const usage = completed && state.usage ? state.usage : undefined;
    const cost = usage
      ? answerCostUsd(deps.catalog, candidate, state.model, usage, run.priceFactor)
      : partialCostUsd(candidate, request.plan.decision.prompt_tokens, state.attemptChars, run.priceFactor);
    const tokens = usage ?? estimatedUsage(request.plan.decision.prompt_tokens, state.attemptChars);
    lastAttemptUsage = tokens;
    priced.prompt += tokenCount(tokens.prompt_tokens);
    priced.completion += tokenCount(tokens.completion_tokens);
    priced.estimated ||= usage === undefined;
    state.costUsd += cost;
    await run.charge(current.reservation, cost);
  };
  let finished = false;
  const finish = async (status: StreamOutcome["status"], error?: GatewayError): Promise<void> => {
    if (finished) return;
    finished = true;
    await settleCurrent(status === "completed");
    const { text, finishReason, resumes, model } = state;
    const usage = priced.estimated ? { prompt_tokens: priced.prompt, completion_tokens: priced.completion, total_tokens: priced.prompt + priced.completion } : state.usage;
    // Attempts the client left while they opened (a resume) were charged their prompt by the run: the record says so.
    const costUsd = state.costUsd + run.abandonedCostUsd;
    const clientWaitMs = current.opened.controller.heldMs;
    await input.resolveOutcome({ status, model, usage, answerUsage: lastAttemptUsage, costUsd, finishReason, text, error, resumes, clientWaitMs });
  };
  // A stream that did not complete still ends as it would (the upstream's error event, or nothing for a client that
  // left) when its record cannot reach the disk: the record waits in memory, and nothing more can be told.
  const finishUnfinished = async (status: "failed" | "client_gone", error?: GatewayError): Promise<void> => {
    try {
      await finish(status, error);
    } catch (failure) {
      if (!(failure instanceof RecordNotDurableError)) throw failure;
    }
  };
  try {
    for (;;) {
      const { opened } = current;
      const end = yield* relayAttempt(opened, state, resumed);
      if (end.clientGone) {
        await run.reportLateFailure(opened.candidate, clientGoneError(opened.candidate.id), current.startedAt, "client");
        const tooSlow = clientTooSlowError(opened.controller.reason);
        await finishUnfinished("client_gone", tooSlow);
        // A client too slow is still there: it is told why its answer stops.
        if (tooSlow) yield errorEvent(tooSlow, { id: state.streamId, model: state.model, created: state.created });
        return;
      }
      let failure = end.failure;
      const done = end.done;
      if (!failure && !done && state.finishReason === null) {
        failure = new UpstreamError({ message: "the stream ended without a finish_reason (cut)", kind: "stream_interrupted", model: opened.candidate.id, upstreamStatus: 200, isRetryable: true });
      }
      if (!failure || state.finishReason !== null) {
        // A proper finish_reason makes the answer complete even if [DONE] (or the socket) went missing after it.
        if (done) drainRest(opened);
        run.reportStreamEnd(opened.candidate, current.startedAt);
        // Settled and recorded before the last event: a client holding the whole answer is always accounted for.
        try {
          await finish("completed");
        } catch (error) {
          // The record could not reach the disk: the stream ends on an error, never on [DONE].
          if (!(error instanceof RecordNotDurableError)) throw error;
          yield errorEvent({ message: error.message, type: error.type, code: error.code }, { id: state.streamId, model: state.model, created: state.created });
          return;
        }
        yield resumed ? finishedByEvent(state) + DONE_EVENT : DONE_EVENT;
        return;
      }
      opened.controller.abort(new Error("stream failed"));
      await run.reportLateFailure(opened.candidate, failure, current.startedAt);
      await settleCurrent(false);
      let clientError: GatewayError = failure;
      if (options.resume && run.canContinue()) {
        try {
          current = await input.open(state.text);
          settled = false;
          resumed = true;
          state.resumes += 1;
          state.model = answeredModel(current.opened.candidate, undefined);
          state.models.push(state.model);
          state.attemptChars = 0;
          deps.observer?.onFallback(opened.candidate.id, "resume");
          continue;
        } catch (error) {
          if (error instanceof ClientGone) {
            await finishUnfinished("client_gone");
            return;
          }
          clientError = GatewayError.isInstance(error) ? error : failure;
        }
      }
      const last = errorEvent(describeMidStreamFailure(clientError), { id: state.streamId, model: state.model, created: state.created });
      await finishUnfinished("failed", clientError);
      yield last;
      return;
    }
  } finally {
    if (!finished) {
      // The consumer stopped early (client gone, or cut for not reading): stop the upstream and settle what was produced.
      current.opened.controller.abort(new ClientGone());
      current.opened.controller.dispose();
      void current.opened.batches.return(undefined);
      await run.reportLateFailure(current.opened.candidate, clientGoneError(current.opened.candidate.id), current.startedAt, "client");
      await finishUnfinished("client_gone", clientTooSlowError(current.opened.controller.reason));
    }
  }
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
