/**
 * Chat Completions answer → OpenAI Response object: reasoning as a `reasoning` item, text as a `message` item,
 * each tool call as a `function_call` item; usage in the Responses API's names plus the request's cost.
 * @module
 */
import { tokenCount } from "../../../routing/fallback/answered-model.js";
import type { Usage } from "../../../core/types.js";
import { answerText, argumentsText } from "../answer-text.js";
import { encryptedContent, readReasoningDetails, type ReasoningDetail } from "./encrypted-reasoning.js";
import type { ResponsesRequest } from "./responses-request.js";
import { responsesCallId } from "../door-tool-call-id.js";
import { ToolCallIds } from "../tool-call-ids.js";
import { callStatus } from "./call-status.js";
import { isJsonBlank } from "../json-blank.js";

/** One token's log probability, as `output_text.logprobs` holds it (Chat Completions' `logprobs.content` entries). */
export interface Logprob {
  token: string;
  logprob: number;
  bytes: number[];
  top_logprobs: { token: string; logprob: number; bytes: number[] }[];
}

/** The text part of a message item. */
export interface OutputText {
  type: "output_text";
  text: string;
  annotations: never[];
  /** Filled when the request included `message.output_text.logprobs` and the model's provider returned them. */
  logprobs: Logprob[];
}

/** The refusal part of a message item: what the model said instead of answering (Chat Completions' `refusal`). */
export interface OutputRefusal {
  type: "refusal";
  refusal: string;
}

/** An output item. */
export type OutputItem =
  | { type: "reasoning"; id: string; summary: { type: "summary_text"; text: string }[]; encrypted_content?: string | null }
  | { type: "message"; id: string; status: "in_progress" | "completed" | "incomplete"; role: "assistant"; content: (OutputText | OutputRefusal)[] }
  | { type: "function_call"; id: string; call_id: string; name: string; arguments: string; status: "in_progress" | "completed" | "incomplete" };

/** The answer's parts, however they arrived (whole or streamed). */
export interface AnswerParts {
  reasoning: string;
  text: string;
  /** The model's refusal (OpenAI models send it instead of text, under structured outputs most of all); "" when none. */
  refusal: string;
  /** The text's token log probabilities, when the upstream sent them. */
  logprobs: Logprob[];
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string | null;
  /** The upstream's `reasoning_details` (see encrypted-reasoning.ts). */
  reasoningDetails?: ReasoningDetail[];
}

/** Everything the Response object is built from. */
export interface ResponseMeta {
  id: string;
  createdAt: number;
  model: string;
  usage: Usage | undefined;
  costUsd: number | undefined;
  request: ResponsesRequest;
  /** The tier the upstream says it served the request on (servedTier), when it says one. */
  servedTier?: string | undefined;
}

/** The processing tiers OpenAI's response reports; Anthropic's `standard` (which a provider may name) is OpenAI's `default`. */
const SERVED_TIERS: Readonly<Record<string, string>> = { default: "default", standard: "default", flex: "flex", scale: "scale", priority: "priority" };

/**
 * The tier an upstream answer (a chat body or chunk) says it was served on, in OpenAI's names: OpenRouter's chat answer
 * carries the provider's `service_tier`. Undefined when it says none (or `auto`, which is no tier served).
 */
export function servedTier(answer: unknown): string | undefined {
  const tier = typeof answer === "object" && answer !== null ? (answer as { service_tier?: unknown }).service_tier : undefined;
  return typeof tier === "string" && Object.hasOwn(SERVED_TIERS, tier) ? SERVED_TIERS[tier] : undefined;
}

/** The Response id for a decision id. */
export function responseId(decisionId: string): string {
  return `resp_${decisionId}`;
}

/** The output items of an answer; with `encrypted` (the request included `reasoning.encrypted_content`) the reasoning item carries it. */
export function outputItems(decisionId: string, parts: AnswerParts, encrypted = false): OutputItem[] {
  const items: OutputItem[] = [];
  const token = encrypted ? encryptedContent(parts.reasoningDetails) : null;
  if (parts.reasoning || token) {
    const summary = parts.reasoning ? [{ type: "summary_text" as const, text: parts.reasoning }] : [];
    items.push({ type: "reasoning", id: `rs_${decisionId}`, summary, ...(encrypted ? { encrypted_content: token } : {}) });
  }
  if (parts.text || parts.refusal || parts.toolCalls.length === 0) {
    const text: OutputText[] = parts.text || !parts.refusal ? [{ type: "output_text", text: parts.text, annotations: [], logprobs: parts.logprobs }] : [];
    const refusal: OutputRefusal[] = parts.refusal ? [{ type: "refusal", refusal: parts.refusal }] : [];
    // A message followed by calls ended before they began: the cut, if any, fell on the last call (as streamed).
    const status = parts.toolCalls.length > 0 ? "completed" : finalStatus(parts.finishReason);
    items.push({ type: "message", id: `msg_${decisionId}`, status, role: "assistant", content: [...text, ...refusal] });
  }
  parts.toolCalls.forEach((call, index) => items.push({ type: "function_call", id: `fc_${decisionId}_${index}`, call_id: call.id, name: call.name, arguments: call.arguments, status: callStatus(call.arguments, finalStatus(parts.finishReason)) }));
  return items;
}

