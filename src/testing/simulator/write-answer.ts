/**
 * Writes a planned answer to the HTTP response, as JSON or as OpenRouter's SSE stream, applying the
 * faults that shape the transport (cut, stall, malformed data, missing `[DONE]`, slow first token).
 * @module
 */
import type { ServerResponse } from "node:http";
import {
  completionBody,
  errorBody,
  streamChunk,
  streamErrorChunk,
  usageChunk,
  type GenerationContext,
} from "./openrouter-payloads.js";
import type { PlannedAnswer } from "./plan-answer.js";
import { STREAM_ERROR_MESSAGE, type SimulatorFault } from "./simulator-fault.js";

/** Timing and helpers the writers need from the simulator. */
export interface WriteOptions {
  chunkCount: number;
  chunkDelayMs: number;
  /** How long `slow_first_token` keeps sending only keep-alive comments. */
  slowMs: number;
  /** Interval of `: OPENROUTER PROCESSING` comments while thinking. */
  processingIntervalMs: number;
  /** A sleep the simulator can cancel on close(). */
  sleep(ms: number): Promise<void>;
}

/** The keep-alive comment OpenRouter sends on SSE streams. */
export const PROCESSING_COMMENT = ": OPENROUTER PROCESSING\n\n";

/** Writes a non-streaming answer. Returns when the response is finished, cut or left hanging. */
export async function writeJsonAnswer(
  response: ServerResponse,
  context: GenerationContext,
  answer: PlannedAnswer,
  fault: SimulatorFault | null,
  options: WriteOptions,
): Promise<void> {
  if (fault === "slow_first_token") await options.sleep(options.slowMs);
  const text = JSON.stringify(completionBody(context, answer));
  const headers = { "content-type": "application/json", "x-generation-id": context.id };
  if (fault === "malformed_chunk") {
    const broken = text.slice(0, Math.floor(text.length / 2));
    response.writeHead(200, { ...headers, "content-length": Buffer.byteLength(broken) }).end(broken);
    return;
  }
  if (fault === "stream_error") {
    // Generation failed after the 200 went out: OpenRouter puts the error in the body.
    const failed = JSON.stringify({ ...errorBody(502, STREAM_ERROR_MESSAGE, { error_type: "provider_unavailable", provider_name: context.provider }), id: context.id });
    response.writeHead(200, { ...headers, "content-length": Buffer.byteLength(failed) }).end(failed);
    return;
  }
  if (fault === "stream_cut" || fault === "stream_stall") {
    // Promise the whole body, send half: the client sees a truncated body or a stalled one.
    response.writeHead(200, { ...headers, "content-length": Buffer.byteLength(text) });
    const half = text.slice(0, Math.floor(text.length / 2));
    if (fault === "stream_cut") await writeThenDestroy(response, half);
    else response.write(half);
    return;
  }
  response.writeHead(200, { ...headers, "content-length": Buffer.byteLength(text) }).end(text);
}

/** Writes a streaming answer in OpenRouter's SSE format. */
export async function writeStreamAnswer(
  response: ServerResponse,
  context: GenerationContext,
  answer: PlannedAnswer,
  fault: SimulatorFault | null,
  options: WriteOptions,
): Promise<void> {
  response.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "x-generation-id": context.id,
  });
  const events = contentEvents(context, answer, options.chunkCount);
  if (fault === "malformed_chunk") events.unshift(`data: {"id":"${context.id}","choices":[{"delta":{"content":\n\n`);
  const half = Math.max(1, Math.ceil(events.length / 2));
  const breakAfter = fault === "stream_cut" || fault === "stream_stall" ? half : -1;
  if (fault === "stream_error") {
    // Half the content, then OpenRouter's mid-stream error event, then the stream ends: no usage, no [DONE].
    events.splice(half, events.length - half, sse(streamErrorChunk(context, STREAM_ERROR_MESSAGE)));
  } else {
    events.push(sse(streamChunk(context, { role: "assistant", content: "" }, answer.finishReason, answer.nativeFinishReason)));
    events.push(sse(usageChunk(context, answer)));
    if (fault !== "missing_done") events.push("data: [DONE]\n\n");
  }
  if (fault === "slow_first_token") {
    response.write(PROCESSING_COMMENT);
    if (!(await think(response, options))) return;
  } else {
    events.unshift(PROCESSING_COMMENT);
  }
  await writeEvents(response, events, breakAfter, fault, options);
}

