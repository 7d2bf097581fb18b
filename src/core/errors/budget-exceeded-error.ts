import { GatewayError } from "./gateway-error.js";

/** A request's worst-case cost does not fit in what a budget has left (HTTP 402). */
export class BudgetExceededError extends GatewayError {
  /** The budget that refused, e.g. `global/day` or `key:team-a/month`. */
  readonly budget: string;
  readonly remainingUsd: number;
  readonly requestedUsd: number;
  /** When the budget's window ends and its spend starts again from zero (ms since the epoch), when known. */
  readonly resetsAt: number | null;

  /**
   * `drivers`: what besides tokens the worst case holds (web search, a file by URL, …), in words. The advice then names
   * them first, since lowering max_tokens changes little of such a worst case.
   */
  constructor({ budget, remainingUsd, requestedUsd, resetsAt = null, drivers = [] }: { budget: string; remainingUsd: number; requestedUsd: number; resetsAt?: number | null; drivers?: readonly string[] }) {
    super({
      message:
        `Budget ${budget} has $${remainingUsd.toFixed(6)} left, ` +
        `but this request may cost up to $${requestedUsd.toFixed(6)}. ` +
        advice(drivers) +
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

function advice(drivers: readonly string[]): string {
  if (drivers.length === 0) return "Lower max_tokens, pick a cheaper tier, or raise the limit";
  const named = drivers.length === 1 ? drivers[0] : `${drivers.slice(0, -1).join(", ")} and ${drivers.at(-1)}`;
  return `Its worst case includes ${named}, billed beside the tokens: turn ${drivers.length === 1 ? "it" : "them"} off or lower max_tokens, pick a cheaper tier, or raise the limit`;
}

/** `2026-12-04 00:00 UTC`: budget windows are UTC days and months, so the reset is said in UTC, and says so. */
function utcMinute(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
