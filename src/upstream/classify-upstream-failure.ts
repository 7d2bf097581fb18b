/**
 * Turns a failed upstream answer (an HTTP error status, or an `error` object in a 200 body or stream chunk) into a
 * typed UpstreamError whose `kind` and `isRetryable` drive fallback.
 * @module
 */
import { UpstreamError } from "../core/errors/index.js";
import { parseRetryAfterMs } from "./parse-retry-after.js";
import { upstreamWords } from "./upstream-words.js";
import { nestsDeeperThan } from "./answer-depth.js";

/** HTTP statuses after which the next model is tried (PRODUCT §2). 404: the model is gone from the upstream. */
const RETRYABLE_STATUSES = new Set([404, 408, 409, 425, 429]);

const CONTEXT_LENGTH_PATTERN = /context[_ ]length|context window|maximum context|too many tokens|prompt is too long|reduce the length/i;
const CONTENT_POLICY_PATTERN = /moderation|flagged|content[_ ]policy|content[_ ]filter|safety system|violat/i;

/** The parts of an OpenAI/OpenRouter error body we read. */
export interface UpstreamErrorBody {
  message: string;
  code: string | number | null;
  type: string | null;
  metadata: Record<string, unknown> | null;
  /**
   * The provider's own error that OpenRouter wraps as "Provider returned error" (`metadata.raw`): its message (or
   * text) on one line, cut, with the provider's name. The wrapper's message alone hid why a request was refused
   * (an image that is no image), and a context-length or content-policy error, which decide where to go next.
   */
  provider?: { name: string | undefined; message: string; code: string | undefined };
}

/** The most of a provider's own error message kept. */
const PROVIDER_MESSAGE_CHARS = 200;
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Reads `{"error":{...}}` from an upstream body, or undefined when there is none. */
export function readErrorBody(body: unknown): UpstreamErrorBody | undefined {
  const read = readOwnErrorBody(body);
  const provider = read?.metadata ? providerError(read.metadata) : undefined;
  return read && provider ? { ...read, provider } : read;
}

/** `metadata.raw` read as the provider's error body (JSON), else as its text. */
function providerError(metadata: Record<string, unknown>): UpstreamErrorBody["provider"] {
  const raw = metadata.raw;
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const inner = readOwnErrorBody(safeJson(raw));
  const message = (inner?.message ?? raw).slice(0, 4 * PROVIDER_MESSAGE_CHARS).replace(CONTROL_RUN, " ").trim().slice(0, PROVIDER_MESSAGE_CHARS);
  const name = typeof metadata.provider_name === "string" ? metadata.provider_name.replace(CONTROL_RUN, " ").slice(0, 60) : undefined;
  return { name, message, code: inner?.code === null || inner?.code === undefined ? undefined : String(inner.code) };
}

/** The error body with its texts (its message, the provider's words) passed through `redact` (the upstream key). */
export function redactErrorBody(body: UpstreamErrorBody, redact: ((text: string) => string) | undefined): UpstreamErrorBody {
  if (!redact) return body;
  const redacted: UpstreamErrorBody = { ...body, message: redact(body.message) };
  if (body.provider) redacted.provider = { ...body.provider, message: redact(body.provider.message) };
  return redacted;
}

/** The error's message with the provider's own words, when OpenRouter wrapped them. */
function withProvider(errorBody: UpstreamErrorBody): string {
  const provider = errorBody.provider;
  if (!provider || provider.message === "" || errorBody.message.includes(provider.message)) return upstreamWords(errorBody.message);
  return upstreamWords(`${errorBody.message} (${provider.name ? `${provider.name}: ` : ""}${provider.message})`);
}

