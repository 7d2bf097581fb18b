/**
 * The last-resort catalog: about 40 current models the team keeps by hand in `data/builtin-models.json`.
 * @module
 */
import { authorOfId } from "./model-author.js";
import { createRequire } from "node:module";
import { z } from "zod";
import { CAPABILITIES, type Capability } from "../core/types.js";
import { ModelCatalog } from "./model-catalog.js";
import type { ModelEntry } from "./model-entry.js";

const builtinModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  context: z.number().int().positive(),
  max_output: z.number().int().positive().nullable(),
  input_usd_per_m: z.number().nonnegative(),
  output_usd_per_m: z.number().nonnegative(),
  cache_read_usd_per_m: z.number().nonnegative().optional(),
  /** The live catalog's `input_cache_write`, for the models that bill a cache write (a cache_control mark's premium). */
  cache_write_usd_per_m: z.number().nonnegative().optional(),
  request_usd: z.number().nonnegative().optional(),
  capabilities: z.array(z.enum(CAPABILITIES as [Capability, ...Capability[]])),
});

const builtinFileSchema = z.object({ as_of: z.string(), models: z.array(builtinModelSchema) });

let cached: ModelEntry[] | undefined;

/** The built-in models as catalog entries. */
export function builtinModels(): ModelEntry[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = builtinFileSchema.parse(require("./data/builtin-models.json"));
  cached = file.models.map((raw) => ({
    id: raw.id,
    name: raw.name,
    author: authorOfId(raw.id),
    contextLength: raw.context,
    maxCompletionTokens: raw.max_output,
    pricing: {
      usdPerMillionInputTokens: raw.input_usd_per_m,
      usdPerMillionOutputTokens: raw.output_usd_per_m,
      usdPerRequest: raw.request_usd ?? 0,
      usdPerImage: 0,
      usdPerMillionCacheReadTokens: raw.cache_read_usd_per_m ?? 0,
      usdPerMillionCacheWriteTokens: raw.cache_write_usd_per_m ?? 0,
      usdPerMillionReasoningTokens: 0,
    },
    capabilities: raw.capabilities,
    inputModalities: raw.capabilities.includes("vision") ? ["text", "image"] : ["text"],
    supportedParameters: [],
    expirationDate: null,
    isFree: raw.input_usd_per_m === 0 && raw.output_usd_per_m === 0,
    isRouter: false,
  }));
  return cached;
}

/** The built-in catalog. */
export function builtinCatalog(): ModelCatalog {
  return new ModelCatalog(builtinModels(), { source: "builtin" });
}
