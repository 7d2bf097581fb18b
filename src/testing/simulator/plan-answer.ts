/**
 * Decides what the simulator answers to a request: deterministic text derived from the last user
 * message, a tool call, or JSON, with token counts and the cost OpenRouter would bill.
 * @module
 */
import type { ModelEntry } from "../../catalog/model-entry.js";
import type { ChatMessage } from "../../core/types.js";
import { REFUSAL_TEXT, type SimulatorFault } from "./simulator-fault.js";
import { sampleFromJsonSchema } from "./sample-from-json-schema.js";
import { outcomeAnswerText, readOutcomeScore, type OutcomeTable } from "./outcome-table.js";

/** The validated subset of a chat completion request the simulator reads. */
export interface SimulatorRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  maxTokens: number | undefined;
  tools: unknown[];
  /** `tool_choice`: "auto" calls the first tool after a user message, "required" always calls it, a name calls that one. */
  toolChoice: "auto" | "none" | "required" | { name: string };
  responseFormat: Record<string, unknown> | undefined;
  /** `stop`: sequences the answer's text ends before, as OpenAI-compatible upstreams honour them. */
  stop: string[];
  /** `logprobs: true`: each text token comes with its log probability; `top_logprobs` alternatives (0..20). */
  logprobs: { topLogprobs: number } | null;
  /** Web search results the request turns on (the `web` plugin, `:online`, ...), billed as OpenRouter bills Exa's. */
  webSearchResults: number;
  /** `reasoning` turns reasoning off (`enabled: false`, `effort: "none"`): a 400 for a model whose reasoning is mandatory. */
  reasoningOff?: boolean;
}

/** A tool call the simulated model makes. */
export interface PlannedToolCall {
  id: string;
  name: string;
  /** JSON text, as OpenAI sends it. */
  arguments: string;
}

/** What the simulated model answers. */
export interface PlannedAnswer {
  content: string;
  toolCall: PlannedToolCall | null;
  finishReason: "stop" | "length" | "tool_calls";
  /**
   * The provider's own finish reason, as OpenRouter passes it in `native_finish_reason`: the same as `finishReason`,
   * except for a text cut at a `stop` sequence by an Anthropic model, which says `stop_sequence` as Anthropic does
   * (OpenAI and most others say `stop` for that too).
   */
  nativeFinishReason: string;
  promptTokens: number;
  completionTokens: number;
  /** `usage.cost`; undefined when the simulator reports no cost (`reportCost: false`). */
  costInUsd: number | undefined;
}

const CHARS_PER_TOKEN = 4;
const EXCERPT_WORDS = 12;

/** Approximate prompt tokens the way the simulator bills them: characters / 4, rounded up. */
export function countPromptTokens(messages: readonly ChatMessage[]): number {
  let characters = 0;
  for (const message of messages) characters += textOf(message).length;
  return Math.max(1, Math.ceil(characters / CHARS_PER_TOKEN));
}

/** Plans the answer for `request` on `model` under `fault` (only answer-shaping faults matter here). */
export function planAnswer(
  request: SimulatorRequest,
  model: ModelEntry | undefined,
  fault: SimulatorFault | null,
  toolCallId: string,
  outcomes?: OutcomeTable,
): PlannedAnswer {
  const promptTokens = countPromptTokens(request.messages);
  const shapesText = fault === "empty" || fault === "refusal" || fault === "length";
  const toolCall = shapesText ? null : planToolCall(request, toolCallId);
  const full = toolCall ? "" : answerText(request, fault, outcomes);
  const stopAt = toolCall ? -1 : firstStop(full, request.stop);
  let content = stopAt >= 0 ? full.slice(0, stopAt) : full;
  let finishReason: PlannedAnswer["finishReason"] = toolCall ? "tool_calls" : "stop";
  let completionTokens = tokensOf(content + (toolCall ? toolCall.name + toolCall.arguments : ""));
  // OpenRouter stops at max_tokens, whatever the prompt (one long "word" was echoed whole and billed past it).
  if (!toolCall && request.maxTokens !== undefined && completionTokens > request.maxTokens) {
    content = content.slice(0, request.maxTokens * CHARS_PER_TOKEN).replace(/[\uD800-\uDBFF]$/, "");
    finishReason = "length";
    completionTokens = request.maxTokens;
  }
  // So are a tool call's arguments (the call's name and arguments are the output): cut mid-JSON, with `length`.
  if (toolCall && request.maxTokens !== undefined && completionTokens > request.maxTokens) {
    toolCall.arguments = toolCall.arguments.slice(0, Math.max(0, request.maxTokens * CHARS_PER_TOKEN - toolCall.name.length)).replace(/[\uD800-\uDBFF]$/, "");
    finishReason = "length";
    completionTokens = request.maxTokens;
  }
  if (fault === "length") {
    content = content.slice(0, Math.max(1, Math.floor(content.length / 2)));
    finishReason = "length";
    completionTokens = request.maxTokens ?? tokensOf(content);
  }
  const nativeFinishReason = finishReason === "stop" && stopAt >= 0 && model?.author === "anthropic" ? "stop_sequence" : finishReason;
  return { content, toolCall, finishReason, nativeFinishReason, promptTokens, completionTokens, costInUsd: costOf(model, promptTokens, completionTokens, request.webSearchResults) };
}

