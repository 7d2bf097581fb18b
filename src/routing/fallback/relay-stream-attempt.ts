/**
 * Relays one committed streaming attempt to the client: the events buffered up to the first content chunk, then
 * everything the upstream sends, one write per upstream read. It stops at `[DONE]`, at the end of the body, or
 * at the first failure, and says which.
 * @module
 */
import type { UpstreamError } from "../../core/errors/index.js";
import type { Usage } from "../../core/types.js";
import { classifyErrorObject, malformedResponse, readErrorBody, redactErrorBody } from "../../upstream/classify-upstream-failure.js";
import { classifyNetworkError } from "../../upstream/classify-network-error.js";
import type { SseEvent } from "../../upstream/sse-event-parser.js";
import { ClientGone } from "./attempt-controller.js";
import { readUsage, reportedModelId, statedCostUsd } from "./answered-model.js";
import { reportedServiceTier } from "../service-tier.js";
import type { OpenedStream } from "./open-stream-attempt.js";
import { OutputMeter, overranMaxTokens } from "./output-bound.js";
import { choicesShapeProblem, chunkOutput, chunkUsageIsGarbled, chunkText, finishReasonOf, hasGeneratedMedia, isErrorFinish, parseChunk, type StreamChunk } from "./stream-chunk.js";

/** What a stream has produced so far, across resumes. */
export class StreamState {
  text = "";
  finishReason: string | null = null;
  usage: Usage | undefined;
  costUsd = 0;
  resumes = 0;
  streamId: string | undefined;
  created = Math.floor(Date.now() / 1000);
  model: string;
  /** Characters of output produced by the current attempt. */
  attemptChars = 0;
  /** The `service_tier` the current attempt's chunks say served it (the charge is priced at it), if any. */
  attemptServiceTier: unknown;
  /** The current attempt's output as the max_tokens bound counts it (`output-bound.ts`). */
  attemptOutput = new OutputMeter();
  /** Every model that wrote part of the answer, in order (more than one after a resume). */
  readonly models: string[] = [];
  /** A tool call's delta was relayed: a prefill cannot carry a call, so such a stream is not resumed. */
  sentToolCall = false;
  /**
   * A generated picture or audio was relayed: a prefill cannot carry it either, so such a stream is not resumed, and
   * without a usage the attempt is charged as its whole max_tokens (its size is not in its bytes; round 26 review).
   */
  sentMedia = false;
  /** An attempt streamed past its max_tokens bound (`output-bound.ts`): the answer is long enough, so not resumed. */
  overran = false;
  /**
   * The current attempt sent a usage after content that is not token counts: its usage is not believed, and it is
   * charged the larger of its estimate and any readable usage it sent (`stream-settlement.ts`).
   */
  usageGarbled = false;
  /** The most a garbled usage of the current attempt says was billed (its `cost`, when that reads as an amount). */
  garbledCostUsd: number | undefined;

  constructor(model: string) {
    this.model = model;
  }

  /**
   * Tracks `chunk` unless it takes the attempt past its output bound (`output-bound.ts`); then it is left out, not
   * counted and not charged, and the characters the attempt would have reached with it are returned. One event may
   * hold 32 MB: relayed and charged whole, its attempt cost thousands of times the worst case reserved (round 24).
   */
  trackWithin(chunk: StreamChunk, maxTokens: number): number | undefined {
    const before = { text: this.text, finishReason: this.finishReason, usage: this.usage, streamId: this.streamId, created: this.created, model: this.model, attemptChars: this.attemptChars, sentToolCall: this.sentToolCall, sentMedia: this.sentMedia };
    const mark = this.attemptOutput.mark();
    this.track(chunk);
    if (!this.attemptOutput.exceeds(maxTokens)) return undefined;
    const reached = this.attemptChars;
    Object.assign(this, before);
    this.attemptOutput.rewind(mark);
    return reached;
  }

  track(chunk: StreamChunk): void {
    this.streamId ??= chunk.id;
    if (typeof chunk.created === "number") this.created = chunk.created;
    this.model = reportedModelId(chunk.model) ?? this.model;
    const calls = chunk.choices?.[0]?.delta?.tool_calls;
    if (Array.isArray(calls) && calls.length > 0) this.sentToolCall = true;
    if (hasGeneratedMedia(chunk.choices?.[0]?.delta)) this.sentMedia = true;
    this.text += chunkText(chunk);
    // A call's arguments are output too: billed by the upstream and bounded by max_tokens (ADR 0072); so is reasoning (ADR 0074).
    for (const piece of chunkOutput(chunk)) {
      this.attemptChars += piece.length;
      this.attemptOutput.add(piece);
    }
    const finish = finishReasonOf(chunk.choices?.[0]?.finish_reason);
    if (finish) this.finishReason = finish;
    const usage = readUsage(chunk.usage);
    if (usage) this.usage = usage;
    this.attemptServiceTier = reportedServiceTier(chunk) ?? this.attemptServiceTier;
  }
}

/** How a relayed attempt ended. */
export interface RelayEnd {
  /** The upstream sent `[DONE]`. */
  done: boolean;
  /** The attempt failed after content (cut, stall, malformed chunk, upstream error chunk). */
  failure: UpstreamError | undefined;
  /** The client went away. */
  clientGone: boolean;
}

