/**
 * An immutable, indexed view of the catalog with the queries routing needs.
 * @module
 */
import { listsAuthor } from "./model-author.js";
import type { Capability } from "../core/types.js";
import type { ModelEntry } from "./model-entry.js";

/** Variant suffixes OpenRouter accepts after a model id. */
export const MODEL_VARIANTS = ["nitro", "floor", "free", "online", "thinking", "exacto"] as const;

/** What a model must satisfy. Every field is optional; an empty filter keeps every model. */
export interface ModelFilter {
  needs?: readonly Capability[];
  minContext?: number;
  /** Cap on the larger of input and output price, USD per million tokens. */
  maxUsdPerMillionTokens?: number;
  /** Floor on the output price, USD per million tokens (keeps a premium selector from picking a tiny model). */
  minUsdPerMillionOutputTokens?: number;
  includeFree?: boolean;
  allowAuthors?: readonly string[];
  denyAuthors?: readonly string[];
}

/** Where a catalog came from, for logs and `models` output. */
export type CatalogSource = "file" | "live" | "cache" | "builtin";

/** The model catalog. */
export class ModelCatalog {
  readonly source: CatalogSource;
  /** When the catalog was fetched (ms since epoch), if known. */
  readonly fetchedAt: number | undefined;
  readonly #models: readonly ModelEntry[];
  readonly #byId: ReadonlyMap<string, ModelEntry>;
  #byPrice: readonly ModelEntry[] | undefined;
  readonly #noNegativePrices: boolean;
  #contextLengths: Float64Array | undefined;
  #expiries: Float64Array | undefined;

  constructor(models: readonly ModelEntry[], options: { source: CatalogSource; fetchedAt?: number }) {
    this.#models = models;
    this.#byId = new Map(models.map((model) => [model.id, model]));
    this.#noNegativePrices = models.every((model) => model.pricing.usdPerMillionInputTokens >= 0 && model.pricing.usdPerMillionOutputTokens >= 0);
    this.source = options.source;
    this.fetchedAt = options.fetchedAt;
  }

  /** Every model, in catalog order. */
  list(): readonly ModelEntry[] {
    return this.#models;
  }

  /** Every model, cheapest (blended) first; sorted once, then cached. */
  listByPrice(): readonly ModelEntry[] {
    this.#byPrice ??= [...this.#models].sort(compareByPrice);
    return this.#byPrice;
  }

  /**
   * The cheapest model passing the filter and not in `exclude`: a scan that stops at the first match. With a
   * floor on the output price it starts at the first model whose blended price reaches the floor (the output
   * price is at most the blended one when no price is negative), so a premium selector skips the cheap end.
   */
  cheapest(filter: ModelFilter, now: number, exclude?: ReadonlySet<string>): ModelEntry | undefined {
    const byPrice = this.listByPrice();
    const floor = filter.minUsdPerMillionOutputTokens;
    const start = floor !== undefined && this.#noNegativePrices ? firstAtLeast(byPrice, floor) : 0;
    for (let i = start; i < byPrice.length; i++) {
      const model = byPrice[i] as ModelEntry;
      if (exclude?.has(model.id)) continue;
      if (passesFilter(model, filter, now)) return model;
    }
    return undefined;
  }

