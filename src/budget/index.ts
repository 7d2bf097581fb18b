/**
 * Spend control: the SpendGuard port, its implementation over a Ledger, and budget windows.
 * @module
 */
export type { SpendGuard, SpendScope, Reservation } from "./spend-guard.js";
export type {
  Ledger,
  LedgerBucket,
  LedgerBucketUsage,
  LedgerReserveInput,
  LedgerReserveResult,
  ExpiredReservationPolicy,
} from "./ledger.js";
export {
  createSpendGuard,
  DEFAULT_RESERVATION_TTL_IN_MS,
  type BudgetGuard,
  type BudgetStatus,
  type SpendGuardOptions,
} from "./create-spend-guard.js";
export { bindBudgets, bucketsAt, type BoundBudget } from "./match-budgets.js";
export { windowAt, type BudgetWindow, type WindowSpan } from "./budget-window.js";
export { toNanoUsd, fromNanoUsd, NANO_USD_PER_USD } from "./usd-units.js";
