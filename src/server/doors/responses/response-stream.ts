/**
 * The chat stream re-expressed as Responses API events: `response.created` / `response.in_progress`, then per
 * output item `response.output_item.added`, its deltas (`response.output_text.delta`,
 * `response.function_call_arguments.delta`, `response.reasoning_summary_text.delta`) and `.done` events, and at
 * the end `response.completed` (or `response.incomplete`) with usage and cost. A failure after content ends the
 * stream with `error` + `response.failed`, never `response.completed`.
 * @module
 */
import type { StreamOutcome } from "../../../routing/fallback/run-chat-stream.js";
import { chatStreamEvents, releaseChunks } from "../chat-sse-events.js";
import { usageOrEstimate } from "../estimated-usage.js";
import { finalStatus, includesEncryptedReasoning, outputItems, responseObject, type AnswerParts, type ResponseMeta } from "./chat-to-response.js";
import { renameInText, RESPONSES_FIELD_NAMES } from "../door-field-names.js";
import { ItemWriter } from "./response-item-writer.js";

/**
 * Translates the stream; `onCompleted` receives the whole answer of a completed stream (to store it) and says
 * whether it was stored: when not, the final event's response says `store: false`.
 */
export async function* responseStream(
  chunks: AsyncGenerator<string>,
  outcome: Promise<StreamOutcome>,
  meta: Omit<ResponseMeta, "usage" | "costUsd"> & { promptTokens?: number | undefined },
  onCompleted: (parts: AnswerParts, response: Record<string, unknown>) => Promise<boolean>,
): AsyncGenerator<string> {
  try {
    yield* responseEvents(chunks, outcome, meta, onCompleted);
  } finally {
    // The engine's stream ends with this one, however it ends (chat-sse-events.ts).
    await releaseChunks(chunks);
  }
}

async function* responseEvents(
  chunks: AsyncGenerator<string>,
  outcome: Promise<StreamOutcome>,
  meta: Omit<ResponseMeta, "usage" | "costUsd"> & { promptTokens?: number | undefined },
  onCompleted: (parts: AnswerParts, response: Record<string, unknown>) => Promise<boolean>,
): AsyncGenerator<string> {
  const encrypted = includesEncryptedReasoning(meta.request);
  const writer = new ItemWriter(meta.id, encrypted);
  const { promptTokens, ...fixed } = meta;
  const base: ResponseMeta = { ...fixed, usage: undefined, costUsd: undefined };
  yield writer.event("response.created", { response: responseObject(base, "in_progress", []) }) + writer.event("response.in_progress", { response: responseObject(base, "in_progress", []) });
  let failure: { message: string; code: string | null } | undefined;
  for await (const event of chatStreamEvents(chunks)) {
    if (event.kind === "chunk") {
      const out = writer.write(event.chunk);
      if (out) yield out;
    } else if (event.kind === "error") failure = { message: event.message, code: event.code };
  }
  const end = await outcome;
  // Without the upstream's usage (a cut after content, or none sent), the estimates the cost was charged on, as the
  // Messages door reports: never zero tokens beside a non-zero cost.
  const final: ResponseMeta = { ...fixed, model: end.model, usage: usageOrEstimate(end.answerUsage ?? end.usage, promptTokens, end.text), costUsd: end.costUsd, servedTier: writer.servedTier };
  if (failure || end.status === "failed") {
    // The engine's message names chat fields ("streamed past max_tokens"): said in the Responses API's names.
    const message = renameInText(failure?.message ?? end.error?.message ?? "The stream failed.", RESPONSES_FIELD_NAMES);
    const code = responsesErrorCode(failure?.code ?? end.error?.code ?? null);
    const error = { code, message };
    // What was held behind an open tool call was generated (and charged): it is written before the error. A failed
    // response is not stored (GET and previous_response_id answer 404): its `store` says so, as a failed write's does.
    const held = writer.releaseHeld();
    writer.markUnfinished();
    // The nested error's type as OpenAI types the code: a context overrun is the caller's invalid request (review of round 28).
    const type = code === "context_length_exceeded" ? "invalid_request_error" : "server_error";
    yield held + writer.event("error", { code, message, param: null, error: { type, code, message, param: null } }) + writer.event("response.failed", { response: responseObject(final, "failed", writer.items, { error, notStored: true }) });
    return;
  }
  if (end.status !== "completed") return;
  const status = finalStatus(end.finishReason);
  let tail = writer.close(status);
  const parts = { ...writer.parts, finishReason: end.finishReason };
  // Stored as the client reads it in `response.completed` (GET /v1/responses/{id} answers it), then marked unstored
  // when the write did not happen.
  const response = responseObject(final, status, writer.items.length > 0 ? writer.items : outputItems(meta.id, parts, encrypted), { finishReason: end.finishReason });
  if (!(await onCompleted(parts, response))) response.store = false;
  tail += writer.event(status === "completed" ? "response.completed" : "response.incomplete", { response });
  yield tail;
}

/**
 * OpenAI's code for a failure mid-stream, on the `error` event and `response.failed`'s `error`: `server_error`, or
 * `context_length_exceeded` (which Codex reads to compact). The gateway's own codes (`http`, `timeout`,
 * `storage_unavailable`) are no Responses code; the message says what failed (round 28).
 */
function responsesErrorCode(gatewayCode: string | null): string {
  return gatewayCode === "context_length_exceeded" ? gatewayCode : "server_error";
}
