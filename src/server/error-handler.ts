/**
 * The one place errors become HTTP responses: the OpenAI envelope `{"error":{message,type,code,param}}`.
 * Switchyard's GatewayErrors keep their status; Fastify's own errors (bad JSON, body too large, wrong content
 * type) map to 4xx; anything else is a 500 with a generic message. A stack trace never leaves the process.
 * @module
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AllAttemptsFailedError, BudgetExceededError, CircuitOpenError, GatewayError, RateLimitError, UpstreamRateLimitedError } from "../core/errors/index.js";
import { MethodNotAllowedError, routePath } from "./route-registry.js";
import { setSafeHeaders } from "./safe-header.js";
import { REDIS_COMMAND_TIMEOUT_MS } from "../storage/redis/open-redis-stores.js";

/** The OpenAI error envelope. */
export interface ErrorEnvelope {
  error: { message: string; type: string; code: string | null; param: string | null };
}

/**
 * Codes that mean the gateway's own storage cannot be used: SQLite's full disk, I/O error, read-only or damaged file;
 * Postgres's connection exceptions (class 08), shutdowns (57P01–57P03), a statement cancelled past the gateway's
 * `statement_timeout` (57014), exhausted resources (class 53) and a write refused by a read-only server (25006: a
 * primary demoted by a failover, a standby, `default_transaction_read_only`); a store's
 * socket refused, reset or timed out (an upstream's socket errors are UpstreamErrors and never reach here).
 */
const STORAGE_FAILURE = /^(SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PROTOCOL)(_[A-Z_]+)?|08[0-9A-Z]{3}|57P0[123]|57014|53[0-9A-Z]{3}|58030|25006|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/;

/** ioredis's errors carry no code: they are known by name, or by message for the plain Errors it throws. */
const STORE_ERROR_NAMES = new Set(["MaxRetriesPerRequestError"]);
const STORE_ERROR_MESSAGES = new Map<string, "redis" | "postgres">([
  // A command sent while the client is reconnecting (the gateway's clients keep no offline queue).
  ["Stream isn't writeable and enableOfflineQueue options is false", "redis"],
  ["Connection is closed.", "redis"],
  // A command unanswered for the client's commandTimeout: the server stalled without closing the connection.
  ["Command timed out", "redis"],
  // node-postgres: a query past its query_timeout, a connect past connectionTimeoutMillis (a server that drops packets
  // or stalls), and pg-pool's wait for a client past the same limit.
  ["Query read timeout", "postgres"],
  ["Connection terminated due to connection timeout", "postgres"],
  ["timeout exceeded when trying to connect", "postgres"],
]);

/**
 * Redis's own refusals of a command while the server cannot take it, as ioredis gives them (a ReplyError, no code,
 * the reason's word first): out of memory under `noeviction` (`OOM`), a replica (`READONLY`), a failed snapshot with
 * `stop-writes-on-bgsave-error` (`MISCONF`), too few replicas (`NOREPLICAS`), its data still loading (`LOADING`), a
 * script past the busy threshold (`BUSY`), a cluster or primary down (`CLUSTERDOWN`, `MASTERDOWN`, `TRYAGAIN`). The
 * store is up but unusable: a 503, never the catch-all 500.
 */
const REDIS_REFUSAL = /^(OOM|READONLY|MISCONF|NOREPLICAS|LOADING|BUSY|CLUSTERDOWN|MASTERDOWN|TRYAGAIN) /;

/** The 413's message, from the body parser or, before any body byte, from the `Expect: 100-continue` check. */
export const BODY_TOO_LARGE_MESSAGE =
  "The request body is larger than the gateway's limit (server.body_limit_bytes in its config, 10 MB by default): send a smaller body (fewer or smaller images, a shorter history), or ask the operator to raise the limit.";

/**
 * The `Retry-After` of every 503 `storage_unavailable` (ADR 0072). The gateway cannot know when an operator frees a
 * disk or brings a store back, so this is no promise: it is how often the gateway finds out. It rechecks each store
 * every second (Redis's PING, Postgres's probe; the local disk every 100 ms) and turns `/readyz` back as soon as one
 * answers, so a retry sooner than a few checks finds the same refusal; a refused request costs nothing (no model is
 * called before its marker is committed), so a client pacing itself at this interval loses at most these seconds.
 */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** Status and envelope for any thrown value. */
