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
   * What open reservations (requests in flight, each holding its worst case) hold of the budget, when the request
   * would fit without them: its settled spend leaves room, so a retry once they finish may pass. 0 otherwise.
   */
  readonly heldUsd: number;
  /**
   * The refusing budget is shared with other keys (global, task or tier) and the caller holds a virtual key: its
   * figures (what is left, what requests in flight hold) are other tenants' spend, so the message leaves them out.
   */
  readonly sharedWithOtherKeys: boolean;

  /**
   * `drivers`: what besides tokens the worst case holds (web search, a file by URL, …), in words. The advice then names
   * them first, since lowering max_tokens changes little of such a worst case.
   */
  constructor({ budget, remainingUsd, requestedUsd, resetsAt = null, drivers = [], heldUsd = 0, sharedWithOtherKeys = false, unlistedModel }: BudgetExceededInit) {
    super({
      message:
        (sharedWithOtherKeys
          ? `Budget ${budget}, which other keys share, cannot cover this request's worst case of up to $${requestedUsd.toFixed(6)}. `
          : `Budget ${budget} has $${remainingUsd.toFixed(6)} left, but this request may cost up to $${requestedUsd.toFixed(6)}. `) +
        (heldUsd > 0 ? heldAdvice(sharedWithOtherKeys ? undefined : heldUsd) : unlistedModel ? unlistedAdvice(unlistedModel) : advice(drivers)) +
        (resetsAt === null ? "." : `; it starts again at ${utcMinute(resetsAt)}.`),
      status: 402,
      type: "budget_exceeded",
      code: "budget_exceeded",
    });
    this.budget = budget;
    this.remainingUsd = remainingUsd;
    this.requestedUsd = requestedUsd;
    this.resetsAt = resetsAt;
    this.heldUsd = heldUsd;
    this.sharedWithOtherKeys = sharedWithOtherKeys;
  }

  /** Seconds a client may wait before retrying: set only when requests in flight, not settled spend, hold the room. */
  get retryAfterSeconds(): number | undefined {
    return this.heldUsd > 0 ? BUDGET_HELD_RETRY_AFTER_SECONDS : undefined;
  }
}

/**
 * The `Retry-After` of a 402 whose room is held by requests in flight. Most answers settle within seconds (each
 * reservation is replaced by what its request cost, usually far below the worst case it held); a longer stream holds
 * its reservation longer, so a retry may meet the same 402, which costs nothing.
 */
export const BUDGET_HELD_RETRY_AFTER_SECONDS = 2;

/** What `BudgetExceededError` is made from. */
export interface BudgetExceededInit {
  budget: string;
  remainingUsd: number;
  requestedUsd: number;
  resetsAt?: number | null;
  drivers?: readonly string[];
  heldUsd?: number;
  sharedWithOtherKeys?: boolean;
  /** The model asked by name is not in the catalog, so its worst case was priced at the dearest model's price. */
  unlistedModel?: { id: string; didYouMean: string };
}

/** The id is the likelier fault than the budget: a typo was told only to lower max_tokens or raise the limit. */
function unlistedAdvice({ id, didYouMean }: { id: string; didYouMean: string }): string {
  return `${id} is not in the gateway's catalog, so its worst case is priced at the catalog's highest price.${didYouMean} Name a model GET /v1/models lists, or switchyard/auto; or lower max_tokens, or raise the limit`;
}

/**
 * A refusal the spend already settled leaves room for: what holds the rest (unsaid for a budget other keys share),
 * and that a retry may pass.
 */
function heldAdvice(heldUsd: number | undefined): string {
  return (
    `${heldUsd === undefined ? "Part" : `$${heldUsd.toFixed(6)}`} of the budget is held by requests still in flight (each holds its worst case until it ` +
    "settles to what it cost), and the spend settled so far leaves room for this one: retry in a few seconds, " +
    "lower max_tokens, or raise the limit"
  );
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
