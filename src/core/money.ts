/**
 * Limits on amounts of money every layer agrees on.
 * @module
 */

/**
 * The largest budget a ledger counts exactly: money is counted in integer nano-dollars, exact up to 2^53 (about
 * 9.007 million USD), in SQLite, Redis (Lua doubles) and Postgres alike (`budget/usd-units.ts`).
 */
export const MAX_BUDGET_USD = 9_000_000;