export function toErrorResponse(error: unknown): { status: number; envelope: ErrorEnvelope; headers: Record<string, string> } {
  const response = errorResponse(error);
  if (response.status === 503 && response.envelope.error.code === "storage_unavailable") response.headers["retry-after"] ??= String(STORAGE_RETRY_AFTER_SECONDS);
  return response;
}

/** toErrorResponse before the headers every answer of its code carries. */
function errorResponse(error: unknown): { status: number; envelope: ErrorEnvelope; headers: Record<string, string> } {
  if (GatewayError.isInstance(error)) {
    const headers: Record<string, string> = {};
    if (error instanceof RateLimitError) headers["retry-after"] = String(error.retryAfterSeconds);
    if ((error instanceof CircuitOpenError || error instanceof UpstreamRateLimitedError) && error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
    if (error instanceof BudgetExceededError && error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
    if (error instanceof MethodNotAllowedError) headers.allow = error.allow.join(", ");
    return { status: error.status, envelope: error.toEnvelope(), headers };
  }
  const fastifyError = error as Partial<FastifyError>;
  const code = typeof fastifyError.code === "string" ? fastifyError.code : undefined;
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return envelope(413, BODY_TOO_LARGE_MESSAGE, "invalid_request_error", "request_too_large");
  }
  if (code === "FST_ERR_CTP_INVALID_JSON_BODY" || code === "FST_ERR_CTP_EMPTY_JSON_BODY" || error instanceof SyntaxError) {
    return envelope(400, "The request body is not valid JSON.", "invalid_request_error", "invalid_json");
  }
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return envelope(415, "Send the request body as application/json.", "invalid_request_error", "unsupported_media_type");
  }
  // The client stopped sending its body (a slow or vanished client; the server's timeouts answer it): its fault, not ours.
  if ((code === "ECONNRESET" || code === "ECONNABORTED") && fastifyError.message === "aborted") {
    return envelope(499, "The client closed the connection before the whole request body arrived.", "invalid_request_error", "client_closed_request");
  }
  const refusal = code === undefined && typeof fastifyError.message === "string" ? REDIS_REFUSAL.exec(fastifyError.message)?.[1] : undefined;
  const storeError =
    typeof fastifyError.name === "string" && STORE_ERROR_NAMES.has(fastifyError.name)
      ? fastifyError.name
      : refusal !== undefined
        ? `Redis refused the command: ${refusal}`
        : code === undefined && typeof fastifyError.message === "string"
          ? STORE_ERROR_MESSAGES.get(fastifyError.message)
          : undefined;
  if ((code !== undefined && STORAGE_FAILURE.test(code)) || storeError !== undefined) {
    const named = code ?? storeError ?? "";
    // SQLite's messages name the failure ("database or disk is full"); a socket's or Postgres's name hosts, addresses
    // and users, which unauthenticated callers must not see: only their code (the whole error is logged).
    const detail = named.startsWith("SQLITE_") && typeof fastifyError.message === "string" ? ` (${named}: ${fastifyError.message.split("\n")[0]?.slice(0, 120)})` : ` (${named})`;
    // "Free disk space" for a Redis that dropped its connection sent the operator to the wrong machine.
    const fix = named.startsWith("SQLITE_") ? "The operator must free disk space, or make the SQLite file writable again." : `The operator must bring ${named === "redis" ? "Redis" : named === "postgres" ? "Postgres" : "the shared store (Redis, Postgres)"} back; the gateway reconnects on its own, so retry later.`;
    return envelope(503, `The gateway could not use its storage${detail}, so the request was not completed: every request is recorded and charged before it is answered. ${fix}`, "server_error", "storage_unavailable");
  }
  const status = typeof fastifyError.statusCode === "number" ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    const message = typeof fastifyError.message === "string" ? fastifyError.message.slice(0, 500) : "Bad request.";
    return envelope(status, message, "invalid_request_error", code === "FST_ERR_BAD_URL" ? "invalid_url" : code ? code.toLowerCase() : "invalid_request");
  }
  return envelope(500, "The gateway hit an internal error. It has been logged.", "server_error", "internal_error");
}

