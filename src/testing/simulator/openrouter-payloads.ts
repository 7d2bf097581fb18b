/**
 * OpenRouter wire payloads: the chat completion body, stream chunks, the usage object with
 * `cost`, and the error body `{error: {code, message, metadata}}`.
 * @module
 */
import type { PlannedAnswer } from "./plan-answer.js";

/** What every payload of one generation shares. */
export interface GenerationContext {
  /** `gen-...`, as OpenRouter's ids look. */
  id: string;
  /** The model id the caller asked for. */
  model: string;
  /** The upstream provider's display name, e.g. `OpenAI`. */
  provider: string;
  /** Unix seconds. */
  created: number;
  /** The request asked for `logprobs` (with this many `top_logprobs`): text comes with a log probability per token. */
  logprobs?: { topLogprobs: number } | null;
}

/** One token's log probability, in Chat Completions' `logprobs.content` shape. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  bytes: number[];
  top_logprobs: { token: string; logprob: number; bytes: number[] }[];
}

/** OpenRouter's usage object, `cost` included (left out when the answer reports no cost). */
export interface OpenRouterUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost?: number;
  is_byok: boolean;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  cost_details?: { upstream_inference_cost: null; upstream_inference_prompt_cost: number; upstream_inference_completions_cost: number };
  completion_tokens_details: { reasoning_tokens: number; image_tokens: number };
}

/** An OpenRouter error body. */
export interface OpenRouterErrorBody {
  error: { code: number; message: string; metadata?: Record<string, unknown> };
  user_id?: string;
}

/** The usage object for a planned answer. */
export function usageOf(answer: PlannedAnswer): OpenRouterUsage {
  const promptShare = answer.promptTokens + answer.completionTokens === 0 ? 0 : answer.promptTokens / (answer.promptTokens + answer.completionTokens);
  const cost = answer.costInUsd;
  const costFields =
    cost === undefined
      ? {}
      : {
          cost,
          cost_details: {
            upstream_inference_cost: null,
            upstream_inference_prompt_cost: round(cost * promptShare),
            upstream_inference_completions_cost: round(cost * (1 - promptShare)),
          },
        };
  return {
    prompt_tokens: answer.promptTokens,
    completion_tokens: answer.completionTokens,
    total_tokens: answer.promptTokens + answer.completionTokens,
    ...costFields,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, image_tokens: 0 },
  };
}

/** A non-streaming chat completion body. */
export function completionBody(context: GenerationContext, answer: PlannedAnswer): Record<string, unknown> {
  const message: Record<string, unknown> = {
    role: "assistant",
    content: answer.toolCall ? null : answer.content,
    refusal: null,
    reasoning: null,
  };
  if (answer.toolCall) {
    message["tool_calls"] = [
      {
        id: answer.toolCall.id,
        index: 0,
        type: "function",
        function: { name: answer.toolCall.name, arguments: answer.toolCall.arguments },
      },
    ];
  }
  return {
    id: context.id,
    provider: context.provider,
    model: context.model,
    object: "chat.completion",
    created: context.created,
    choices: [
      { logprobs: logprobsOf(context, answer.toolCall ? "" : answer.content), finish_reason: answer.finishReason, native_finish_reason: answer.nativeFinishReason, index: 0, message },
    ],
    system_fingerprint: null,
    usage: usageOf(answer),
  };
}

/** One `chat.completion.chunk` with a single choice. */
export function streamChunk(
  context: GenerationContext,
  delta: Record<string, unknown>,
  finishReason: string | null = null,
  nativeFinishReason: string | null = finishReason,
): Record<string, unknown> {
  return {
    id: context.id,
    provider: context.provider,
    model: context.model,
    object: "chat.completion.chunk",
    created: context.created,
    choices: [{ index: 0, delta, finish_reason: finishReason, native_finish_reason: nativeFinishReason, logprobs: logprobsOf(context, typeof delta["content"] === "string" ? delta["content"] : "") }],
    system_fingerprint: null,
  };
}

/** The trailing chunk that carries usage (and no choices). */
export function usageChunk(context: GenerationContext, answer: PlannedAnswer): Record<string, unknown> {
  return {
    id: context.id,
    provider: context.provider,
    model: context.model,
    object: "chat.completion.chunk",
    created: context.created,
    choices: [],
    usage: usageOf(answer),
  };
}

/**
 * The event OpenRouter sends when generation fails after tokens were streamed: a chunk with a top-level
 * `error` and `finish_reason: "error"` (the HTTP status is already 200).
 */
export function streamErrorChunk(context: GenerationContext, message: string): Record<string, unknown> {
  return {
    id: context.id,
    provider: context.provider,
    model: context.model,
    object: "chat.completion.chunk",
    created: context.created,
    error: { code: 502, message, metadata: { error_type: "provider_unavailable", provider_name: context.provider } },
    choices: [{ index: 0, delta: { content: "" }, finish_reason: "error", native_finish_reason: "error", logprobs: null }],
  };
}

/** An OpenRouter error body; `metadata.error_type` is OpenRouter's canonical error type. */
export function errorBody(code: number, message: string, metadata?: Record<string, unknown>): OpenRouterErrorBody {
  return metadata ? { error: { code, message, metadata } } : { error: { code, message } };
}

/**
 * `logprobs` of a choice holding `text`: null unless the request asked, else one entry per word-sized token
 * (a deterministic log probability from its length; the token itself is its only alternative).
 */
export function logprobsOf(context: GenerationContext, text: string): { content: TokenLogprob[]; refusal: null } | null {
  if (!context.logprobs) return null;
  const { topLogprobs } = context.logprobs;
  const content = (text.match(/\S+\s*|\s+/g) ?? []).map((token): TokenLogprob => {
    const logprob = -Math.round((token.length % 7) * 1_000) / 10_000;
    const bytes = [...Buffer.from(token, "utf8")];
    return { token, logprob, bytes, top_logprobs: topLogprobs > 0 ? [{ token, logprob, bytes }] : [] };
  });
  return { content, refusal: null };
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}
