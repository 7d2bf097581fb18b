/**
 * The sampling parameters of a chat request and the values each may take: the ranges OpenRouter's API spec gives
 * (`ChatRequest` in openapi-2026-08-22.yaml: temperature 0–2, top_p 0–1, the penalties −2–2, top_k and seed integers)
 * and OpenAI's for `logit_bias` (token ids to −100–100). One table read by the schema and by the fast path, so the
 * two cannot disagree. Parameters the spec gives no range for (`repetition_penalty`, `min_p`, `top_a`) are held to
 * finite numbers only: JSON cannot carry Infinity, so `1e309` would reach the upstream as null.
 * @module
 */
import { z } from "zod";

/** What one sampling number may be. */
export interface SamplingRange {
  /** Least value, inclusive. */
  min?: number;
  /** Greatest value, inclusive. */
  max?: number;
  /**
   * A whole number. Not held to JavaScript's safe range: OpenAI takes any int64 `seed`, and the upstream body is the
   * client's own text (ADR 0019), so a large seed reaches OpenRouter exactly as sent.
   */
  integer?: boolean;
  /** The bounds in words, for a refusal, where `min` and `max` printed as doubles would mislead (int64's ends). */
  boundsText?: string;
}

/**
 * int64's ends as doubles: JSON.parse reads 9223372036854775807 as 2^63, so the largest int64 as written passes (and
 * 2^63 itself, which a double cannot tell from it); 1e20 or 1e300, whole numbers too, do not.
 */
const INT64 = { min: -(2 ** 63), max: 2 ** 63, boundsText: "must be an int64, from -9223372036854775808 to 9223372036854775807" };

/** Every sampling number the chat door checks, with its range. */
export const SAMPLING_RANGES = {
  temperature: { min: 0, max: 2 },
  top_p: { min: 0, max: 1 },
  frequency_penalty: { min: -2, max: 2 },
  presence_penalty: { min: -2, max: 2 },
  top_k: { min: 0, integer: true },
  // OpenAI's range (int64); a whole number alone let 1e300 through, to be refused by the upstream after routing.
  seed: { integer: true, ...INT64 },
  repetition_penalty: {},
  min_p: {},
  top_a: {},
} as const satisfies Record<string, SamplingRange>;

/** The names of the checked sampling numbers. */
export type SamplingField = keyof typeof SAMPLING_RANGES;

/** The checked fields, in table order. */
export const SAMPLING_FIELDS = Object.keys(SAMPLING_RANGES) as SamplingField[];

/** Bias bounds OpenAI documents for `logit_bias` (and OpenRouter's parameter docs repeat). */
export const LOGIT_BIAS_LIMIT = 100;

/** True when `value` is absent (undefined or null) or a number within `range`. */
export function isWithinRange(value: unknown, range: SamplingRange): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (range.integer === true && !Number.isInteger(value)) return false;
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** The zod schema of one sampling number (nullable and optional, as clients send unset fields as null). */
export function samplingSchema(range: SamplingRange): z.ZodType {
  // zod's `int()` also refuses integers past 2^53, which int64 seeds are.
  let schema = range.integer === true ? z.number().refine(Number.isInteger, "Expected an integer (a whole number)") : z.number();
  if (range.min !== undefined) schema = schema.min(range.min, range.boundsText);
  if (range.max !== undefined) schema = schema.max(range.max, range.boundsText);
  return schema.nullable().optional();
}

/**
 * `logit_bias`: an object from token ids (non-negative integers written as strings, as OpenAI requires) to biases
 * from −100 to 100; null reads as unset.
 */
export const logitBiasSchema = z
  .record(z.string().regex(/^\d{1,10}$/, "a logit_bias key is a token id: a non-negative integer, as a string"), z.number().min(-LOGIT_BIAS_LIMIT).max(LOGIT_BIAS_LIMIT))
  .nullable()
  .optional();
