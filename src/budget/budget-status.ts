/**
 * Where each budget stands now (the SpendGuard's `status`, for the admin API, the dashboard and `switchyard budget`):
 * its limit, what is spent and reserved in the current window, what is left, and when the window rolls over.
 * @module
 */
import type { BudgetConfig } from "../config/config-schema.js";
import { windowAt, type BudgetWindow } from "./budget-window.js";
import type { Ledger } from "./ledger.js";
import { bindBudgets, bucketsAt } from "./match-budgets.js";
import type { SpendScope } from "./spend-guard.js";
import { fromNanoUsd } from "./usd-units.js";

/** Where one budget stands now. */
export interface BudgetStatus {
  budget: string;
  window: BudgetWindow;
  limitUsd: number;
  spentUsd: number;
  reservedUsd: number;
  remainingUsd: number;
  /** ISO time the window rolls over. */
  resetsAt: string;
}

/** The budgets that apply to `scope` (default: the global and named budgets) at `now`, and what is left of each. */
export async function budgetStatus(ledger: Ledger, budgets: readonly BudgetConfig[], scope: SpendScope | undefined, now: number): Promise<BudgetStatus[]> {
  const bound = scope ? bindBudgets(budgets, scope) : bindBudgets(budgets.filter(isUnscoped), { task: "", tier: "" });
  // Key budgets are listed per key (status({ keyId })): a name may be a key's name, not its id.
  const named = scope ? [] : budgets.filter((b) => (b.scope === "task" || b.scope === "tier") && b.name !== undefined);
  for (const budget of named) bound.push(...bindBudgets([budget], namedScope(budget)));
  const buckets = bucketsAt(bound, now);
  const usage = new Map((await ledger.usage(buckets)).map((u) => [u.id, u]));
  return buckets.map((bucket, index) => {
    const spent = usage.get(bucket.id)?.spentInNanoUsd ?? 0;
    const reserved = usage.get(bucket.id)?.reservedInNanoUsd ?? 0;
    const window = bound[index]?.window ?? "day";
    return {
      budget: bucket.budget,
      window,
      limitUsd: fromNanoUsd(bucket.limitInNanoUsd),
      spentUsd: fromNanoUsd(spent),
      reservedUsd: fromNanoUsd(reserved),
      remainingUsd: fromNanoUsd(Math.max(0, bucket.limitInNanoUsd - spent - reserved)),
      resetsAt: new Date(windowAt(window, now).endsAt).toISOString(),
    };
  });
}

function isUnscoped(budget: BudgetConfig): boolean {
  return budget.scope === "global";
}

function namedScope(budget: BudgetConfig): SpendScope {
  const name = budget.name ?? "";
  if (budget.scope === "task") return { task: name, tier: "" };
  return { task: "", tier: name };
}
