import { GatewayError } from "./gateway-error.js";

/**
 * Every model of the chain was skipped because its circuit is open (HTTP 503). The server adds `Retry-After` with
 * the time until the first circuit lets a probe through, so a client (the OpenAI and Anthropic SDKs, Claude Code)
 * waits that long instead of retrying into the same open circuits.
 */
export class CircuitOpenError extends GatewayError {
  /** The shortest time until a skipped model may be probed again; undefined when the breaker cannot say. */
  readonly retryAfterMs: number | undefined;

  constructor({ models, retryAfterMs }: { models: readonly string[]; retryAfterMs: number | undefined }) {
    const wait = retryAfterMs === undefined ? "shortly" : `in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;
    super({
      message: `Every model of the chain is cooling down after repeated failures (circuit open): ${models.join(", ")}. Retry ${wait}.`,
      status: 503,
      type: "upstream_error",
      code: "circuit_open",
    });
    this.retryAfterMs = retryAfterMs;
  }

  /** The `Retry-After` header value in whole seconds (at least 1), or undefined when the wait is unknown. */
  get retryAfterSeconds(): number | undefined {
    return this.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}
