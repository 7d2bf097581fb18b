import { GatewayError } from "./gateway-error.js";

/** A request's worst-case cost does not fit in what a budget has left (HTTP 402). */
export class BudgetExceededError extends GatewayError {
  /** The budget that refused, e.g. `global/day` or `key:team-a/month`. */
  readonly budget: string;
  readonly remainingUsd: number;
  readonly requestedUsd: number;

  constructor({ budget, remainingUsd, requestedUsd }: { budget: string; remainingUsd: number; requestedUsd: number }) {
    super({
      message:
        `Budget ${budget} has $${remainingUsd.toFixed(6)} left, ` +
        `but this request may cost up to $${requestedUsd.toFixed(6)}. ` +
        "Lower max_tokens, pick a cheaper tier, or raise the limit.",
      status: 402,
      type: "budget_exceeded",
      code: "budget_exceeded",
    });
    this.budget = budget;
    this.remainingUsd = remainingUsd;
    this.requestedUsd = requestedUsd;
  }
}
