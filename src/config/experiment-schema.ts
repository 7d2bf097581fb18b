/**
 * The `experiments` section of `switchyard.yaml`: A/B experiments, each a share of matching traffic sent to a variant
 * (a tier, a model, a quality or a candidate router).
 * @module
 */
import { z } from "zod";

export const experimentSchema = z.strictObject({
  // Spelled out rather than with the `i` flag, which the published JSON Schema cannot carry.
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _"),
  /** Which traffic enters: a task, a tier, or all. */
  match: z.strictObject({ task: z.string().optional(), tier: z.string().optional() }).default({}),
  /** Share of matching traffic sent to the variant, 0..1. */
  share: z.number().min(0).max(1),
  variant: z.strictObject({
    tier: z.string().optional(),
    model: z.string().optional(),
    quality: z.number().min(0).max(1).optional(),
    /** A candidate router (an adapter file from `switchyard train --from-log`) that routes the variant arm. */
    weights: z.string().min(1).optional(),
  }),
  enabled: z.boolean().default(true),
  /**
   * Assignment units (users, keys, conversations) each arm needs before a verdict or a promotion; default 10. Lower
   * it only when there cannot be more units (a few keys that send no `user`): the intervals stay honest, but rest on
   * fewer values. At least 2, the fewest a variance can be estimated from.
   */
  min_units_per_arm: z.number().int("must be a whole number of units").min(2, "must be at least 2 (one unit has no variance)").optional(),
});

export type ExperimentConfig = z.output<typeof experimentSchema>;
