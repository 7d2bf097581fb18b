/**
 * Money in the ledger is counted in integer nano-dollars (1e-9 USD), so sums are exact and the same
 * in SQLite, Redis (Lua numbers are doubles: exact to 2^53 nano-USD, about 9 million USD) and Postgres.
 * @module
 */

export { MAX_BUDGET_USD } from "../core/money.js";

/** Nano-dollars in one dollar. */
export const NANO_USD_PER_USD = 1_000_000_000;

/** Dollars to whole nano-dollars (rounded to the nearest; non-finite or negative amounts become 0). */
export function toNanoUsd(usd: number): number {
  if (!Number.isFinite(usd) || usd <= 0) return 0;
  return Math.round(usd * NANO_USD_PER_USD);
}

/** Nano-dollars back to dollars. */
export function fromNanoUsd(nanoUsd: number): number {
  return nanoUsd / NANO_USD_PER_USD;
}