/** What a gateway's error answers may add about the gateway itself. */
export interface ErrorHints {
  /** The upstream key's variable, when the gateway started without it (not `--simulate`): a newcomer's gateway. */
  missingUpstreamKeyEnv?: string;
}

/** Fastify error handler: logs 5xx (without stack for known errors) and sends the envelope of the door asked. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply, hints: ErrorHints = {}): void {
  const { status, envelope: body, headers } = toErrorResponse(error);
  if (hints.missingUpstreamKeyEnv !== undefined && error instanceof AllAttemptsFailedError) body.error.message += `\n${missingUpstreamKeyHint(error, hints.missingUpstreamKeyEnv)}`;
  // The door's request id (the decision's), which the client got and reports: it finds this line (review of round 27).
  const requestId = reply.getHeader("request-id") ?? reply.getHeader("x-request-id");
  const named = typeof requestId === "string" ? { requestId } : {};
  // A store the gateway cannot use is the operator's to fix, not a bug: it is logged as what it is.
  if (status >= 500 && !GatewayError.isInstance(error)) request.log.error({ err: errorSummary(error), ...named }, body.error.code === "storage_unavailable" ? "storage unavailable" : "internal error");
  else if (status >= 500) request.log.warn({ code: body.error.code, status, ...named, ...attemptCauses(error) }, body.error.message);
  if (reply.sent || reply.raw.headersSent) {
    // Too late for an envelope (a stream already started): the only honest signal is to cut the connection.
    reply.raw.destroy();
    return;
  }
  const anthropic = speaksAnthropic(routePath(request)) || anthropicModelsClient(request);
  void setSafeHeaders(reply.code(anthropic ? anthropicStatus(status) : status), headers)
    .type("application/json; charset=utf-8")
    .send(anthropic ? anthropicErrorBody(status, body.error.message, reply.getHeader("request-id")) : body);
}

/**
 * The status Anthropic answers for the gateway's: its `overloaded_error` is a 529, never a 503 (a status its API does
 * not use; the Anthropic SDK reads 529 as OverloadedError, and Claude Code counts 529s to switch to its fallback
 * model). Every other status is Anthropic's own (ADR 0098).
 */
export function anthropicStatus(status: number): number {
  return status === 503 ? 529 : status;
}

/**
 * The end of a failed chain's message on a gateway started without its upstream key. Only there: such a gateway fails
 * every call (OpenRouter needs the key), so whoever calls it is trying Switchyard, most likely its operator, offline
 * (four `connection failed (ENOTFOUND)` said nothing to them); a gateway with its key answers callers who cannot run
 * `serve`, and its operator reads the cause in the log line. The upstream's host is not named (the log names it).
 */
export function missingUpstreamKeyHint(error: AllAttemptsFailedError, apiKeyEnv: string): string {
  const unresolved = error.attempts.length > 0 && error.attempts.every((attempt) => attempt.kind === "connection" && /\((ENOTFOUND|EAI_AGAIN)\)/.test(attempt.message));
  const network = unresolved ? ", and the upstream's host name does not resolve (ENOTFOUND: no network or DNS)" : "";
  return `This gateway was started without ${apiKeyEnv}${network}. To try Switchyard without a key or network, run \`switchyard serve --simulate\` (a built-in OpenRouter simulator); to call OpenRouter, set ${apiKeyEnv} and restart the gateway.`;
}

/**
 * The operator's view of a failed chain: each failed connection's own error (it names the upstream's address, which
 * the client's message leaves out), summarized as errorSummary does.
 */
function attemptCauses(error: unknown): { causes?: string[] } {
  if (!(error instanceof AllAttemptsFailedError)) return {};
  // Connections only: another kind's cause can quote the upstream's body (a JSON parser's "… is not valid JSON").
  const causes = error.attempts.flatMap((attempt) => (attempt.kind !== "connection" || attempt.cause === undefined || attempt.cause === null ? [] : [`${attempt.model}: ${errorSummary(attempt.cause).message}`]));
  return causes.length > 0 ? { causes } : {};
}

