/**
 * Reading and writing OpenAI `chat.completion.chunk` events.
 * @module
 */
import { argumentsText, contentText, reasoningText } from "../../core/content-text.js";
import type { ChatRequest, Usage } from "../../core/types.js";
import { nestsDeeperThan } from "../../upstream/answer-depth.js";

/** The fields of a stream chunk the gateway reads. */
export interface StreamChunk {
  id?: string;
  model?: string;
  choices?: { index?: number; delta?: StreamDelta; finish_reason?: string | null }[];
  usage?: Usage | null;
  error?: unknown;
  [key: string]: unknown;
}

/** A chunk's delta. */
export interface StreamDelta {
  role?: string;
  /** Text, or (some providers) a list of parts: read it with {@link chunkText}. */
  content?: string | unknown[] | null;
  reasoning?: string | null;
  refusal?: string | null;
  tool_calls?: unknown[];
  [key: string]: unknown;
}

/**
 * The output a chunk adds, each piece in the order the max_tokens bound and the charge estimate count it: its text,
 * each tool call's arguments (billed output too, ADR 0072), its reasoning (ADR 0074). Empty pieces are left out.
 */
export function chunkOutput(chunk: StreamChunk): string[] {
  const delta = chunk.choices?.[0]?.delta;
  const calls = delta?.tool_calls;
  const pieces = [chunkText(chunk)];
  if (Array.isArray(calls)) for (const call of calls as unknown[]) pieces.push(argumentsText((call as { function?: { arguments?: unknown } } | null)?.function?.arguments));
  pieces.push(reasoningText(delta));
  return pieces.filter((piece) => piece !== "");
}

/** Parses a `data:` payload; undefined when it is not a JSON object, or nests past `MAX_ANSWER_DEPTH` (round 27). */
export function parseChunk(data: string): StreamChunk | undefined {
  if (data.length === 0 || data.charCodeAt(0) !== 123 /* { */ || nestsDeeperThan(data)) return undefined;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as StreamChunk) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What makes a parsed chunk unreadable as a `chat.completion.chunk`, or undefined: `choices` neither a list nor null,
 * a choice or its `delta` not an object, a `usage` that is not token counts. Such a chunk committed a stream (a usage
 * counted as content) that then ended with no text and no error (round 27); it is a malformed answer instead.
 */
export function chunkShapeProblem(chunk: StreamChunk): string | undefined {
  return choicesShapeProblem(chunk) ?? (chunkUsageIsGarbled(chunk) ? "its usage is not token counts" : undefined);
}

/** What makes a chunk's `choices` unreadable (`chunkShapeProblem` without the usage), or undefined. */
export function choicesShapeProblem(chunk: StreamChunk): string | undefined {
  const choices: unknown = chunk.choices;
  if (choices !== undefined && choices !== null) {
    if (!Array.isArray(choices)) return "its choices is not a list";
    for (const choice of choices as unknown[]) {
      if (!isObject(choice)) return "a choice is not an object";
      const delta = choice["delta"];
      if (delta !== undefined && delta !== null && !isObject(delta)) return "a choice's delta is not an object";
    }
  }
  return undefined;
}