/**
 * Writes the events, `chunkDelayMs` apart. With `breakAfter` ≥ 1, stops after that many content
 * events (counting the leading comment): `stream_cut` then destroys the socket, `stream_stall` goes silent.
 */
async function writeEvents(
  response: ServerResponse,
  events: string[],
  breakAfter: number,
  fault: SimulatorFault | null,
  options: WriteOptions,
): Promise<void> {
  if (options.chunkDelayMs <= 0 && breakAfter < 0) {
    // No pacing: one write is far cheaper than one per event (this is the benchmark's hot path).
    response.end(events.join(""));
    return;
  }
  const stopAt = breakAfter < 0 ? -1 : breakAfter + (events[0] === PROCESSING_COMMENT ? 1 : 0);
  for (let index = 0; index < events.length; index += 1) {
    // The leading comment goes out with the headers; pacing starts after the first content chunk.
    const paced = index > 0 && events[index - 1] !== PROCESSING_COMMENT;
    if (paced && options.chunkDelayMs > 0) await options.sleep(options.chunkDelayMs);
    if (response.destroyed) return;
    const event = events[index] ?? "";
    if (index + 1 === stopAt) {
      if (fault === "stream_cut") await writeThenDestroy(response, event);
      else response.write(event); // stream_stall: keep the socket open and say nothing more.
      return;
    }
    response.write(event);
  }
  response.end();
}

/** Sends keep-alive comments for `slowMs`. False when the client went away meanwhile. */
async function think(response: ServerResponse, options: WriteOptions): Promise<boolean> {
  let remaining = options.slowMs;
  while (remaining > 0) {
    const step = Math.min(options.processingIntervalMs, remaining);
    await options.sleep(step);
    remaining -= step;
    if (response.destroyed) return false;
    response.write(PROCESSING_COMMENT);
  }
  return true;
}

/** The content (or tool-call) events, split into about `chunkCount` chunks. */
function contentEvents(context: GenerationContext, answer: PlannedAnswer, chunkCount: number): string[] {
  if (answer.toolCall) {
    const { id, name, arguments: argumentsJson } = answer.toolCall;
    const first = { index: 0, id, type: "function", function: { name, arguments: "" } };
    const events = [sse(streamChunk(context, { role: "assistant", content: null, tool_calls: [first] }))];
    for (const piece of splitText(argumentsJson, chunkCount)) {
      events.push(sse(streamChunk(context, { tool_calls: [{ index: 0, function: { arguments: piece } }] })));
    }
    return events;
  }
  const pieces = splitText(answer.content, chunkCount);
  if (pieces.length === 0) return [sse(streamChunk(context, { role: "assistant", content: "" }))];
  return pieces.map((piece, index) =>
    sse(streamChunk(context, index === 0 ? { role: "assistant", content: piece } : { content: piece })),
  );
}

/** Splits text into at most `count` non-empty pieces, preferring word boundaries. */
export function splitText(text: string, count: number): string[] {
  if (text === "") return [];
  const words = text.match(/\S+\s*/g) ?? [text];
  const pieces = Math.max(1, Math.min(count, words.length));
  const perPiece = Math.ceil(words.length / pieces);
  const result: string[] = [];
  for (let start = 0; start < words.length; start += perPiece) result.push(words.slice(start, start + perPiece).join(""));
  const leading = text.match(/^\s*/)?.[0] ?? "";
  if (leading !== "" && result[0] !== undefined) result[0] = leading + result[0];
  return result;
}

function sse(payload: Record<string, unknown>): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

function writeThenDestroy(response: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => {
    response.write(text, () => {
      response.destroy();
      resolve();
    });
  });
}
