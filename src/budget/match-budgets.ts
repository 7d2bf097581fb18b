/**
 * Which budgets apply to a request, as ledger buckets for the current windows.
 * @module
 */
import type { BudgetConfig } from "../config/config-schema.js";
import { windowAt, type BudgetWindow } from "./budget-window.js";
import type { LedgerBucket } from "./ledger.js";
import type { SpendScope } from "./spend-guard.js";
import { toNanoUsd } from "./usd-units.js";

/** A budget bound to one target (the whole gateway, one key, one task or one tier), before windowing. */
export interface BoundBudget {
  /** Display name, e.g. `task:math/day`. */
  budget: string;
  /** Stable ledger key without the window, e.g. `task:math/day`; the key scope uses the key id. */
  key: string;
  window: BudgetWindow;
  limitUsd: number;
}

/**
 * Binds every configured budget (plus the key record's own limits) to the request's scope.
 * Budgets that land on the same target and window share one bucket with the smallest limit: the spend
 * they count is the same money, so the strictest limit is the one that holds.
 */
export function bindBudgets(budgets: readonly BudgetConfig[], scope: SpendScope): BoundBudget[] {
  const bound = new Map<string, BoundBudget>();
  const add = (target: string, display: string, window: BudgetWindow, limitUsd: number): void => {
    const key = `${target}/${window}`;
    const existing = bound.get(key);
    if (existing && existing.limitUsd <= limitUsd) return;
    bound.set(key, { budget: `${display}/${window}`, key, window, limitUsd });
  };
  for (const budget of budgets) {
    const target = targetOf(budget, scope);
    if (target) add(target.key, target.display, budget.window, budget.limit_usd);
  }
  if (scope.keyId) {
    const display = `key:${scope.keyName ?? scope.keyId}`;
    const { dailyUsd, monthlyUsd } = scope.keyLimits ?? {};
    if (typeof dailyUsd === "number") add(`key:${scope.keyId}`, display, "day", dailyUsd);
    if (typeof monthlyUsd === "number") add(`key:${scope.keyId}`, display, "month", monthlyUsd);
  }
  return [...bound.values()];
}

/** The ledger buckets of bound budgets for the windows containing `now`. */
export function bucketsAt(bound: readonly BoundBudget[], now: number): LedgerBucket[] {
  return bound.map((budget) => {
    const span = windowAt(budget.window, now);
    return {
      id: `${budget.key}@${span.label}`,
      budget: budget.budget,
      limitInNanoUsd: toNanoUsd(budget.limitUsd),
      windowEndsAt: span.endsAt,
    };
  });
}

function targetOf(budget: BudgetConfig, scope: SpendScope): { key: string; display: string } | undefined {
  switch (budget.scope) {
    case "global":
      return { key: "global", display: "global" };
    case "key": {
      if (!scope.keyId) return undefined;
      if (budget.name !== undefined && budget.name !== scope.keyId && budget.name !== scope.keyName) return undefined;
      return { key: `key:${scope.keyId}`, display: `key:${scope.keyName ?? scope.keyId}` };
    }
    case "task":
      if (budget.name !== undefined && budget.name !== scope.task) return undefined;
      return { key: `task:${scope.task}`, display: `task:${scope.task}` };
    case "tier":
      if (budget.name !== undefined && budget.name !== scope.tier) return undefined;
      return { key: `tier:${scope.tier}`, display: `tier:${scope.tier}` };
  }
}