/** Where the text first meets one of the stop sequences (the text ends before it), or -1. */
function firstStop(text: string, stop: readonly string[]): number {
  let first = -1;
  for (const sequence of stop) {
    const at = sequence === "" ? -1 : text.indexOf(sequence);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** What OpenRouter bills per web search result (Exa's engine): $4 per 1,000. */
export const SIMULATED_USD_PER_WEB_RESULT = 0.004;

/** USD OpenRouter would bill: tokens × the catalog's prices plus the per-request fee and any web search results. */
export function costOf(model: ModelEntry | undefined, promptTokens: number, completionTokens: number, webSearchResults = 0): number {
  if (!model || model.isRouter) return 0;
  const { pricing } = model;
  const cost =
    (promptTokens * pricing.usdPerMillionInputTokens + completionTokens * pricing.usdPerMillionOutputTokens) /
      1_000_000 +
    pricing.usdPerRequest +
    webSearchResults * SIMULATED_USD_PER_WEB_RESULT;
  return Math.round(cost * 1e12) / 1e12;
}

function answerText(request: SimulatorRequest, fault: SimulatorFault | null, outcomes: OutcomeTable | undefined): string {
  if (fault === "empty") return "";
  if (fault === "refusal") return REFUSAL_TEXT;
  const excerpt = lastUserExcerpt(request.messages);
  const asked = lastUserText(request.messages);
  const known = outcomes?.score(asked, request.model);
  if (known !== undefined && request.responseFormat === undefined) return outcomeAnswerText(request.model, known, excerpt);
  // A judge grading an outcome-mode answer gets the score that answer carries.
  const graded = outcomes ? readOutcomeScore(asked) : undefined;
  if (graded !== undefined) return String(graded);
  const format = request.responseFormat;
  if (format?.["type"] === "json_object") return JSON.stringify({ answer: excerpt, model: request.model });
  if (format?.["type"] === "json_schema") {
    const jsonSchema = format["json_schema"];
    const schema = typeof jsonSchema === "object" && jsonSchema !== null ? (jsonSchema as Record<string, unknown>)["schema"] : undefined;
    return JSON.stringify(sampleFromJsonSchema(schema, excerpt));
  }
  return `This is a simulated answer from ${request.model} to: ${excerpt}`;
}

function planToolCall(request: SimulatorRequest, toolCallId: string): PlannedToolCall | null {
  const { toolChoice } = request;
  if (request.tools.length === 0 || toolChoice === "none") return null;
  const last = request.messages[request.messages.length - 1];
  if (toolChoice === "auto" && last?.role !== "user") return null;
  const definitions = request.tools.map((tool) => (typeof tool === "object" && tool !== null ? (tool as Record<string, unknown>)["function"] : undefined));
  const definition = typeof toolChoice === "object" ? definitions.find((candidate) => nameOf(candidate) === toolChoice.name) : definitions[0];
  if (typeof definition !== "object" || definition === null) return null;
  const { name, parameters } = definition as Record<string, unknown>;
  if (typeof name !== "string") return null;
  const argumentsJson = JSON.stringify(sampleFromJsonSchema(parameters ?? {}, lastUserExcerpt(request.messages)));
  return { id: toolCallId, name, arguments: argumentsJson };
}

function nameOf(definition: unknown): unknown {
  return typeof definition === "object" && definition !== null ? (definition as Record<string, unknown>)["name"] : undefined;
}

function lastUserExcerpt(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role !== "user") continue;
    const words = textOf(message).split(/\s+/).filter((word) => word !== "");
    if (words.length === 0) break;
    const excerpt = words.slice(0, EXCERPT_WORDS).join(" ");
    return words.length > EXCERPT_WORDS ? `${excerpt} ...` : excerpt;
  }
  return "(no user message)";
}

function lastUserText(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === "user") return textOf(message);
  }
  return "";
}

function textOf(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content) {
    if (part.type === "text" && typeof part["text"] === "string") text += part["text"];
  }
  return text;
}

function tokensOf(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
