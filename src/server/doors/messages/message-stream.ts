/**
 * The chat stream re-expressed as Anthropic Messages events: `message_start`, then `content_block_start` /
 * `content_block_delta` / `content_block_stop` per thinking, text and tool_use block, `ping` for keep-alives,
 * and at the end `message_delta` (stop reason, usage, cost) + `message_stop`. A failure after content ends the
 * stream with `event: error` and never `message_stop`.
 * @module
 */
import type { StreamOutcome } from "../../../routing/fallback/run-chat-stream.js";
import type { StreamChunk } from "../../../routing/fallback/stream-chunk.js";
import { anthropicErrorBody } from "../../error-handler.js";
import { answerText } from "../answer-text.js";
import { AnswerOrder } from "../answer-order.js";
import { chatStreamEvents, namedEvent, releaseChunks, ToolDeltaReader, type ToolCallDelta } from "../chat-sse-events.js";
import { usageOrEstimate } from "../estimated-usage.js";
import { anthropicUsage, messageId, reasoningSignature } from "./chat-to-message.js";
import { nativeFinishReasonOf, stopDetails } from "./stop-details.js";
import { doorToolCallId } from "../door-tool-call-id.js";
import { ToolCallIds } from "../tool-call-ids.js";
import { MESSAGES_FIELD_NAMES, renameInText } from "../door-field-names.js";
import { withoutLeadingJsonBlank } from "../json-blank.js";

type OpenBlock = { kind: "thinking" } | { kind: "text" } | { kind: "tool_use"; toolIndex: number };

type MessageStreamMeta = { id: string; model: string; promptTokens?: number; stopSequences?: readonly string[] | undefined };

/** Translates the stream; the engine's stream is ended with it, however it ends ({@link releaseChunks}). */
export async function* messageStream(chunks: AsyncGenerator<string>, outcome: Promise<StreamOutcome>, meta: MessageStreamMeta): AsyncGenerator<string> {
  try {
    yield* messageEvents(chunks, outcome, meta);
  } finally {
    await releaseChunks(chunks);
  }
}

async function* messageEvents(chunks: AsyncGenerator<string>, outcome: Promise<StreamOutcome>, meta: MessageStreamMeta): AsyncGenerator<string> {
  const writer = new BlockWriter(new ToolCallIds("toolu_", meta.id, doorToolCallId));
  let finishReason: string | null = null;
  let nativeFinishReason: unknown;
  let failed = false;
  yield namedEvent("message_start", {
    type: "message_start",
    // As Anthropic does, message_start says how large the input is (here the gateway's estimate; the upstream's count
    // comes in message_delta): clients such as Claude Code track their context window from it.
    message: { id: messageId(meta.id), type: "message", role: "assistant", model: meta.model, content: [], stop_reason: null, stop_sequence: null, usage: { ...anthropicUsage(undefined), input_tokens: meta.promptTokens ?? 0 } },
  });
  yield namedEvent("ping", { type: "ping" });
  for await (const event of chatStreamEvents(chunks)) {
    if (event.kind === "comment") yield namedEvent("ping", { type: "ping" });
    else if (event.kind === "chunk") {
      const choice = event.chunk.choices?.[0];
      finishReason = choice?.finish_reason ?? finishReason;
      nativeFinishReason = nativeFinishReasonOf(choice) ?? nativeFinishReason;
      const out = writer.write(event.chunk);
      if (out) yield out;
    } else if (event.kind === "error") {
      failed = true;
      // What was held behind an open tool call was generated (and charged): it is written before the error.
      const held = writer.close();
      if (held) yield held;
      // The gateway's own storage failing is Anthropic's overloaded (529 before a stream, which its SDK retries), not an upstream 502.
      // The engine's message names chat fields: said in the Messages API's names.
      // With the request id, as Anthropic's stream error events carry it (`request_id`, beside the header), as the
      // door's error bodies before a stream do (round 29).
      yield namedEvent("error", anthropicErrorBody(event.code === "storage_unavailable" ? 503 : 502, renameInText(event.message, MESSAGES_FIELD_NAMES), meta.id));
    }
  }
  const end = await outcome;
  if (failed || end.status !== "completed") return;
  let tail = writer.close();
  // Without the upstream's usage, the estimates the cost was charged on (prompt, and about four characters a token).
  const usage = { ...anthropicUsage(usageOrEstimate(end.answerUsage ?? end.usage, meta.promptTokens, end.text)), cost_usd: end.costUsd };
  const stop = stopDetails({ finishReason: end.finishReason ?? finishReason, nativeFinishReason, hasToolCalls: writer.wroteToolCall, stopSequences: meta.stopSequences });
  tail += namedEvent("message_delta", { type: "message_delta", delta: stop, usage });
  tail += namedEvent("message_stop", { type: "message_stop" });
  yield tail;
}

