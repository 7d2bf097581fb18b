import { GatewayError } from "./gateway-error.js";

/** How an upstream attempt failed; decides whether fallback moves on. */
export type UpstreamErrorKind =
  | "http"
  | "timeout"
  | "connection"
  | "malformed"
  | "context_length_exceeded"
  | "content_policy"
  | "stream_interrupted";

/** One failed upstream attempt. */
export class UpstreamError extends GatewayError {
  readonly kind: UpstreamErrorKind;
  readonly model: string;
  readonly upstreamStatus: number | undefined;
  readonly isRetryable: boolean;
  /** Milliseconds the upstream asked us to wait (Retry-After), if any. */
  readonly retryAfterMs: number | undefined;
  readonly responseBody: string | undefined;
  /**
   * What the upstream presumably billed for this failed attempt: an answer that arrived whole and could not be read
   * was generated, and is charged (its worst case) instead of released. 0 for a failure nothing was billed for.
   */
  readonly billedUsd: number;

  constructor(options: {
    message: string;
    kind: UpstreamErrorKind;
    model: string;
    upstreamStatus?: number;
    isRetryable: boolean;
    retryAfterMs?: number;
    responseBody?: string;
    billedUsd?: number;
    cause?: unknown;
  }) {
    super({
      message: options.message,
      status: statusFor(options.kind, options.upstreamStatus),
      type: "upstream_error",
      code: options.kind,
      cause: options.cause,
    });
    this.kind = options.kind;
    this.model = options.model;
    this.upstreamStatus = options.upstreamStatus;
    this.isRetryable = options.isRetryable;
    this.retryAfterMs = options.retryAfterMs;
    this.responseBody = options.responseBody;
    this.billedUsd = options.billedUsd ?? 0;
  }
}

function statusFor(kind: UpstreamErrorKind, upstreamStatus: number | undefined): number {
  if (kind === "timeout") return 504;
  if (upstreamStatus === 503) return 503;
  return 502;
}