/** True when the chunk has a usage (not null) that does not read as token counts. */
export function chunkUsageIsGarbled(chunk: StreamChunk): boolean {
  const usage: unknown = chunk.usage;
  if (usage === undefined || usage === null) return false;
  if (!isObject(usage)) return true;
  return !isCount(usage["prompt_tokens"]) || !isCount(usage["completion_tokens"]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/**
 * The finish reason as the decision log keeps it: the upstream's string, or null for anything else. An object or a
 * boolean there (the upstream's word, unchecked) could not be bound to the log's text column: its batch failed on
 * every try, so no later record shipped and `report` stopped.
 */
export function finishReasonOf(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/**
 * True when the chunk carries something the client must see as the answer: text, reasoning, a refusal,
 * tool calls, generated media (an image model's picture in `delta.images`, audio in `delta.audio`), a finish reason
 * or usage. A role-only chunk and comment lines are not content. A picture first did not commit the stream (round 26):
 * held until text came, the attempt timed out at first_token_ms after the picture was made, and failed over.
 */
export function isContentChunk(chunk: StreamChunk): boolean {
  const choice = chunk.choices?.[0];
  if (!choice) return chunk.usage !== undefined && chunk.usage !== null;
  if (choice.finish_reason) return true;
  const delta = choice.delta;
  if (!delta) return false;
  return (
    contentText(delta.content).length > 0 ||
    (typeof delta.reasoning === "string" && delta.reasoning.length > 0) ||
    (typeof delta.refusal === "string" && delta.refusal.length > 0) ||
    (Array.isArray(delta.tool_calls) && delta.tool_calls.length > 0) ||
    hasGeneratedMedia(delta)
  );
}

/**
 * A delta (or a whole answer's message) carrying a generated image (`images: [{image_url: {url}}]`) or audio
 * (`audio: {data}` or its transcript).
 */
export function hasGeneratedMedia(delta: Record<string, unknown> | undefined): boolean {
  if (!delta) return false;
  const images = delta["images"];
  if (Array.isArray(images) && images.some((image) => typeof (image as { image_url?: { url?: unknown } } | null)?.image_url?.url === "string")) return true;
  const audio = delta["audio"] as { data?: unknown; transcript?: unknown } | null | undefined;
  return (typeof audio?.data === "string" && audio.data.length > 0) || (typeof audio?.transcript === "string" && audio.transcript.length > 0);
}

/** True when the upstream itself marks the chunk as a failure (`finish_reason: "error"`), with or without an `error`. */
export function isErrorFinish(chunk: StreamChunk): boolean {
  return chunk.choices?.[0]?.finish_reason === "error";
}

/** The text of a chunk's first choice (what a resumed stream prefills): a string, or a list's text parts joined. */
export function chunkText(chunk: StreamChunk): string {
  return contentText(chunk.choices?.[0]?.delta?.content);
}

/** The `[DONE]` terminator. */
export const DONE_EVENT = "data: [DONE]\n\n";

/**
 * The explicit error event sent when a stream fails after content was sent. The stream then closes without
 * `[DONE]`, so no client can mistake it for a complete answer.
 */
export function errorEvent(
  error: { message: string; type: string; code: string | null; param?: string | null },
  meta: { id: string | undefined; model: string; created: number },
): string {
  return `data: ${JSON.stringify({
    id: meta.id,
    object: "chat.completion.chunk",
    created: meta.created,
    model: meta.model,
    error: { message: error.message, type: error.type, code: error.code, param: error.param ?? null },
    choices: [{ index: 0, delta: {}, finish_reason: "error" }],
  })}\n\n`;
}

/**
 * The usage-only chunk of a stream (no choices, a `usage`), left out for a caller that set
 * `stream_options.include_usage: false`. A resumed stream's closing chunk (no choices, `switchyard`) is not one.
 */
export function isUsageOnlyChunk(chunk: StreamChunk): boolean {
  return Array.isArray(chunk.choices) && chunk.choices.length === 0 && typeof chunk.usage === "object" && chunk.usage !== null && chunk.switchyard === undefined;
}

/**
 * Asks the upstream for the stream's usage (settling and recording price the answer from it) whatever the caller
 * set, and says whether the caller gets the usage-only chunk: unless it said `include_usage: false` (OpenRouter sends
 * the chunk either way, and clients that leave the option unset, such as the Vercel AI SDK's openai-compatible
 * provider, read their usage from it). Changes `request` in place.
 */
export function askStreamUsage(request: ChatRequest): boolean {
  const options = request["stream_options"];
  const asked = typeof options === "object" && options !== null && !Array.isArray(options) ? (options as Record<string, unknown>) : {};
  request["stream_options"] = { ...asked, include_usage: true };
  return asked["include_usage"] !== false;
}
