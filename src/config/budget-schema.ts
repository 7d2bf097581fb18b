/**
 * The `budgets` section of `switchyard.yaml`: spend caps per scope (global, key, task, tier) and UTC window.
 * @module
 */
import { z } from "zod";
import { MAX_BUDGET_USD } from "../core/money.js";

export const budgetSchema = z.strictObject({
  scope: z.enum(["global", "key", "task", "tier"]),
  /** The key id, task or tier the budget applies to. Omit for every one of that scope. */
  name: z.string().optional(),
  window: z.enum(["day", "month"]),
  limit_usd: z.number().nonnegative().max(MAX_BUDGET_USD, `must be at most ${MAX_BUDGET_USD} (the most the ledger counts exactly)`),
});

export type BudgetConfig = z.output<typeof budgetSchema>;
