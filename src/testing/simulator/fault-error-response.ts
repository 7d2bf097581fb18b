/**
 * The HTTP error responses OpenRouter sends for the simulator's error faults: status, headers and
 * the `{error: {code, message, metadata}}` body, with `metadata.error_type` from OpenRouter's enum.
 * @module
 */
import { errorBody, type OpenRouterErrorBody } from "./openrouter-payloads.js";
import type { SimulatorFault } from "./simulator-fault.js";

/** An error answer: status, extra headers and body. */
export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: OpenRouterErrorBody;
}

/** What the error messages mention. */
export interface FaultErrorContext {
  model: string;
  provider: string;
  contextLength: number;
  promptTokens: number;
  maxTokens: number;
  /** The text moderation "flagged". */
  flaggedInput: string;
}

/** The error response `fault` produces, or null when the fault is not an HTTP error. */
export function faultErrorResponse(fault: SimulatorFault, context: FaultErrorContext): ErrorResponse | null {
  const { model, provider } = context;
  switch (fault) {
    case "rate_limit":
    case "rate_limit_no_retry_after":
      return {
        status: 429,
        headers: fault === "rate_limit" ? { "retry-after": "1" } : {},
        body: errorBody(429, `${model} is temporarily rate-limited upstream. Please retry shortly.`, {
          error_type: "rate_limit_exceeded",
          provider_name: provider,
          raw: `${model} is temporarily rate-limited upstream.`,
        }),
      };
    case "server_error":
      return { status: 500, headers: {}, body: errorBody(500, "Internal Server Error", { error_type: "server" }) };
    case "unavailable":
    case "flapping":
      return unavailableResponse(model);
    case "context_length_exceeded":
      return contextLengthResponse(context);
    case "moderation":
      return {
        status: 403,
        headers: {},
        body: errorBody(403, `${model} requires moderation on ${provider}. Your input was flagged for "harassment". No credits were charged.`, {
          error_type: "content_policy_violation",
          reasons: ["harassment"],
          flagged_input: context.flaggedInput.slice(0, 100),
          provider_name: provider,
          model_slug: model,
        }),
      };
    default:
      return null;
  }
}

/** A 503 "no provider available" answer (the `unavailable` fault and the failing half of `flapping`). */
export function unavailableResponse(model: string): ErrorResponse {
  return {
    status: 503,
    headers: {},
    body: errorBody(503, `No endpoints available for ${model} right now. Please try again later.`, {
      error_type: "provider_unavailable",
    }),
  };
}

/** The 400 OpenRouter sends when prompt plus max_tokens exceed the context window. */
export function contextLengthResponse(context: FaultErrorContext): ErrorResponse {
  const requested = context.promptTokens + context.maxTokens;
  const message =
    `This endpoint's maximum context length is ${context.contextLength} tokens. However, you requested about ` +
    `${requested} tokens (${context.promptTokens} of text input, ${context.maxTokens} in the output). Please reduce ` +
    `the length of either one, or use the "middle-out" transform to compress your prompt automatically.`;
  return {
    status: 400,
    headers: {},
    body: errorBody(400, message, { error_type: "context_length_exceeded", provider_name: context.provider }),
  };
}

/** A 400 `invalid_request` answer. */
export function invalidRequestResponse(message: string, status = 400): ErrorResponse {
  return { status, headers: {}, body: errorBody(status, message, { error_type: "invalid_request" }) };
}
