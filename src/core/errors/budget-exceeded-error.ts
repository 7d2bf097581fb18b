import { GatewayError } from "./gateway-error.js";

/** A request's worst-case cost does not fit in what a budget has left (HTTP 402). */
export class BudgetExceededError extends GatewayError {
  /** The budget that refused, e.g. `global/day` or `key:team-a/month`. */
  readonly budget: string;
  readonly remainingUsd: number;
  readonly requestedUsd: number;
  /** When the budget's window ends and its spend starts again from zero (ms since the epoch), when known. */
  readonly resetsAt: number | null;

  constructor({ budget, remainingUsd, requestedUsd, resetsAt = null }: { budget: string; remainingUsd: number; requestedUsd: number; resetsAt?: number | null }) {
    super({
      message:
        `Budget ${budget} has $${remainingUsd.toFixed(6)} left, ` +
        `but this request may cost up to $${requestedUsd.toFixed(6)}. ` +
        "Lower max_tokens, pick a cheaper tier, or raise the limit" +
        (resetsAt === null ? "." : `; it starts again at ${utcMinute(resetsAt)}.`),
      status: 402,
      type: "budget_exceeded",
      code: "budget_exceeded",
    });
    this.budget = budget;
    this.remainingUsd = remainingUsd;
    this.requestedUsd = requestedUsd;
    this.resetsAt = resetsAt;
  }
}

/** `2026-12-04 00:00 UTC`: budget windows are UTC days and months, so the reset is said in UTC, and says so. */
function utcMinute(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
