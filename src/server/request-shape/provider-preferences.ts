/**
 * OpenRouter's `provider` object (its routing preferences), held to the shape OpenRouter's API spec gives it
 * (`ProviderPreferences` in openapi-2026-08-22.yaml). It was passed through unread: `only: "openai"`,
 * `sort: "zzz"`, `order: {}` or `allow_fallbacks: "no"` were routed, reserved for and sent, and OpenRouter refused
 * them with a 400 (`provider.sort: Invalid input`) on whichever model the route reached first. Now a 400 names the
 * field before routing.
 *
 * Checked: every field's type (`null` is absent, as the spec allows), and the values of the fields that choose a
 * strategy or a policy (`sort`, `sort.by`, `sort.partition`, `data_collection`). Lists of names OpenRouter grows as
 * providers and hardware appear (provider slugs, `quantizations`) are held to strings only, and an unknown key passes
 * (OpenRouter adds preferences often): a name the gateway does not know yet is the upstream's to judge.
 * `max_price` prices are non-negative numbers, or decimal strings as the spec writes them.
 * @module
 */
import { z } from "zod";

/** `sort` strategies in OpenRouter's spec (`ProviderSort`). */
export const PROVIDER_SORTS = ["price", "throughput", "latency", "exacto"] as const;

const slugs = z.array(z.string(), { error: "must be a list of provider slugs (strings), e.g. [\"openai\", \"anthropic\"]" }).nullish();
const flag = z.boolean().nullish();

const sortWords = `"${PROVIDER_SORTS.join("\", \"")}"`;
const isSort = (value: unknown): boolean => typeof value === "string" && (PROVIDER_SORTS as readonly string[]).includes(value);
const sort = z
  .custom((value) => isSort(value) || (isRecord(value) && onlyKeys(value, ["by", "partition"]) && absentOr(value.by, isSort) && absentOr(value.partition, (part) => part === "model" || part === "none")), {
    message: `must be one of ${sortWords}, or an object {by, partition} with \`by\` one of those and \`partition\` "model" or "none" (OpenRouter refuses any other)`,
  })
  .nullish();

/** A price: a non-negative number, or a decimal string (the spec's type) such as "0.5". */
const price = z
  .custom((value) => (typeof value === "number" && value >= 0) || (typeof value === "string" && /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value)), {
    message: "must be a price in USD (per million tokens, or per image or request for those): a non-negative number, or a decimal string such as \"0.5\"",
  })
  .optional();

/** A latency or throughput preference: a number (the p50), or percentile cutoffs. */
const PERCENTILES = ["p50", "p75", "p90", "p99"];
const cutoffs = z
  .custom((value) => isCutoff(value) || (isRecord(value) && onlyKeys(value, PERCENTILES) && PERCENTILES.every((key) => absentOr(value[key], isCutoff))), {
    message: "must be a non-negative number (the p50: seconds of latency, or tokens per second of throughput), or percentile cutoffs {p50, p75, p90, p99}",
  })
  .nullish();

function isCutoff(value: unknown): boolean {
  return typeof value === "number" && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function absentOr(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || value === null || check(value);
}

/** The `provider` field of a chat request. */
export const providerPreferencesSchema = z.looseObject({
  order: slugs,
  only: slugs,
  ignore: slugs,
  allow_fallbacks: flag,
  require_parameters: flag,
  zdr: flag,
  enforce_distillable_text: flag,
  data_collection: z.enum(["allow", "deny"]).nullish(),
  quantizations: z.array(z.string(), { error: "must be a list of quantization levels (strings), e.g. [\"fp8\", \"bf16\"]" }).nullish(),
  sort,
  max_price: z.looseObject({ prompt: price, completion: price, image: price, audio: price, request: price }).nullish(),
  preferred_max_latency: cutoffs,
  preferred_min_throughput: cutoffs,
});
