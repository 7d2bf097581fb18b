/**
 * A budget's status as the admin API writes it, in `/api/overview`'s `budgets` and in `/api/budgets`: snake_case
 * fields, money in US dollars and `resets_at` in ms since the epoch, the API's convention (docs/admin-api.md).
 * `/api/budgets` wrote camelCase with an ISO string for the same row, so one budget's reset read two ways.
 * @module
 */
import type { BudgetStatus } from "../../budget/create-spend-guard.js";

/** One budget's row: limit, spend, reservations, what is left, and when its UTC window ends. */
export interface BudgetJson {
  budget: string;
  window: string;
  limit_usd: number;
  spent_usd: number;
  reserved_usd: number;
  remaining_usd: number;
  /** The end of the budget's UTC day or month (00:00 UTC), ms since the epoch. */
  resets_at: number;
}

/** The admin API's row for one budget's status. */
export function budgetJson(status: BudgetStatus): BudgetJson {
  return {
    budget: status.budget,
    window: status.window,
    limit_usd: status.limitUsd,
    spent_usd: status.spentUsd,
    reserved_usd: status.reservedUsd,
    remaining_usd: status.remainingUsd,
    resets_at: Date.parse(status.resetsAt),
  };
}
