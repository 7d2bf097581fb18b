/**
 * The first phase of a streaming attempt: send the request and read until the first content chunk.
 * Anything that goes wrong before then (HTTP error, timeout while only keep-alive comments arrive, malformed
 * first chunk, an early end) is thrown as a typed UpstreamError so the loop fails over invisibly.
 * @module
 */
import type { ClientSignal } from "./client-signal.js";
import { UpstreamError } from "../../core/errors/index.js";
import { classifyErrorObject, classifyHttpFailure, malformedResponse, readErrorBody, redactErrorBody } from "../../upstream/classify-upstream-failure.js";
import { StreamedToolNames } from "./answer-shape.js";
import { classifyNetworkError } from "../../upstream/classify-network-error.js";
import { MAX_ANSWER_BYTES, readBodyCapped, readErrorText } from "../../upstream/read-capped-body.js";
import { MAX_SSE_EVENT_CHARS, SseEventParser, type SseEvent } from "../../upstream/sse-event-parser.js";
import type { UpstreamBody, UpstreamResponse } from "../../upstream/upstream-client.js";
import { AttemptController, ClientGone } from "./attempt-controller.js";
import type { FallbackDeps } from "./fallback-settings.js";
import type { ChainCandidate } from "../routing-plan.js";
import { OutputMeter, outputCharLimit, overranMaxTokens } from "./output-bound.js";
import { chunkOutput, chunkShapeProblem, chunkUsageIsGarbled, isContentChunk, isErrorFinish, parseChunk, type StreamChunk } from "./stream-chunk.js";
import { upstreamWords } from "../../upstream/upstream-words.js";
import { answerCostUsd, answeredModel, statedCostUsd } from "./answered-model.js";
import { nestsDeeperThan } from "../../upstream/answer-depth.js";

/** A stream that has produced its first content chunk. */
export interface OpenedStream {
  candidate: ChainCandidate;
  controller: AttemptController;
  /** Raw events before and including the first content chunk (comments dropped). */
  buffered: string[];
  /** Parsed chunks matching `buffered`. */
  bufferedChunks: StreamChunk[];
  /** Events that arrived in the same upstream read as the first content chunk, after it. */
  rest: SseEvent[];
  /** The rest of the upstream's events, one array per upstream read. */
  batches: AsyncGenerator<SseEvent[]>;
  /** When the first content chunk arrived. */
  firstContentAt: number;
  /** Scrubs the upstream key from upstream text that may reach the client (an error after content). */
  redact?: (text: string) => string;
  /** The stream's tool calls so far, for a call that names no tool (read before content and after). */
  toolNames: StreamedToolNames;
}