/** Yields the attempt's output; returns how it ended. With `resumed`, chunks are re-identified as the first stream's. */
export async function* relayAttempt(opened: OpenedStream, state: StreamState, resumed: boolean): AsyncGenerator<string, RelayEnd> {
  const end: RelayEnd = { done: false, failure: undefined, clientGone: false };
  let out = "";
  try {
    // The chunks read before the first content may already hold more than the bound (one oversized event).
    for (let index = 0; index < opened.buffered.length && !end.failure; index += 1) {
      const chunk = opened.bufferedChunks[index] as StreamChunk;
      if (!trackWithinBound(opened, state, chunk, end)) break;
      if (!resumed) out += opened.buffered[index] as string;
      else if (chunkText(chunk) || chunk.choices?.[0]?.finish_reason || chunk.usage) out += rewrite(chunk, state);
    }
    let pending: readonly SseEvent[] = end.failure ? [] : opened.rest;
    for (;;) {
      for (const event of pending) {
        out += relayEvent(opened, state, resumed, event, end);
        if (end.done || end.failure) break;
      }
      if (out) {
        // The upstream key is never relayed, wherever an upstream that echoes its request put it.
        const batch = opened.redact ? opened.redact(out) : out;
        out = "";
        // Until the consumer asks for more, the upstream is not read: a slow client is no idle upstream.
        opened.controller.hold();
        yield batch;
        opened.controller.release();
      }
      if (end.done || end.failure) return end;
      const next = await opened.batches.next();
      if (next.done) return end;
      pending = next.value;
    }
  } catch (error) {
    if (opened.controller.reason instanceof ClientGone || error instanceof ClientGone) end.clientGone = true;
    else end.failure = classifyNetworkError(opened.candidate.id, error, opened.controller.reason);
    return end;
  } finally {
    opened.controller.dispose();
  }
}

/** The text to send for one event (possibly empty); sets `end` on `[DONE]` or a failure. */
function relayEvent(opened: OpenedStream, state: StreamState, resumed: boolean, event: SseEvent, end: RelayEnd): string {
  if (event.data === undefined) return event.raw; // keep-alive comments pass through; they do not reset the idle timer
  opened.controller.touch();
  if (event.data === "[DONE]") {
    end.done = true;
    return "";
  }
  const chunk = parseChunk(event.data);
  if (!chunk) {
    end.failure = malformedResponse(opened.candidate.id, "a stream chunk after content is not JSON", 200);
    return "";
  }
  const errorBody = readErrorBody(chunk);
  if (errorBody || isErrorFinish(chunk)) {
    end.failure = classifyErrorObject(opened.candidate.id, errorBody ? redactErrorBody(errorBody, opened.redact) : { message: "the upstream ended the stream with finish_reason \"error\"", code: null, type: null, metadata: null });
    return "";
  }
  const problem = choicesShapeProblem(chunk) ?? opened.toolNames.check(chunk.choices?.[0]?.delta);
  if (problem) {
    end.failure = malformedResponse(opened.candidate.id, problem, 200);
    return "";
  }
  // A usage that is not token counts, after content: the answer is already the client's, so the stream goes on
  // without that usage and the attempt is charged on an estimate. Round 28 ended the stream with an error for it.
  if (chunkUsageIsGarbled(chunk)) return relayWithoutUsage(opened, state, resumed, chunk, end);
  // The chunk that would take the attempt past the bound is neither relayed nor charged; nothing after it is read.
  if (!trackWithinBound(opened, state, chunk, end)) return "";
  return resumed ? rewrite(chunk, state) : event.raw;
}

/** `chunk` with its garbled usage left out, or nothing when no choice is left to send. */
function relayWithoutUsage(opened: OpenedStream, state: StreamState, resumed: boolean, chunk: StreamChunk, end: RelayEnd): string {
  state.usageGarbled = true;
  // Its counts are not believed, but a cost it states is what the upstream says it billed: the charge is never below it.
  const stated = statedCostUsd(chunk.usage);
  if (stated !== undefined) state.garbledCostUsd = Math.max(state.garbledCostUsd ?? 0, stated);
  const { usage: _usage, ...rest } = chunk;
  if (!trackWithinBound(opened, state, rest, end)) return "";
  if (!Array.isArray(rest.choices) || rest.choices.length === 0) return "";
  return resumed ? rewrite(rest, state) : `data: ${JSON.stringify(rest)}\n\n`;
}

/**
 * Tracks `chunk` and returns true, or, when it would take the attempt past its output bound (`output-bound.ts`),
 * leaves it out, sets the attempt's failure and returns false.
 */
function trackWithinBound(opened: OpenedStream, state: StreamState, chunk: StreamChunk, end: RelayEnd): boolean {
  const { maxTokens } = opened.candidate;
  const reached = state.trackWithin(chunk, maxTokens);
  if (reached === undefined) return true;
  state.overran = true;
  end.failure = overranMaxTokens(opened.candidate.id, maxTokens, reached);
  return false;
}

function rewrite(chunk: StreamChunk, state: StreamState): string {
  const copy: StreamChunk = { ...chunk, id: state.streamId };
  const choice = copy.choices?.[0];
  if (choice?.delta?.role !== undefined) {
    const { role: _role, ...delta } = choice.delta;
    copy.choices = [{ ...choice, delta }, ...(copy.choices?.slice(1) ?? [])];
  }
  return `data: ${JSON.stringify(copy)}\n\n`;
}