/** The Response object in a given state. */
export function responseObject(
  meta: ResponseMeta,
  status: "in_progress" | "completed" | "incomplete" | "failed",
  output: OutputItem[],
  extra: { error?: { code: string; message: string }; finishReason?: string | null; notStored?: boolean } = {},
): Record<string, unknown> {
  const { request } = meta;
  return {
    id: responseId(meta.id),
    object: "response",
    created_at: Math.floor(meta.createdAt / 1000),
    status,
    model: meta.model,
    output,
    output_text: output.flatMap((item) => (item.type === "message" ? item.content.map((part) => (part.type === "output_text" ? part.text : "")) : [])).join(""),
    error: extra.error ?? null,
    incomplete_details: status === "incomplete" ? { reason: extra.finishReason === "content_filter" ? "content_filter" : "max_output_tokens" } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    max_tool_calls: request.max_tool_calls ?? null,
    metadata: request.metadata ?? {},
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    previous_response_id: request.previous_response_id ?? null,
    // False also when the response asked to be stored and the store write failed: it cannot be continued.
    store: request.store !== false && extra.notStored !== true,
    temperature: request.temperature ?? null,
    top_p: request.top_p ?? null,
    tool_choice: request.tool_choice ?? "auto",
    tools: request.tools ?? [],
    text: { ...request.text, format: request.text?.format ?? { type: "text" } },
    reasoning: request.reasoning ?? null,
    truncation: request.truncation ?? "disabled",
    // Echoed as asked, as OpenAI's response object carries them.
    prompt_cache_key: request.prompt_cache_key ?? null,
    safety_identifier: request.safety_identifier ?? null,
    // As OpenAI: the tier that served it, when the upstream says (a priority request may be served on default); the
    // tier asked when it does not.
    service_tier: meta.servedTier ?? request.service_tier ?? "auto",
    usage: status === "in_progress" ? null : responsesUsage(meta.usage, meta.costUsd),
  };
}

/** The final status for a finish reason: cut by the token limit or by the provider's content filter is incomplete. */
export function finalStatus(finishReason: string | null): "completed" | "incomplete" {
  return finishReason === "length" || finishReason === "content_filter" ? "incomplete" : "completed";
}

/** The answer parts of a non-streaming chat body. */
export function partsOfChatBody(body: { choices: { message?: unknown; finish_reason?: string | null; logprobs?: unknown }[] }, decisionId: string): AnswerParts {
  const choice = body.choices[0];
  const message = (choice?.message ?? {}) as { content?: unknown; refusal?: unknown; reasoning?: unknown; reasoning_details?: unknown; tool_calls?: unknown };
  const toolCalls: AnswerParts["toolCalls"] = [];
  const ids = new ToolCallIds("call_", decisionId, responsesCallId);
  // A call without arguments means `{}`, unless the answer was cut: then nothing of them was written (call-status.ts).
  const noArguments = finalStatus(choice?.finish_reason ?? null) === "incomplete" ? "" : "{}";
  for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
    const { id, function: fn } = (call ?? {}) as { id?: unknown; function?: { name?: unknown; arguments?: unknown } };
    if (typeof fn?.name === "string") toolCalls.push({ id: ids.next(id), name: fn.name, arguments: withNoArguments(argumentsText(fn.arguments), noArguments) });
  }
  return {
    reasoning: typeof message.reasoning === "string" ? message.reasoning : "",
    text: answerText(message.content),
    refusal: typeof message.refusal === "string" ? message.refusal : "",
    logprobs: readLogprobs(choice?.logprobs),
    toolCalls,
    finishReason: choice?.finish_reason ?? null,
    reasoningDetails: readReasoningDetails(message.reasoning_details),
  };
}

/**
 * A call's arguments, with `{}` after them when they hold no text (`""`, or whitespace some upstreams send), as the
 * stream appends it (`response-item-writer.ts`): `" "` went out as the whole call's arguments, which JSON.parse refuses.
 */
function withNoArguments(text: string, noArguments: string): string {
  return isJsonBlank(text) ? text + noArguments : text;
}

/** True when the request asked for reasoning items' `encrypted_content`. */
export function includesEncryptedReasoning(request: ResponsesRequest): boolean {
  return request.include?.includes("reasoning.encrypted_content") === true;
}

/** A choice's `logprobs.content` (non-streaming or one chunk's) as Responses logprobs; [] when absent or malformed. */
export function readLogprobs(logprobs: unknown): Logprob[] {
  const content = typeof logprobs === "object" && logprobs !== null ? (logprobs as { content?: unknown }).content : undefined;
  if (!Array.isArray(content)) return [];
  const out: Logprob[] = [];
  for (const entry of content) {
    const token = readToken(entry);
    if (!token) continue;
    const top = (entry as { top_logprobs?: unknown }).top_logprobs;
    out.push({ ...token, top_logprobs: Array.isArray(top) ? top.flatMap((alternative) => readToken(alternative) ?? []) : [] });
  }
  return out;
}

function readToken(entry: unknown): { token: string; logprob: number; bytes: number[] } | undefined {
  const { token, logprob, bytes } = (typeof entry === "object" && entry !== null ? entry : {}) as { token?: unknown; logprob?: unknown; bytes?: unknown };
  if (typeof token !== "string" || typeof logprob !== "number") return undefined;
  return { token, logprob, bytes: Array.isArray(bytes) ? bytes.filter((byte): byte is number => typeof byte === "number") : [] };
}

function responsesUsage(usage: Usage | undefined, costUsd: number | undefined): Record<string, unknown> {
  // Counts as the record keeps them (whole, 0 up): an upstream's -5, 1.5 or "7" is no count a client can add up.
  const input = tokenCount(usage?.prompt_tokens);
  const output = tokenCount(usage?.completion_tokens);
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: Math.min(input, tokenCount(usage?.prompt_tokens_details?.cached_tokens)) },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: Math.min(output, tokenCount(usage?.completion_tokens_details?.reasoning_tokens)) },
    total_tokens: input + output,
    ...(costUsd !== undefined ? { cost_usd: costUsd } : {}),
  };
}
