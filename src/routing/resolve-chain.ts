/**
 * Resolves a tier's models (explicit ids and `cheapest` selectors) against the catalog and filters them
 * by the request's needs, recording why each skipped model was skipped.
 * @module
 */
import { explainRejection, type ModelCatalog, type ModelFilter } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { TierModel } from "../config/config-schema.js";

/** The resolved chain and the sentences explaining it. */
export interface ResolvedChain {
  models: ModelEntry[];
  /** Why each skipped model was skipped. */
  skipped: string[];
  /** Ids listed in config that the catalog does not have. */
  missing: string[];
}

/** Resolves one tier's model list in order, dropping duplicates. */
export function resolveChain({
  entries,
  catalog,
  filter,
  now,
}: {
  entries: readonly TierModel[];
  catalog: ModelCatalog;
  filter: ModelFilter;
  now: number;
}): ResolvedChain {
  const models: ModelEntry[] = [];
  const skipped: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (typeof entry === "string") {
      const model = catalog.get(entry);
      if (!model) {
        missing.push(entry);
        skipped.push(`${entry} is not in the catalog, so it was skipped.`);
        continue;
      }
      // A variant the catalog does not list (`x:online`, `x:nitro`) is priced as its base model and called as written:
      // it was called as the base model, and a tier's `:online` ran no web search without a word.
      const called = model.id === entry ? model : { ...model, id: entry };
      if (seen.has(called.id)) continue;
      const rejection = explainRejection(model, filter, now);
      if (rejection) skipped.push(`${rejection}, so it was skipped.`);
      else models.push(called);
      seen.add(called.id);
      continue;
    }
    const selector = entry.cheapest;
    const selected = cheapestMatching(catalog, {
      ...filter,
      needs: [...new Set([...(filter.needs ?? []), ...selector.needs])],
      minContext: Math.max(filter.minContext ?? 0, selector.min_context ?? 0),
      maxUsdPerMillionTokens: minDefined(filter.maxUsdPerMillionTokens, selector.max_price),
      ...(selector.min_price !== undefined ? { minUsdPerMillionOutputTokens: selector.min_price } : {}),
      includeFree: selector.include_free || filter.includeFree === true,
      allowAuthors: selector.authors ?? filter.allowAuthors ?? [],
    }, now, seen);
    if (selected) {
      models.push(selected);
      seen.add(selected.id);
    } else {
      skipped.push(`The selector cheapest ${JSON.stringify(selector)} matched no further model.`);
    }
  }
  return { models, skipped, missing };
}

/** The cheapest catalog model passing the filter, not already chosen. */
export function cheapestMatching(catalog: ModelCatalog, filter: ModelFilter, now: number, exclude?: ReadonlySet<string>): ModelEntry | undefined {
  return catalog.cheapest(filter, now, exclude);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
