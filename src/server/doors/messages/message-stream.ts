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
import { chatStreamEvents, namedEvent, readToolCallDelta } from "../chat-sse-events.js";
import { anthropicUsage, messageId, stopReason } from "./chat-to-message.js";

type OpenBlock = { kind: "thinking" } | { kind: "text" } | { kind: "tool_use"; toolIndex: number };

/** Translates the stream. */
export async function* messageStream(chunks: AsyncGenerator<string>, outcome: Promise<StreamOutcome>, meta: { id: string; model: string }): AsyncGenerator<string> {
  const writer = new BlockWriter();
  let finishReason: string | null = null;
  let failed = false;
  yield namedEvent("message_start", {
    type: "message_start",
    message: { id: messageId(meta.id), type: "message", role: "assistant", model: meta.model, content: [], stop_reason: null, stop_sequence: null, usage: anthropicUsage(undefined) },
  });
  yield namedEvent("ping", { type: "ping" });
  for await (const event of chatStreamEvents(chunks)) {
    if (event.kind === "comment") yield namedEvent("ping", { type: "ping" });
    else if (event.kind === "chunk") {
      finishReason = event.chunk.choices?.[0]?.finish_reason ?? finishReason;
      const out = writer.write(event.chunk);
      if (out) yield out;
    } else if (event.kind === "error") {
      failed = true;
      yield namedEvent("error", anthropicErrorBody(502, event.message));
    }
  }
  const end = await outcome;
  if (failed || end.status !== "completed") return;
  let tail = writer.close();
  const usage = { ...anthropicUsage(end.usage), cost_usd: end.costUsd };
  tail += namedEvent("message_delta", { type: "message_delta", delta: { stop_reason: stopReason(end.finishReason ?? finishReason), stop_sequence: null }, usage });
  tail += namedEvent("message_stop", { type: "message_stop" });
  yield tail;
}

/** Opens, feeds and closes content blocks as deltas arrive. */
class BlockWriter {
  #index = -1;
  #open: OpenBlock | undefined;

  /** The events for one chunk (possibly empty). */
  write(chunk: StreamChunk): string {
    const delta = chunk.choices?.[0]?.delta;
    if (!delta) return "";
    let out = "";
    if (typeof delta.reasoning === "string" && delta.reasoning.length > 0) {
      out += this.#ensure({ kind: "thinking" }, { type: "thinking", thinking: "", signature: "" });
      out += this.#delta({ type: "thinking_delta", thinking: delta.reasoning });
    }
    if (typeof delta.content === "string" && delta.content.length > 0) {
      out += this.#ensure({ kind: "text" }, { type: "text", text: "" });
      out += this.#delta({ type: "text_delta", text: delta.content });
    }
    for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) out += this.#toolCall(call);
    return out;
  }

  /** Closes the open block. */
  close(): string {
    if (!this.#open) return "";
    this.#open = undefined;
    return namedEvent("content_block_stop", { type: "content_block_stop", index: this.#index });
  }

  #toolCall(call: unknown): string {
    const delta = readToolCallDelta(call);
    if (!delta) return "";
    const { toolIndex } = delta;
    let out = "";
    const open = this.#open;
    if (!(open?.kind === "tool_use" && open.toolIndex === toolIndex)) {
      out += this.close();
      this.#index += 1;
      this.#open = { kind: "tool_use", toolIndex };
      const block = { type: "tool_use", id: delta.id ?? `toolu_${this.#index}`, name: delta.name ?? "", input: {} };
      out += namedEvent("content_block_start", { type: "content_block_start", index: this.#index, content_block: block });
    }
    if (delta.arguments.length > 0) out += this.#delta({ type: "input_json_delta", partial_json: delta.arguments });
    return out;
  }

  #ensure(block: OpenBlock, contentBlock: Record<string, unknown>): string {
    if (this.#open?.kind === block.kind) return "";
    let out = this.close();
    this.#index += 1;
    this.#open = block;
    out += namedEvent("content_block_start", { type: "content_block_start", index: this.#index, content_block: contentBlock });
    return out;
  }

  #delta(delta: Record<string, unknown>): string {
    return namedEvent("content_block_delta", { type: "content_block_delta", index: this.#index, delta });
  }
}
