/**
 * Parses OpenRouter's `GET /models` JSON (every schema seen from 2025-12 to 2026-06) into ModelEntry rows.
 * @module
 */
import { authorOfId } from "./model-author.js";
import { z } from "zod";
import { CatalogError } from "../core/errors/index.js";
import type { Capability } from "../core/types.js";
import type { ModelEntry, ModelPricing } from "./model-entry.js";

/**
 * A price as OpenRouter writes it (a decimal string; missing or empty is 0). One that is there but no finite number
 * (`"1e400"`, `"abc"`, `"NaN"`) skips the model: read as 0, it made the model look cheapest (or free) to cost-aware
 * selection, and its reservations and settlements charged nothing for those tokens.
 */
const priceSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .refine((value) => value === null || value === undefined || value === "" || Number.isFinite(Number(value)), "a price is not a number (the model could not be priced)");

const rawModelSchema = z.looseObject({
  // A model id is printable ASCII without spaces: an id with escape sequences was printed to the terminal by `models`.
  id: z.string().min(1).max(256).regex(/^[\x21-\x7e]+$/, "a model id is printable ASCII without spaces"),
  name: z.string().nullish(),
  context_length: z.number().nullish(),
  architecture: z.looseObject({ input_modalities: z.array(z.string()).nullish() }).nullish(),
  pricing: z.record(z.string(), priceSchema).nullish(),
  top_provider: z
    .looseObject({ context_length: z.number().nullish(), max_completion_tokens: z.number().nullish() })
    .nullish(),
  supported_parameters: z.array(z.string()).nullish(),
  expiration_date: z.string().nullish(),
  // Read loosely (a malformed one says nothing, and keeps the model): only `mandatory` is used.
  reasoning: z.unknown().optional(),
});

const rawCatalogSchema = z.object({ data: z.array(z.unknown()) });

/** What parsing produced: the models, and the rows that were skipped with why. */
export interface ParsedCatalog {
  models: ModelEntry[];
  skipped: { index: number; reason: string }[];
}

/**
 * Parses a `/models` response body. Rows that are not models are skipped, not fatal;
 * a body that is not a catalog at all throws CatalogError.
 */
export function parseCatalog(body: unknown, source = "catalog"): ParsedCatalog {
  const top = rawCatalogSchema.safeParse(body);
  if (!top.success) {
    throw new CatalogError(`${source} is not an OpenRouter /models response: expected {"data": [...]}.`);
  }
  const models: ModelEntry[] = [];
  const skipped: ParsedCatalog["skipped"] = [];
  top.data.data.forEach((row, index) => {
    const parsed = rawModelSchema.safeParse(row);
    if (parsed.success) models.push(normalizeModel(parsed.data));
    else skipped.push({ index, reason: parsed.error.issues[0]?.message ?? "invalid row" });
  });
  return { models, skipped };
}

/** Parses catalog JSON text; a syntax error becomes a CatalogError naming the source. */
export function parseCatalogText(text: string, source = "catalog"): ParsedCatalog {
  let body: unknown;
  try {
    // A byte-order mark (a file saved by a Windows editor) is not part of the JSON; JSON.parse refuses it.
    body = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CatalogError(`${source} is not valid JSON: ${(error as Error).message}`, error);
  }
  return parseCatalog(body, source);
}

type RawModel = z.infer<typeof rawModelSchema>;

function normalizeModel(raw: RawModel): ModelEntry {
  const pricing = normalizePricing(raw.pricing ?? {});
  const parameters = raw.supported_parameters ?? [];
  const modalities = raw.architecture?.input_modalities ?? ["text"];
  const isRouter = Object.values(raw.pricing ?? {}).some((value) => toNumber(value) < 0);
  return {
    id: raw.id,
    name: raw.name ?? raw.id,
    author: authorOfId(raw.id),
    contextLength: raw.context_length ?? raw.top_provider?.context_length ?? 0,
    maxCompletionTokens: raw.top_provider?.max_completion_tokens ?? null,
    pricing,
    capabilities: capabilitiesOf(parameters, modalities),
    inputModalities: modalities,
    supportedParameters: parameters,
    expirationDate: raw.expiration_date ?? null,
    isFree: !isRouter && pricing.usdPerMillionInputTokens === 0 && pricing.usdPerMillionOutputTokens === 0,
    isRouter,
    ...mandatoryOf(raw.reasoning),
  };
}

/** `reasoning.mandatory` (OpenRouter's model schema since mid-2026), when the row says it as a boolean. */
function mandatoryOf(reasoning: unknown): Pick<ModelEntry, "reasoningMandatory"> {
  const mandatory = typeof reasoning === "object" && reasoning !== null ? (reasoning as { mandatory?: unknown }).mandatory : undefined;
  return typeof mandatory === "boolean" ? { reasoningMandatory: mandatory } : {};
}

const PER_MILLION = 1_000_000;

function normalizePricing(raw: Record<string, string | number | null | undefined>): ModelPricing {
  // Since early 2026 OpenRouter omits price keys that are zero, so a missing key means 0.
  const perMillion = (key: string): number => Math.max(0, toNumber(raw[key]) * PER_MILLION);
  const flat = (key: string): number => Math.max(0, toNumber(raw[key]));
  return {
    usdPerMillionInputTokens: perMillion("prompt"),
    usdPerMillionOutputTokens: perMillion("completion"),
    usdPerRequest: flat("request"),
    usdPerImage: flat("image"),
    usdPerMillionCacheReadTokens: perMillion("input_cache_read"),
    usdPerMillionCacheWriteTokens: perMillion("input_cache_write"),
    usdPerMillionReasoningTokens: perMillion("internal_reasoning"),
    usdPerWebSearch: flat("web_search"),
    ...(perMillion("audio") > 0 ? { usdPerMillionAudioTokens: perMillion("audio") } : {}),
  };
}

function toNumber(value: string | number | null | undefined): number {
  if (value === null || value === undefined || value === "") return 0;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : 0;
}

function capabilitiesOf(parameters: string[], modalities: string[]): Capability[] {
  const capabilities: Capability[] = [];
  if (parameters.includes("tools")) capabilities.push("tools");
  if (parameters.includes("response_format") || parameters.includes("structured_outputs")) capabilities.push("json");
  if (parameters.includes("structured_outputs")) capabilities.push("structured_outputs");
  if (parameters.includes("reasoning")) capabilities.push("reasoning");
  if (modalities.includes("image")) capabilities.push("vision");
  if (modalities.includes("file")) capabilities.push("file");
  if (modalities.includes("audio")) capabilities.push("audio");
  return capabilities;
}
