import { GatewayError } from "./gateway-error.js";
import { UpstreamError } from "./upstream-error.js";

/** Every model in the fallback chain failed. The message lists each attempt. */
export class AllAttemptsFailedError extends GatewayError {
  readonly attempts: UpstreamError[];

  /** `note`: one more sentence after the attempt list (e.g. the budget's refusal of the next candidate). */
  constructor(attempts: UpstreamError[], reason = "every fallback failed", note?: string) {
    const lines = attempts.map((a, i) => `${i + 1}. ${a.model}: ${a.kind}${a.upstreamStatus ? ` ${a.upstreamStatus}` : ""} - ${a.message}`);
    const last = attempts.at(-1);
    const allTimeouts = attempts.length > 0 && attempts.every((a) => a.kind === "timeout");
    super({
      message: `${reason} (${attempts.length} attempt${attempts.length === 1 ? "" : "s"}):\n${lines.join("\n")}${note ? `\n${note}` : ""}`,
      status: allTimeouts ? 504 : last?.upstreamStatus === 503 ? 503 : 502,
      type: "upstream_error",
      code: "all_attempts_failed",
    });
    this.attempts = attempts;
  }
}