/** Opens one streaming attempt; `body` is the serialized upstream request. */
export async function openStreamAttempt(
  deps: FallbackDeps,
  options: {
    candidate: ChainCandidate;
    body: string;
    remainingMs: number;
    clientSignal: ClientSignal | undefined;
    /** Runs once the request is on its way, while the upstream works (e.g. labelling the decision). */
    afterSend?: () => void;
  },
): Promise<OpenedStream> {
  const { settings, upstream, clock } = deps;
  const { candidate } = options;
  const controller = new AttemptController({ clientSignal: options.clientSignal, remainingMs: options.remainingMs, totalMs: settings.totalMs });
  controller.setPhase("first_token", settings.firstTokenMs);
  let response: UpstreamResponse | undefined;
  let batches: AsyncGenerator<SseEvent[]> | undefined;
  try {
    const sent = upstream.chatCompletions(options.body, {
      signal: controller.signal,
      headersTimeoutMs: settings.firstTokenMs + 1_000,
      bodyTimeoutMs: 0,
    });
    options.afterSend?.();
    response = await sent;
    if (response.status !== 200) {
      const text = await readErrorText(response.body);
      throw classifyHttpFailure({ model: candidate.id, status: response.status, headers: response.headers, bodyText: redact(deps, text), now: clock.now() });
    }
    // A media type is case-insensitive: `Text/HTML` is a page too.
    const contentType = String(response.headers["content-type"] ?? "").toLowerCase();
    if (contentType.includes("application/json")) throw await jsonInsteadOfStream(deps, candidate, response.body);
    if (contentType.includes("text/html")) throw await pageInsteadOfStream(deps, candidate.id, response.body);
    batches = readEventBatches(response.body, candidate.id);
    const buffered: string[] = [];
    const bufferedChunks: StreamChunk[] = [];
    const toolNames = new StreamedToolNames();
    const held = new HeldBeforeContent(candidate);
    for (;;) {
      const next = await batches.next();
      if (next.done) throw earlyEnd(candidate.id, "the stream ended before any content");
      const batch = next.value;
      for (let index = 0; index < batch.length; index += 1) {
        const event = batch[index] as SseEvent;
        if (event.data === undefined) continue; // `: OPENROUTER PROCESSING` and other comments are not content
        if (event.data === "[DONE]") throw earlyEnd(candidate.id, "the stream sent [DONE] before any content");
        const chunk = parseChunk(event.data);
        if (!chunk) throw malformedResponse(candidate.id, `a stream chunk is not JSON: ${upstreamWords(redact(deps, event.data.slice(0, 80)))}`, 200);
        const errorBody = readErrorBody(chunk);
        if (errorBody) throw classifyErrorObject(candidate.id, redactErrorBody(errorBody, deps.redact));
        if (isErrorFinish(chunk)) throw earlyEnd(candidate.id, 'the stream ended with finish_reason "error" before any content');
        const broken = chunkShapeProblem(chunk);
        // A garbled usage says the upstream billed something it does not say readably: charged its worst case, as a
        // garbled usage on an answer is (answered-model.ts).
        if (broken) throw malformedResponse(candidate.id, `a stream chunk before any content: ${broken}`, 200, chunkUsageIsGarbled(chunk) ? garbledUsageBilledUsd(deps, candidate, chunk) : undefined);
        const misnamed = toolNames.check(chunk.choices?.[0]?.delta);
        if (misnamed) throw malformedResponse(candidate.id, misnamed, 200);
        buffered.push(event.raw);
        bufferedChunks.push(chunk);
        // Past the output bound already (one oversized event, or reasoning sent only as `reasoning_details`), nothing
        // is relayed: the attempt fails before the stream commits, so the next model may answer; it was generated, so
        // it is charged its worst case. It was committed with nothing above it (round 24 review), and chunks that are
        // not content were held in memory until the first-token timeout (round 25).
        held.addOutput(chunk);
        if (isContentChunk(chunk)) {
          controller.setPhase("idle", settings.idleMs);
          return { candidate, controller, buffered, bufferedChunks, rest: batch.slice(index + 1), batches, firstContentAt: clock.now(), toolNames, ...(deps.redact ? { redact: deps.redact } : {}) };
        }
        held.addHeld(event.raw, chunk);
      }
    }
  } catch (error) {
    const reason = controller.reason;
    controller.abort(new Error("attempt abandoned"));
    controller.dispose();
    void batches?.return(undefined);
    response?.body.destroy();
    if (reason instanceof ClientGone) throw reason;
    throw classifyNetworkError(candidate.id, error, reason);
  }
}

/**
 * What an attempt whose usage is garbled before content is charged: its worst case, or the `cost` the usage states
 * when that says more (believed up to what the model could cost, as any reported cost is).
 */
function garbledUsageBilledUsd(deps: FallbackDeps, candidate: ChainCandidate, chunk: StreamChunk): number {
  const stated = statedCostUsd(chunk.usage);
  if (stated === undefined) return candidate.worstCaseCostUsd;
  const believed = answerCostUsd(deps.catalog, candidate, answeredModel(candidate, chunk.model), { prompt_tokens: 0, completion_tokens: 0, cost: stated });
  return Math.max(candidate.worstCaseCostUsd, believed);
}

/**
 * What a stream sends before its first content, as the output bound counts it, and its raw size: both bounded, since
 * all of it is held until the stream commits. Raw events may hold more than output (encrypted reasoning, a chunk's
 * JSON around one token): up to RAW_PER_OUTPUT_CHAR characters per character of the bound, and never more than a
 * whole answer may hold. A generated image or audio (`delta.images`, `delta.audio.data`) weighs no fixed share of
 * its tokens (a 4K PNG is megabytes for about 2,000): it counts only against the whole answer's cap, as it does in a
 * whole answer. The event that commits the stream is not held past it: its output is bounded, not its raw size (a
 * provider that buffers sends the whole answer in it, with logprobs kilobytes a token).
 */
class HeldBeforeContent {
  static readonly RAW_PER_OUTPUT_CHAR = 16;
  readonly #meter = new OutputMeter();
  #outputChars = 0;
  #rawChars = 0;
  #mediaChars = 0;

  constructor(private readonly candidate: ChainCandidate) {}

