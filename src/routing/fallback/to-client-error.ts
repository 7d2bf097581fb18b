/**
 * Maps an upstream failure the loop does not retry to the error the client sees. Statuses follow PRODUCT §5:
 * the client never sees the upstream's 401/402 (those are the gateway's own credentials, not the caller's).
 * @module
 */
import { GatewayError, InvalidRequestError, type UpstreamError } from "../../core/errors/index.js";
import { readErrorBody } from "../../upstream/classify-upstream-failure.js";

/**
 * The client-facing error for a non-retried upstream failure. An upstream 400 or 422 that refuses a model id the
 * catalog lacks (`unknownModelHint` is then the fix) is a 404 `model_not_found`, as the real APIs answer.
 */
export function toClientError(error: UpstreamError, unknownModelHint = ""): GatewayError {
  if (error.kind === "content_policy") {
    return new GatewayError({
      message: `The request was refused by ${error.model}'s content policy: ${error.message}`,
      status: 403,
      type: "invalid_request_error",
      code: "content_policy_violation",
      cause: error,
    });
  }
  if (error.kind === "context_length_exceeded") {
    return new InvalidRequestError(
      `The conversation does not fit the context window of ${error.model}, and no model with a larger context is available: ${error.message}`,
      { code: "context_length_exceeded", param: "messages", cause: error },
    );
  }
  const status = error.upstreamStatus;
  if (status === 400 || status === 422) {
    if (unknownModelHint !== "" && upstreamRefusesModelId(error)) {
      // A model id neither the catalog nor the upstream knows: OpenAI's 404 `model_not_found` (Chat and Responses),
      // Anthropic's 404 `not_found_error` on the Messages door, which names its errors by status (ADR 0098).
      // The upstream's own words, quoted: its status ("HTTP 400") contradicted the 404 it is answered with (round 28).
      const words = upstreamOwnWords(error).trim().replace(/[.!]$/, "");
      const message = `The model ${error.model} does not exist: the upstream says "${words.slice(0, 300)}".${unknownModelHint}`;
      return new GatewayError({ message, status: 404, type: "invalid_request_error", code: "model_not_found", param: "model", cause: error });
    }
    return new InvalidRequestError(`The upstream rejected the request for ${error.model}: ${error.message}`, { code: "upstream_bad_request", cause: error });
  }
  if (status === 413) {
    return new GatewayError({ message: `The upstream says the request is too large: ${error.message}`, status: 413, type: "invalid_request_error", code: "request_too_large", cause: error });
  }
  const code = status === 401 || status === 403 ? "upstream_auth_failed" : status === 402 ? "upstream_payment_required" : "upstream_error";
  return new GatewayError({
    message: `The upstream refused the gateway's call to ${error.model} (${error.message}). This is a gateway configuration problem, not the caller's.`,
    status: 502,
    type: "upstream_error",
    code,
    cause: error,
  });
}

/**
 * The upstream's words say the model id itself is not valid (OpenRouter's "X is not a valid model ID"). Any other 400
 * that names the model (a parameter it does not support) is about the request: a model newer than the catalog is
 * still valid upstream, and "did you mean" another one would send the caller the wrong way. A phrase must start a
 * word: "function get_model not found" is about a tool the request names (review of round 27).
 */
function refusesModelId(message: string): boolean {
  return MODEL_ID_REFUSAL.test(message);
}

/**
 * An upstream 400 or 422 whose own words refuse the model id: for a model the catalog lacks, the caller's unknown id
 * (a 404); for one it lists, a model the upstream no longer serves (OpenRouter answers a removed id so), which
 * `FallbackRun` moves on from as from a 404.
 */
export function upstreamRefusesModelId(error: UpstreamError): boolean {
  return (error.upstreamStatus === 400 || error.upstreamStatus === 422) && refusesModelId(upstreamOwnWords(error));
}

const MODEL_ID_REFUSAL = /\b(?:not a valid model|invalid model id|model not found|no such model|does not exist or you do not have access)/i;

/**
 * The upstream's own message, without the words of a provider OpenRouter wraps (`metadata.raw`, which the error's
 * message adds in parentheses): OpenRouter took the id when it chose a provider, so a provider's "model not found"
 * is about its own deployment, not the caller's id (review of round 27). The whole message when the body is not
 * OpenRouter's error envelope.
 */
function upstreamOwnWords(error: UpstreamError): string {
  if (error.responseBody === undefined) return error.message;
  let parsed: unknown;
  try {
    parsed = JSON.parse(error.responseBody);
  } catch {
    return error.message;
  }
  return readErrorBody(parsed)?.message ?? error.message;
}
