/**
 * What `switchyard_budget_remaining_usd` reads at scrape time: the global and named budgets, and the budgets of
 * virtual keys (a key's own daily/monthly limit, and config budgets of scope `key`), labelled `key:<name>/<window>`
 * as the admin API names them. Keys are many and made by users, so, as model ids are capped at 500 labels, at most
 * `maxKeys` keys are listed (the first by name, so the set is stable between scrapes); how many more carry a budget
 * is `switchyard_budget_keys_unlisted`, and `GET /api/budgets?key=` answers for any of them.
 * @module
 */
import type { BudgetGuard, BudgetStatus } from "../budget/create-spend-guard.js";
import type { BudgetConfig } from "../config/config-schema.js";
import type { KeyStore, VirtualKey } from "../storage/key-store.js";

/** The most keys whose budgets get their own series. */
export const MAX_KEY_BUDGET_LABELS = 100;

/** The gauge's statuses, and how many budgeted keys the last read left out. */
export interface BudgetGaugeSource {
  statuses(): Promise<BudgetStatus[]>;
  /** How many budgeted keys were left out, from the read under way (one scrape reads once), else a new one. */
  unlisted(): Promise<number>;
}

/** Whether a budget of `budgets` or the key's own limits apply to `key`. */
function hasBudget(key: VirtualKey, budgets: readonly BudgetConfig[]): boolean {
  if (key.dailyBudgetUsd !== null || key.monthlyBudgetUsd !== null) return true;
  return budgets.some((budget) => budget.scope === "key" && (budget.name === undefined || budget.name === key.id || budget.name === key.name));
}

/** Reads the statuses of the guard's own budgets and of up to `maxKeys` budgeted keys. */
export function budgetGaugeSource({ guard, keys, budgets = [], maxKeys = MAX_KEY_BUDGET_LABELS }: { guard: BudgetGuard; keys: KeyStore; budgets?: readonly BudgetConfig[]; maxKeys?: number }): BudgetGaugeSource {
  let unlisted = 0;
  let reading: Promise<BudgetStatus[]> | undefined;
  const read = async (): Promise<BudgetStatus[]> => {
    const own = await guard.status();
    // The key store down (Postgres) leaves the key budgets out, not the global ones.
    const listed = await keys.list().catch(() => undefined);
    if (!listed) return own;
    const budgeted = listed.filter((key) => hasBudget(key, budgets)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    unlisted = Math.max(0, budgeted.length - maxKeys);
    const perKey = await Promise.all(
      budgeted.slice(0, maxKeys).map(async (key) => {
        const statuses = await guard.status({ keyId: key.id, keyName: key.name, keyLimits: { dailyUsd: key.dailyBudgetUsd, monthlyUsd: key.monthlyBudgetUsd }, task: "", tier: "" });
        // A key's scope also matches the global budgets, already listed above: only its own are added.
        return statuses.filter((status) => status.budget.startsWith("key:"));
      }),
    );
    return [...own, ...perKey.flat()];
  };
  return {
    statuses() {
      reading ??= read().finally(() => setImmediate(() => (reading = undefined)));
      return reading;
    },
    async unlisted() {
      await (reading ?? read()).catch(() => undefined);
      return unlisted;
    },
  };
}
