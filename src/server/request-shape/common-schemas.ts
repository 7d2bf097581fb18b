/**
 * Pieces of request shape every front door shares (chat completions, and the Messages / Responses doors):
 * model ids, routing names and the `switchyard` extension field.
 * @module
 */
import { quoteSentText } from "../../core/quote-sent-text.js";
import { distance } from "fastest-levenshtein";
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

const SWITCHYARD_OPTIONS = {
  task: routingNameSchema.optional(),
  tier: routingNameSchema.optional(),
  quality: z.number().min(0).max(1).optional(),
  max_cost_usd: z.number().nonnegative().optional(),
  max_latency_ms: z.number().positive().optional(),
  requires: z.array(z.string().max(64)).optional(),
  resume: z.boolean().optional(),
};
/** The keys of the `switchyard` extension field (PRODUCT §5). */
export const SWITCHYARD_KEYS: readonly string[] = Object.keys(SWITCHYARD_OPTIONS);

/**
 * The `switchyard` extension field. Known keys must have their type. An unknown key passes (a newer client's), unless
 * it reads as a misspelling of a known one (`max_cost`, `teir`): a cost cap that silently does nothing must not.
 */
export const switchyardOptionsSchema = z.looseObject(SWITCHYARD_OPTIONS).superRefine((options, context) => {
  for (const key of Object.keys(options)) {
    if (SWITCHYARD_KEYS.includes(key)) continue;
    const meant = misspelledKey(key);
    if (meant) context.addIssue({ code: "custom", path: [key], message: `unknown key ${quoteSentText(key, 64)}; did you mean "${meant}"?` });
  }
});

/**
 * The known key `key` is a near miss of, if any, comparing letters only (`max_cost_usd` is `maxcostusd`): the same
 * letters, the start of a known key (`max_cost`), two neighbours swapped (`teir`), or, for six letters or more, one
 * letter off (`qualty`). Looser rules would catch a newer client's own keys (`tags`, `tiers`, `task_id`).
 */
export function misspelledKey(key: string): string | undefined {
  const bare = key.toLowerCase().replaceAll(/[^a-z]/g, "");
  if (bare.length < 4) return undefined;
  return SWITCHYARD_KEYS.find((known) => {
    const knownBare = known.replaceAll("_", "");
    if (bare === knownBare || swapsNeighbours(bare, knownBare)) return true;
    if (bare.length >= 6 && knownBare.startsWith(bare)) return true;
    return bare.length >= 6 && knownBare.length >= 6 && distance(bare, knownBare) === 1;
  });
}

/** True when `a` is `b` with two neighbouring letters swapped. */
function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let index = 0; index < a.length && differ.length <= 2; index += 1) if (a[index] !== b[index]) differ.push(index);
  const [first, second] = differ;
  return differ.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/** An optional positive integer token cap (null means unset, as some SDKs send it). */
export const tokenCapSchema = z.number().int().positive().nullable().optional();

/** OpenAI's and OpenRouter's bounds on a request's `metadata`: 16 pairs, 64-character keys, 512-character values. */
export const METADATA_LIMITS = { maxPairs: 16, maxKeyLength: 64, maxValueLength: 512 } as const;

/**
 * A request's `metadata` (string to string, null read as unset) within `METADATA_LIMITS`, as OpenAI's API and
 * OpenRouter's (`RequestMetadata`) bound it. `noBrackets` adds OpenRouter's rule that a key holds no `[` or `]`, for
 * the chat door, which forwards the field to OpenRouter.
 */
export function requestMetadataSchema({ noBrackets }: { noBrackets: boolean }) {
  const { maxPairs, maxKeyLength, maxValueLength } = METADATA_LIMITS;
  let key = z.string().max(maxKeyLength, `a metadata key has at most ${maxKeyLength} characters`);
  if (noBrackets) key = key.regex(/^[^[\]]*$/, "a metadata key may not contain [ or ] (OpenRouter's rule)");
  return z
    .record(key, z.string().max(maxValueLength, `a metadata value has at most ${maxValueLength} characters`))
    .refine((pairs) => Object.keys(pairs).length <= maxPairs, { message: `metadata holds at most ${maxPairs} key-value pairs` })
    .nullable()
    .optional();
}
