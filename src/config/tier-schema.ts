/**
 * The `tiers` section of `switchyard.yaml`: each tier's chain of models (explicit ids or `cheapest` selectors
 * resolved against the live catalog) and its max_tokens caps.
 * @module
 */
import { z } from "zod";
import { CAPABILITIES, type Capability } from "../core/types.js";

const capabilitySchema = z.enum(CAPABILITIES as [Capability, ...Capability[]]);

/** A selector resolved against the live catalog: the cheapest model meeting these needs. */
export const cheapestSelectorSchema = z.strictObject({
  cheapest: z.strictObject({
    needs: z.array(capabilitySchema).default([]),
    min_context: z.number().int().nonnegative().optional(),
    /** USD per million tokens, applied to the larger of input and output price. */
    max_price: z.number().nonnegative().optional(),
    /** USD per million output tokens the model must cost at least: keeps a premium tier's selector premium. */
    min_price: z.number().nonnegative().optional(),
    include_free: z.boolean().default(false),
    authors: z.array(z.string()).optional(),
  }),
});

/** A tier's chain entry: an explicit model id or a selector. */
export const tierModelSchema = z.union([z.string().min(1), cheapestSelectorSchema]);

export const tierSchema = z.strictObject({
  models: z.array(tierModelSchema).min(1, "a tier needs at least one model or selector"),
  /** The tier's cap on max_tokens. */
  max_tokens: z.number().int().positive(),
  /** Used when the caller sets no max_tokens; defaults to max_tokens. */
  default_max_tokens: z.number().int().positive().optional(),
  /** OpenRouter variant appended to each id, e.g. `nitro` or `floor`. */
  variant: z.enum(["nitro", "floor", "free"]).optional(),
  /** Allow free models chosen by selectors in this tier. */
  include_free: z.boolean().optional(),
});

export type TierConfig = z.output<typeof tierSchema>;
export type TierModel = z.output<typeof tierModelSchema>;
export type CheapestSelector = z.output<typeof cheapestSelectorSchema>["cheapest"];