/** Opens, feeds and closes content blocks as deltas arrive, one block at a time (see {@link AnswerOrder}). */
class BlockWriter {
  #index = -1;
  #open: OpenBlock | undefined;
  /** The thinking's signature (`reasoning_details`), sent as a `signature_delta` when the thinking block ends. */
  #signature = "";
  readonly #order = new AnswerOrder();
  readonly #toolDeltas = new ToolDeltaReader();
  /** True once a tool_use block was written. */
  wroteToolCall = false;
  /** True once the open tool_use block's input has text other than JSON whitespace. */
  #inputStarted = false;
  readonly #ids: ToolCallIds;

  constructor(ids: ToolCallIds) {
    this.#ids = ids;
  }

  /** The events for one chunk (possibly empty). */
  write(chunk: StreamChunk): string {
    const delta = chunk.choices?.[0]?.delta;
    if (!delta) return "";
    this.#signature ||= reasoningSignature(delta.reasoning_details);
    let out = "";
    const { reasoning } = delta;
    // A list of parts is read as a whole answer's is (answer-text.ts): its text parts, joined.
    const content = answerText(delta.content);
    if (typeof reasoning === "string" && reasoning.length > 0 && !this.#order.holdsText("reasoning", reasoning)) out += this.#thinking(reasoning);
    if (content.length > 0 && !this.#order.holdsText("text", content)) out += this.#text(content);
    // A Message has no refusal block: what the model said instead of answering streams as text.
    const { refusal } = delta;
    if (typeof refusal === "string" && refusal.length > 0 && !this.#order.holdsText("text", refusal)) out += this.#text(refusal);
    for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
      const toolDelta = this.#toolDeltas.read(call);
      if (toolDelta && !this.#order.holdsTool(toolDelta)) out += this.#toolCall(toolDelta);
    }
    return out;
  }

  /** Closes the open block, then writes whatever was held, each piece a whole block. */
  close(): string {
    let out = this.#closeOpen();
    for (const piece of this.#order.release()) {
      out += piece.kind === "tool" ? this.#toolCall(piece.call) : piece.kind === "reasoning" ? this.#thinking(piece.text) : this.#text(piece.text);
      out += this.#closeOpen();
    }
    return out;
  }

  #closeOpen(): string {
    const open = this.#open;
    if (!open) return "";
    this.#open = undefined;
    let out = "";
    if (open.kind === "thinking" && this.#signature !== "") {
      out += this.#delta({ type: "signature_delta", signature: this.#signature });
      this.#signature = "";
    }
    return out + namedEvent("content_block_stop", { type: "content_block_stop", index: this.#index });
  }

  #thinking(text: string): string {
    return this.#ensure({ kind: "thinking" }, { type: "thinking", thinking: "", signature: "" }) + this.#delta({ type: "thinking_delta", thinking: text });
  }

  #text(text: string): string {
    return this.#ensure({ kind: "text" }, { type: "text", text: "" }) + this.#delta({ type: "text_delta", text });
  }

  #toolCall(delta: ToolCallDelta): string {
    const { toolIndex } = delta;
    let out = "";
    const open = this.#open;
    if (!(open?.kind === "tool_use" && open.toolIndex === toolIndex)) {
      out += this.#closeOpen();
      this.#index += 1;
      this.#open = { kind: "tool_use", toolIndex };
      this.wroteToolCall = true;
      this.#inputStarted = false;
      const block = { type: "tool_use", id: this.#ids.next(delta.id), name: delta.name ?? "", input: {} };
      out += namedEvent("content_block_start", { type: "content_block_start", index: this.#index, content_block: block });
    }
    // Whitespace before the input's first character is left out: arguments of only whitespace (some upstreams' call
    // without arguments) added up to " ", which the SDK's stream parser throws on, where "" is `{}` as whole (review
    // of round 26). JSON ignores it before a value, so nothing that parses is changed.
    const text = this.#inputStarted ? delta.arguments : withoutLeadingJsonBlank(delta.arguments);
    if (text.length > 0) {
      this.#inputStarted = true;
      out += this.#delta({ type: "input_json_delta", partial_json: text });
    }
    return out;
  }

  #ensure(block: OpenBlock, contentBlock: Record<string, unknown>): string {
    if (this.#open?.kind === block.kind) return "";
    let out = this.#closeOpen();
    this.#index += 1;
    this.#open = block;
    out += namedEvent("content_block_start", { type: "content_block_start", index: this.#index, content_block: contentBlock });
    return out;
  }

  #delta(delta: Record<string, unknown>): string {
    return namedEvent("content_block_delta", { type: "content_block_delta", index: this.#index, delta });
  }
}
