/**
 * Turns an exception from the HTTP client (reset, refused, timeouts, abort) into a typed, retryable UpstreamError.
 * @module
 */
import { UpstreamError } from "../core/errors/index.js";

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);

/** Why our own timer aborted an attempt. Passed as the AbortSignal reason. */
export class AttemptTimeout extends Error {
  /** `connect`, `first_token`, `idle` or `total`. */
  readonly phase: string;
  readonly afterMs: number;
  constructor(phase: string, afterMs: number) {
    super(`${phase} timeout after ${afterMs} ms`);
    this.name = "AttemptTimeout";
    this.phase = phase;
    this.afterMs = afterMs;
  }
}

/** Classifies a thrown error. Everything network-level is retryable: the next model may be reachable. */
export function classifyNetworkError(model: string, error: unknown, reason?: unknown): UpstreamError {
  if (UpstreamError.isInstance(error) && error instanceof UpstreamError) return error;
  const timeout = reason instanceof AttemptTimeout ? reason : error instanceof AttemptTimeout ? error : undefined;
  if (timeout) {
    return new UpstreamError({ message: timeout.message, kind: "timeout", model, isRetryable: true, cause: error });
  }
  const code = errorCode(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    const phase = code === "UND_ERR_CONNECT_TIMEOUT" ? "connect" : code === "UND_ERR_HEADERS_TIMEOUT" ? "first byte" : "body";
    return new UpstreamError({ message: `${phase} timeout (${code})`, kind: "timeout", model, isRetryable: true, cause: error });
  }
  // The client is told the code only: the HTTP client's own words name the upstream's host and port ("connect
  // ECONNREFUSED 10.0.0.5:443"), which a gateway's callers must not learn. The error stays the cause, and the
  // gateway's log line for the failed request quotes it (server/error-handler.ts).
  const message = code === undefined ? `: ${error instanceof Error ? error.message : String(error)}` : "";
  return new UpstreamError({
    message: `connection failed${code ? ` (${code})` : ""}${message}`,
    kind: "connection",
    model,
    isRetryable: true,
    cause: error,
  });
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