/** The Anthropic error envelope `{"type":"error","error":{type,message},"request_id"}` (`/v1/messages`). */
export interface AnthropicErrorBody {
  type: "error";
  error: { type: string; message: string };
  /** The request's `request-id` header, which Anthropic repeats in its error bodies; absent when none was set. */
  request_id?: string;
}

/** The Anthropic envelope for a status and message: same status codes, Anthropic's error type names. */
export function anthropicErrorBody(status: number, message: string, requestId?: unknown): AnthropicErrorBody {
  const body: AnthropicErrorBody = { type: "error", error: { type: anthropicErrorType(status), message } };
  if (typeof requestId === "string") body.request_id = requestId;
  return body;
}

/** Anthropic's error type for an HTTP status. */
export function anthropicErrorType(status: number): string {
  switch (status) {
    case 401:
      return "authentication_error";
    case 402:
      return "billing_error";
    case 403:
      return "permission_error";
    case 404:
      return "not_found_error";
    case 413:
      return "request_too_large";
    case 429:
      return "rate_limit_error";
    case 503:
    case 529:
      return "overloaded_error";
    case 504:
      return "timeout_error";
    default:
      // Anthropic's invalid_request_error covers "other 4XX status codes not listed"; api_error is its server error.
      return status < 500 ? "invalid_request_error" : "api_error";
  }
}

/** True for the Anthropic door's paths. */
export function speaksAnthropic(url: string): boolean {
  return url === "/v1/messages" || url.startsWith("/v1/messages?") || url.startsWith("/v1/messages/");
}

/** An Anthropic SDK (it always sends `anthropic-version`) on the models API, which both SDKs read. */
function anthropicModelsClient(request: FastifyRequest): boolean {
  return typeof request.headers["anthropic-version"] === "string" && request.url.startsWith("/v1/models");
}

function envelope(status: number, message: string, type: string, code: string | null): ReturnType<typeof toErrorResponse> {
  return { status, envelope: { error: { message, type, code, param: null } }, headers: {} };
}

/**
 * What a log line may say about an unexpected error: its class, code and first message line. Never the stack
 * (file paths) and never more than 300 characters of message (client text can end up in a message).
 */
/**
 * ioredis's words for a Redis that is not there, in the gateway's: "Stream isn't writeable and enableOfflineQueue
 * options is false" named the client's settings, not the outage. The library's text is kept beside it (`detail`).
 */
const REDIS_MESSAGES_IN_GATEWAY_WORDS = new Map<string, string>([
  ["Stream isn't writeable and enableOfflineQueue options is false", "Redis is not connected (the client is reconnecting), so the command was not sent"],
  ["Connection is closed.", "the connection to Redis closed before it answered"],
  ["Command timed out", `Redis did not answer within ${REDIS_COMMAND_TIMEOUT_MS / 1000} s (the command's time limit)`],
]);

export function errorSummary(error: unknown): { type: string; code?: string; message: string; detail?: string } {
  if (!(error instanceof Error)) {
    // A thrown object that is not an Error (some libraries reject with plain objects): keep what names it.
    const fields = typeof error === "object" && error !== null ? (error as { name?: unknown; code?: unknown; message?: unknown }) : {};
    return {
      type: typeof fields.name === "string" ? fields.name : typeof error,
      ...(typeof fields.code === "string" ? { code: fields.code } : {}),
      message: typeof fields.message === "string" ? (fields.message.split("\n")[0] ?? "").slice(0, 300) : `a non-Error value was thrown${typeof error === "object" && error !== null ? ` (keys: ${Object.keys(error).slice(0, 8).join(", ")})` : ""}`,
    };
  }
  const code = (error as { code?: unknown }).code;
  const message = (error.message.split("\n")[0] ?? "").slice(0, 300);
  const inGatewayWords = REDIS_MESSAGES_IN_GATEWAY_WORDS.get(message);
  return {
    type: error.name,
    ...(typeof code === "string" ? { code } : {}),
    ...(inGatewayWords === undefined ? { message } : { message: inGatewayWords, detail: message }),
  };
}
