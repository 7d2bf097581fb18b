/**
 * Chat Completions answer → Anthropic Message: reasoning as a `thinking` block, text as a `text` block,
 * tool calls as `tool_use` blocks, finish reasons as stop reasons, usage split into Anthropic's fields
 * (input tokens exclude cache reads and writes), plus the request's cost in `usage.cost_usd`.
 * @module
 */
import type { Usage } from "../../../core/types.js";
import { tokenCount } from "../../../routing/fallback/answered-model.js";
import type { ChatCompletionBody } from "../../../routing/fallback/run-chat-completion.js";
import { assertJsonWithinLimits, type JsonLimits } from "../../request-shape/json-limits.js";
import { nativeFinishReasonOf, stopDetails } from "./stop-details.js";
import { answerText, argumentsText } from "../answer-text.js";
import { doorToolCallId } from "../door-tool-call-id.js";
import { ToolCallIds } from "../tool-call-ids.js";

/** How deep parsed arguments may nest: the default bound on request bodies (`server.max_json_depth`). */
const ARGUMENT_LIMITS: JsonLimits = { maxDepth: 64, maxArrayLength: Number.MAX_SAFE_INTEGER };

/** A content block of the answer. */
export type AnswerBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "tool_use"; id: string; name: string; input: unknown };

/** The Message body. */
export interface AnthropicMessage {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: AnswerBlock[];
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: AnthropicUsage;
}

/** Anthropic's usage, with the gateway's cost. */
export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
  cost_usd?: number;
}

/** Builds the Message. */
export function chatToMessage(
  body: ChatCompletionBody,
  meta: { id: string; model: string; costUsd: number; usage: Usage | undefined; stopSequences?: readonly string[] | undefined },
): AnthropicMessage {
  const choice = body.choices[0];
  const message = (choice?.message ?? {}) as { content?: unknown; refusal?: unknown; reasoning?: unknown; reasoning_details?: unknown; tool_calls?: unknown };
  const content: AnswerBlock[] = [];
  if (typeof message.reasoning === "string" && message.reasoning.length > 0) {
    content.push({ type: "thinking", thinking: message.reasoning, signature: reasoningSignature(message.reasoning_details) });
  }
  const text = answerText(message.content);
  if (text.length > 0) content.push({ type: "text", text });
  // A Message has no refusal block: what the model said instead of answering is its text.
  if (typeof message.refusal === "string" && message.refusal.length > 0) content.push({ type: "text", text: message.refusal });
  const ids = new ToolCallIds("toolu_", meta.id, doorToolCallId);
  for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
    const block = toolUseBlock(call, ids);
    if (block) content.push(block);
  }
  if (content.length === 0) content.push({ type: "text", text: "" });
  return {
    id: messageId(meta.id),
    type: "message",
    role: "assistant",
    model: meta.model,
    content,
    ...stopDetails({
      finishReason: choice?.finish_reason ?? null,
      nativeFinishReason: nativeFinishReasonOf(choice),
      hasToolCalls: content.some((block) => block.type === "tool_use"),
      stopSequences: meta.stopSequences,
    }),
    usage: { ...anthropicUsage(meta.usage), cost_usd: meta.costUsd },
  };
}

/** The Message id for a decision id. */
export function messageId(decisionId: string): string {
  return `msg_${decisionId}`;
}

/** OpenAI usage → Anthropic usage. */
export function anthropicUsage(usage: Usage | undefined): AnthropicUsage {
  // Counts as the record keeps them (whole, 0 up): an upstream's -5, 1.5 or "7" is no count a client can add up.
  const prompt = tokenCount(usage?.prompt_tokens);
  const cacheRead = tokenCount(usage?.prompt_tokens_details?.cached_tokens);
  const cacheWrite = tokenCount(usage?.prompt_tokens_details?.cache_write_tokens);
  return {
    input_tokens: Math.max(0, prompt - cacheRead - cacheWrite),
    output_tokens: tokenCount(usage?.completion_tokens),
    cache_read_input_tokens: cacheRead,
    cache_creation_input_tokens: cacheWrite,
  };
}

/** A chat tool call → a tool_use block (arguments that are not JSON are kept under `_raw`). */
export function toolUseBlock(call: unknown, ids: ToolCallIds): AnswerBlock | undefined {
  if (typeof call !== "object" || call === null) return undefined;
  const { id, function: fn } = call as { id?: unknown; function?: { name?: unknown; arguments?: unknown } };
  if (typeof fn?.name !== "string") return undefined;
  return { type: "tool_use", id: ids.next(id), name: fn.name, input: parseArguments(argumentsText(fn.arguments)) };
}

/**
 * Tool-call arguments as an object. They come from the model: arguments nested deeper than the gateway lets a
 * request body nest stay text under `_raw` too, as a parsed value that deep would break serializing the answer.
 */
export function parseArguments(text: unknown): unknown {
  if (typeof text !== "string" || text.trim() === "") return {};
  try {
    assertJsonWithinLimits(text, ARGUMENT_LIMITS);
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : { _raw: text };
  } catch {
    return { _raw: text };
  }
}

/** The signature of the reasoning (`reasoning_details[].signature`), or "". */
export function reasoningSignature(details: unknown): string {
  if (!Array.isArray(details)) return "";
  for (const detail of details) {
    const signature = (detail as { signature?: unknown } | null)?.signature;
    if (typeof signature === "string") return signature;
  }
  return "";
}