function readOwnErrorBody(body: unknown): UpstreamErrorBody | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error === "string") return { message: error, code: null, type: null, metadata: null };
  if (typeof error !== "object" || error === null) return undefined;
  const record = error as Record<string, unknown>;
  const code = typeof record.code === "string" || typeof record.code === "number" ? record.code : null;
  return {
    message: typeof record.message === "string" ? record.message : "upstream error",
    code,
    type: typeof record.type === "string" ? record.type : null,
    metadata: typeof record.metadata === "object" && record.metadata !== null ? (record.metadata as Record<string, unknown>) : null,
  };
}

/** Options for classifying an HTTP failure. */
export interface ClassifyHttpFailureOptions {
  model: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The response body as text (already redacted), possibly empty. */
  bodyText: string;
  now?: number;
}

/** Classifies a non-2xx upstream response. */
export function classifyHttpFailure({ model, status, headers, bodyText, now }: ClassifyHttpFailureOptions): UpstreamError {
  const errorBody = readErrorBody(safeJson(bodyText));
  const detail = errorBody ? withProvider(errorBody) : upstreamWords(bodyText, 300) || "no body";
  const special = classifySpecial(errorBody, status);
  const retryAfterMs = parseRetryAfterMs(headers, now);
  return new UpstreamError({
    message: `HTTP ${status}: ${detail}`,
    kind: special ?? "http",
    model,
    upstreamStatus: status,
    isRetryable: special === undefined && (RETRYABLE_STATUSES.has(status) || status >= 500),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    responseBody: bodyText.slice(0, 2000),
  });
}

/**
 * Classifies an `error` object found in a 200 body or in a stream chunk (OpenRouter reports mid-generation
 * provider failures that way). Provider failures there are retryable unless they are context or policy errors.
 */
export function classifyErrorObject(model: string, errorBody: UpstreamErrorBody): UpstreamError {
  const numericCode = typeof errorBody.code === "number" ? errorBody.code : Number(errorBody.code);
  const status = Number.isInteger(numericCode) && numericCode >= 400 && numericCode < 600 ? numericCode : undefined;
  const special = classifySpecial(errorBody, status ?? 0);
  return new UpstreamError({
    message: `upstream error${status ? ` ${status}` : ""}: ${withProvider(errorBody)}`,
    kind: special ?? "http",
    model,
    ...(status !== undefined ? { upstreamStatus: status } : {}),
    isRetryable: special === undefined && (status === undefined || RETRYABLE_STATUSES.has(status) || status >= 500),
  });
}

/** A response that is not what an OpenAI-compatible upstream sends. Always retryable. */
export function malformedResponse(model: string, what: string, upstreamStatus?: number, billedUsd?: number): UpstreamError {
  return new UpstreamError({
    ...(billedUsd !== undefined ? { billedUsd } : {}),
    message: `malformed upstream response: ${what}`,
    kind: "malformed",
    model,
    ...(upstreamStatus !== undefined ? { upstreamStatus } : {}),
    isRetryable: true,
  });
}

function classifySpecial(errorBody: UpstreamErrorBody | undefined, status: number): "context_length_exceeded" | "content_policy" | undefined {
  if (!errorBody) return undefined;
  const codes = [String(errorBody.code ?? ""), errorBody.provider?.code ?? ""];
  const message = errorBody.provider ? `${errorBody.message} ${errorBody.provider.message}` : errorBody.message;
  if (codes.includes("context_length_exceeded") || ((status === 400 || status === 413 || status === 0) && CONTEXT_LENGTH_PATTERN.test(message))) {
    return "context_length_exceeded";
  }
  const flagged = errorBody.metadata !== null && ("flagged_input" in errorBody.metadata || "reasons" in errorBody.metadata);
  if (codes.includes("content_policy_violation") || codes.includes("content_filter") || flagged) return "content_policy";
  if ((status === 403 || status === 400 || status === 0) && CONTENT_POLICY_PATTERN.test(message)) return "content_policy";
  return undefined;
}

function safeJson(text: string): unknown {
  if (text.length === 0 || (text[0] !== "{" && text.trimStart()[0] !== "{") || nestsDeeperThan(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
