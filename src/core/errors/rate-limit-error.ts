import { GatewayError } from "./gateway-error.js";

/** A key sent more requests per minute than it is allowed (HTTP 429). The server adds `Retry-After`. */
export class RateLimitError extends GatewayError {
  /** How long until the next request would be allowed. */
  readonly retryAfterMs: number;
  readonly limitPerMinute: number;
  /** The limited key's id, so the decision log can name it. */
  readonly keyId: string | undefined;

  /** `what` names a limit other than requests (a key's status reads, `GET /v1/key`, counted on their own). */
  constructor({ retryAfterMs, limitPerMinute, keyName, keyId, what = "requests" }: { retryAfterMs: number; limitPerMinute: number; keyName: string; keyId?: string; what?: string }) {
    super({
      message: `Key ${keyName} is limited to ${limitPerMinute} ${what} per minute. Retry after ${Math.ceil(retryAfterMs / 1000)} s.`,
      status: 429,
      type: "rate_limit_error",
      code: "rate_limit_exceeded",
    });
    this.retryAfterMs = retryAfterMs;
    this.limitPerMinute = limitPerMinute;
    this.keyId = keyId;
  }

  /** The `Retry-After` header value, in whole seconds (at least 1). */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}
