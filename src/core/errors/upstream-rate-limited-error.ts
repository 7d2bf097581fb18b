import { GatewayError } from "./gateway-error.js";

/**
 * Every model of the chain is held by its own Retry-After for longer than the gateway may wait (HTTP 503). The
 * server adds `Retry-After` with the shortest of those waits, so a client knows when a model is free again.
 */
export class UpstreamRateLimitedError extends GatewayError {
  /** The shortest time until a held model may be called again. */
  readonly retryAfterMs: number;

  constructor({ message, retryAfterMs }: { message: string; retryAfterMs: number }) {
    super({ message, status: 503, type: "upstream_error", code: "upstream_rate_limited" });
    this.retryAfterMs = retryAfterMs;
  }

  /** The `Retry-After` header value, in whole seconds (at least 1). */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}
