/**
 * Pieces of request shape every front door shares (chat completions, and the Messages / Responses doors):
 * model ids, routing names and the `switchyard` extension field.
 * @module
 */
import { z } from "zod";

/** Longest model id the gateway accepts (OpenRouter ids are far shorter). */
export const MAX_MODEL_ID_LENGTH = 256;

/**
 * A model id: printable ASCII (spaces allowed, no control characters), at most 256 characters. The id is echoed in response headers
 * (`x-switchyard-model`), so anything a header cannot carry is refused here with a 400 naming `model`.
 */
export const modelIdSchema = z
  .string()
  .max(MAX_MODEL_ID_LENGTH, `a model id has at most ${MAX_MODEL_ID_LENGTH} characters`)
  .regex(/^[\x20-\x7e]*$/, "a model id uses printable ASCII only (no control characters or other scripts), e.g. switchyard/auto or openai/gpt-4o-mini");

/** A tier or task name as a client gives it (checked against config later, own properties only). */
export const routingNameSchema = z.string().min(1).max(128);

/** The `switchyard` extension field. Unknown keys pass (newer clients), known ones must have their type. */
export const switchyardOptionsSchema = z.looseObject({
  task: routingNameSchema.optional(),
  tier: routingNameSchema.optional(),
  quality: z.number().min(0).max(1).optional(),
  max_cost_usd: z.number().nonnegative().optional(),
  max_latency_ms: z.number().positive().optional(),
  requires: z.array(z.string().max(64)).optional(),
  resume: z.boolean().optional(),
});

/** An optional positive integer token cap (null means unset, as some SDKs send it). */
export const tokenCapSchema = z.number().int().positive().nullable().optional();