  /** Counts one event's output; throws the attempt's failure once past the output bound. */
  addOutput(chunk: StreamChunk): void {
    const { id, maxTokens, worstCaseCostUsd } = this.candidate;
    for (const piece of chunkOutput(chunk)) {
      this.#meter.add(piece);
      this.#outputChars += piece.length;
    }
    if (this.#meter.exceeds(maxTokens)) throw overranMaxTokens(id, maxTokens, this.#outputChars, worstCaseCostUsd);
  }

  /** Counts one event held until content comes; throws the attempt's failure once its raw size is past either cap. */
  addHeld(raw: string, chunk: StreamChunk): void {
    const { id, maxTokens, worstCaseCostUsd } = this.candidate;
    this.#rawChars += raw.length;
    this.#mediaChars += mediaChars(chunk);
    const rawLimit = outputCharLimit(maxTokens) * HeldBeforeContent.RAW_PER_OUTPUT_CHAR;
    if (this.#rawChars > MAX_ANSWER_BYTES || this.#rawChars - this.#mediaChars > rawLimit) {
      throw malformedResponse(id, `the upstream streamed ${this.#rawChars} characters of events before any content for max_tokens ${maxTokens}, more than any stream within it sends (${rawLimit} beside generated images and audio, ${MAX_ANSWER_BYTES} in all)`, 200, worstCaseCostUsd);
    }
  }
}

/** Characters of generated media a chunk carries: its images' data URLs and its audio's base64 data. */
function mediaChars(chunk: StreamChunk): number {
  const delta = chunk.choices?.[0]?.delta;
  let chars = 0;
  if (Array.isArray(delta?.["images"])) {
    for (const image of delta["images"] as unknown[]) {
      const url = (image as { image_url?: { url?: unknown } } | null)?.image_url?.url;
      if (typeof url === "string") chars += url.length;
    }
  }
  const audio = (delta?.["audio"] as { data?: unknown } | null | undefined)?.data;
  return typeof audio === "string" ? chars + audio.length : chars;
}

/** Splits an upstream body into SSE events, one array per upstream read (empty reads are skipped). */
export async function* readEventBatches(body: UpstreamBody, model: string): AsyncGenerator<SseEvent[]> {
  const parser = new SseEventParser();
  for await (const chunk of body) {
    const events = parser.push(chunk);
    if (events.length > 0) yield events;
    if (parser.pendingChars > MAX_SSE_EVENT_CHARS) {
      body.destroy();
      throw malformedResponse(model, `a stream event over ${MAX_SSE_EVENT_CHARS / 1024 / 1024} M characters without its end`, 200);
    }
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}

/**
 * A whole JSON body where an event stream was asked for (an upstream or proxy that ignores `stream: true`). Unless it
 * is an error object, it said it was an answer: generated, so billed, and its attempt is charged its worst case as a
 * whole answer that cannot be read is (`run-chat-completion.ts`), not released as if nothing had been made.
 */
async function jsonInsteadOfStream(deps: FallbackDeps, candidate: ChainCandidate, body: UpstreamBody): Promise<UpstreamError> {
  const model = candidate.id;
  const billedUsd = candidate.worstCaseCostUsd;
  const raw = await readBodyCapped(body, undefined);
  if (!raw) return malformedResponse(model, `a JSON body over ${MAX_ANSWER_BYTES / 1024 / 1024} MB where an event stream was asked for`, 200, billedUsd);
  const text = redact(deps, raw.toString("utf8"));
  if (nestsDeeperThan(text)) return malformedResponse(model, "a JSON body where an event stream was asked for", 200, billedUsd);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return malformedResponse(model, "a JSON content type with a body that is not JSON", 200, billedUsd);
  }
  const errorBody = readErrorBody(parsed);
  return errorBody ? classifyErrorObject(model, errorBody) : malformedResponse(model, "a JSON body where an event stream was asked for", 200, billedUsd);
}

/**
 * A web page (a proxy's or captive portal's, a base URL that names a website) where an event stream was asked for:
 * quoted, as a whole answer's is, instead of "the stream ended before any content". Charged nothing: it never said
 * it was an answer.
 */
async function pageInsteadOfStream(deps: FallbackDeps, model: string, body: UpstreamBody): Promise<UpstreamError> {
  const raw = await readBodyCapped(body, undefined);
  const quoted = raw ? `${raw.length} bytes: ${upstreamWords(redact(deps, raw.subarray(0, 80).toString("utf8")))}` : `over ${MAX_ANSWER_BYTES / 1024 / 1024} MB`;
  return malformedResponse(model, `an HTML page where an event stream was asked for (${quoted})`, 200);
}

function earlyEnd(model: string, message: string): UpstreamError {
  return new UpstreamError({ message, kind: "stream_interrupted", model, upstreamStatus: 200, isRetryable: true });
}

function redact(deps: FallbackDeps, text: string): string {
  return deps.redact ? deps.redact(text) : text;
}