  /**
   * Which of the catalog's context-length intervals a required context falls in: two requirements with the same
   * bucket pass and fail exactly the same models on context (no model's context length lies between them).
   */
  contextBucket(minContext: number): number {
    this.#contextLengths ??= distinctSorted(this.#models.map((model) => model.contextLength));
    return countBelow(this.#contextLengths, minContext);
  }

  /** Which interval between the catalog's expiration dates `now` falls in: the same bucket, the same models expired. */
  expiryBucket(now: number): number {
    this.#expiries ??= distinctSorted(this.#models.map((model) => (model.expirationDate ? Date.parse(model.expirationDate) : Number.NaN)));
    return countBelow(this.#expiries, now, true);
  }

  get size(): number {
    return this.#models.length;
  }

  /** Looks up an id; `vendor/model:nitro` resolves to the base model when the variant is not listed itself. */
  get(id: string): ModelEntry | undefined {
    const exact = this.#byId.get(id);
    if (exact) return exact;
    const colon = id.lastIndexOf(":");
    if (colon <= 0) return undefined;
    const variant = id.slice(colon + 1);
    if (!(MODEL_VARIANTS as readonly string[]).includes(variant)) return undefined;
    return this.#byId.get(id.slice(0, colon));
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Models that pass the filter and are not expired at `now`, cheapest first. */
  query(filter: ModelFilter, now: number): ModelEntry[] {
    return this.listByPrice().filter((model) => passesFilter(model, filter, now));
  }
}

/** The finite values, distinct and ascending. */
function distinctSorted(values: readonly number[]): Float64Array {
  return Float64Array.from(new Set(values.filter(Number.isFinite))).sort();
}

/** How many of the ascending values are below `value` (or at most `value`, when `inclusive`). */
function countBelow(sorted: Float64Array, value: number, inclusive = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle] as number;
    if (at < value || (inclusive && at === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first model (in a list sorted by blended price) whose blended price is at least `price`. */
function firstAtLeast(byPrice: readonly ModelEntry[], price: number): number {
  let low = 0;
  let high = byPrice.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (blendedUsdPerMillionTokens(byPrice[middle] as ModelEntry) < price) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Blended price used to order models: input and output weighted 1:1 per million tokens. */
export function blendedUsdPerMillionTokens(model: ModelEntry): number {
  return model.pricing.usdPerMillionInputTokens + model.pricing.usdPerMillionOutputTokens;
}

/** Orders models by blended price, then by id for a stable result. */
export function compareByPrice(a: ModelEntry, b: ModelEntry): number {
  return blendedUsdPerMillionTokens(a) - blendedUsdPerMillionTokens(b) || a.id.localeCompare(b.id);
}

/** True when the model's expiration date has passed. */
export function isExpired(model: ModelEntry, now: number): boolean {
  if (!model.expirationDate) return false;
  const expiresAt = Date.parse(model.expirationDate);
  return Number.isFinite(expiresAt) && expiresAt <= now;
}

/** True when the model passes the filter: the hot-path check, which builds no strings. */
export function passesFilter(model: ModelEntry, filter: ModelFilter, now: number): boolean {
  if (model.isRouter || isExpired(model, now) || (model.isFree && !filter.includeFree)) return false;
  if (filter.needs) for (const need of filter.needs) if (!model.capabilities.includes(need)) return false;
  if (filter.minContext !== undefined && model.contextLength < filter.minContext) return false;
  const { usdPerMillionInputTokens: input, usdPerMillionOutputTokens: output } = model.pricing;
  if (filter.maxUsdPerMillionTokens !== undefined && Math.max(input, output) > filter.maxUsdPerMillionTokens) return false;
  if (filter.minUsdPerMillionOutputTokens !== undefined && output < filter.minUsdPerMillionOutputTokens) return false;
  if (filter.allowAuthors?.length && !listsAuthor(filter.allowAuthors, model.author)) return false;
  return !(filter.denyAuthors?.length && listsAuthor(filter.denyAuthors, model.author));
}

/** Why a model fails a filter, as a plain sentence, or undefined when it passes. */
export function explainRejection(model: ModelEntry, filter: ModelFilter, now: number): string | undefined {
  if (passesFilter(model, filter, now)) return undefined;
  if (model.isRouter) return `${model.id} is a router slug, not a model`;
  if (isExpired(model, now)) return `${model.id} expired on ${model.expirationDate}`;
  if (model.isFree && !filter.includeFree) return `${model.id} is a free model and free models are not allowed`;
  const missing = (filter.needs ?? []).filter((need) => !model.capabilities.includes(need));
  if (missing.length > 0) return `${model.id} lacks ${missing.join(", ")}`;
  if (filter.minContext !== undefined && model.contextLength < filter.minContext) {
    return `${model.id} has a ${model.contextLength}-token context, below the ${filter.minContext} needed`;
  }
  const price = Math.max(model.pricing.usdPerMillionInputTokens, model.pricing.usdPerMillionOutputTokens);
  if (filter.maxUsdPerMillionTokens !== undefined && price > filter.maxUsdPerMillionTokens) {
    return `${model.id} costs $${price}/M tokens, above the $${filter.maxUsdPerMillionTokens}/M cap`;
  }
  if (filter.minUsdPerMillionOutputTokens !== undefined && model.pricing.usdPerMillionOutputTokens < filter.minUsdPerMillionOutputTokens) {
    return `${model.id} costs $${model.pricing.usdPerMillionOutputTokens}/M output tokens, below the $${filter.minUsdPerMillionOutputTokens}/M floor`;
  }
  if (filter.allowAuthors?.length && !listsAuthor(filter.allowAuthors, model.author)) {
    return `${model.id} is by ${model.author}, not one of the allowed authors (${filter.allowAuthors.join(", ")})`;
  }
  if (filter.denyAuthors?.length && listsAuthor(filter.denyAuthors, model.author)) return `${model.id} is by ${model.author}, a denied author`;
  return undefined;
}
