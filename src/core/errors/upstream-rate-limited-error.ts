import { GatewayError } from "./gateway-error.js";

/**
 * The chain is rate-limited upstream (HTTP 503): every model of it is held by its own Retry-After for longer than the
 * gateway may wait, or every model the gateway called answered 429. The server adds `Retry-After` with the shortest
 * wait a model asked for, when one did, so a client knows when a model is free again.
 */
export class UpstreamRateLimitedError extends GatewayError {
  /** The shortest time until a limited model may be called again, when a model said. */
  readonly retryAfterMs: number | undefined;

  constructor({ message, retryAfterMs }: { message: string; retryAfterMs: number | undefined }) {
    super({ message, status: 503, type: "upstream_error", code: "upstream_rate_limited" });
    this.retryAfterMs = retryAfterMs;
  }

  /** The `Retry-After` header value, in whole seconds (at least 1), or undefined when no model said. */
  get retryAfterSeconds(): number | undefined {
    return this.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}
