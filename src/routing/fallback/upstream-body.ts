/**
 * Serializes the upstream request once and splices `model` and `max_tokens` in per attempt, so a fallback
 * never re-serializes the (possibly large) conversation.
 * @module
 */
import type { ChatRequest } from "../../core/types.js";

/** Builds the upstream body for each attempt. */
export interface UpstreamBodyBuilder {
  /** The body for one attempt on `modelId`. */
  build(modelId: string, maxTokens: number): string;
  /** The body for a resumed stream: the partial answer is appended as an assistant prefill. */
  buildWithPrefill(modelId: string, maxTokens: number, prefill: string): string;
}

/**
 * Creates a builder over the plan's `upstreamRequest` (already stripped of the `switchyard` field).
 * Every other field, OpenRouter extras included, is forwarded untouched.
 */
export function createUpstreamBodyBuilder(upstreamRequest: ChatRequest): UpstreamBodyBuilder {
  const { model: _model, max_tokens: _maxTokens, switchyard: _switchyard, ...rest } = upstreamRequest;
  const restJson = JSON.stringify(rest);
  const tail = restJson === "{}" ? "}" : `,${restJson.slice(1)}`;
  return {
    build: (modelId, maxTokens) => `{"model":${JSON.stringify(modelId)},"max_tokens":${maxTokens}${tail}`,
    buildWithPrefill: (modelId, maxTokens, prefill) =>
      JSON.stringify({
        ...rest,
        model: modelId,
        max_tokens: maxTokens,
        messages: [...(rest.messages ?? []), { role: "assistant", content: prefill }],
      }),
  };
}
