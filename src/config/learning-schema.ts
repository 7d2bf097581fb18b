/**
 * The `learning` section of `switchyard.yaml`: the sampled judge, which grades a share of cheaper tiers' answers.
 * @module
 */
import { z } from "zod";
import { MAX_BUDGET_USD } from "../core/money.js";

/** The sampled judge: a stronger model grades a share of cheaper tiers' answers, under its own budget (docs/learning.md). */
export const judgeSchema = z.strictObject({
  /** The grading model (an OpenRouter id), e.g. a premium model. */
  model: z.string().min(1),
  /** Share of eligible served answers graded, 0..1 (picked by a hash of the decision id). */
  share: z.number().min(0).max(1).default(0.05),
  /** The judge's own spend cap per window, USD. Its spend also counts against global budgets. */
  budget_usd: z.number().nonnegative().max(MAX_BUDGET_USD, `must be at most ${MAX_BUDGET_USD} (the most the ledger counts exactly)`),
  window: z.enum(["day", "month"]).default("day"),
  /** Tiers whose answers are graded. Default: every tier below the top of the ladder. */
  tiers: z.array(z.string()).optional(),
  /** Cap on the judge's answer. */
  max_tokens: z.number().int().positive().default(16),
  /** Judge calls in flight at once; answers beyond it are not graded. */
  max_concurrency: z.number().int().positive().default(4),
});

export const learningSchema = z.strictObject({
  judge: judgeSchema.optional(),
});

export type JudgeConfig = z.output<typeof judgeSchema>;
