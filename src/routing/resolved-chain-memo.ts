/**
 * Remembers how a tier's model list resolved, so a routing decision does not scan the catalog again for a
 * request that can only resolve the same way.
 *
 * A resolution depends on the tier's entries, the catalog and the filter. Of the filter, only the required
 * context varies from request to request (prompt tokens + max_tokens), and `now` only matters through expiration
 * dates. Both are keyed by the catalog's buckets: two requests in the same context bucket pass and fail the same
 * models on context, and two instants in the same expiry bucket see the same models expired
 * (`ModelCatalog.contextBucket`, `expiryBucket`). So a remembered resolution is exactly the one a fresh scan would
 * give. Resolutions that skipped a model are not remembered: their sentences name the request's own numbers.
 *
 * Catalogs and tier configs are keys by identity (weakly held), so a reloaded catalog or config starts afresh.
 * @module
 */
import type { ModelCatalog, ModelFilter } from "../catalog/model-catalog.js";
import type { TierModel } from "../config/config-schema.js";
import { resolveChain, type ResolvedChain } from "./resolve-chain.js";

/** At most this many resolutions are kept per tier and catalog; past it the tier's memo starts over. */
const MAX_PER_TIER = 256;

/** Joins list values in the key; no capability or author name contains it. */
const SEPARATOR = "\u0001";

const memo = new WeakMap<ModelCatalog, WeakMap<readonly TierModel[], Map<string, ResolvedChain>>>();

/** `resolveChain`, remembered per tier, catalog, filter and the context and expiry buckets. */
export function resolveChainRemembered(input: { entries: readonly TierModel[]; catalog: ModelCatalog; filter: ModelFilter; now: number }): ResolvedChain {
  const { entries, catalog, filter, now } = input;
  const byTier = memo.get(catalog) ?? setAndReturn(memo, catalog, new WeakMap<readonly TierModel[], Map<string, ResolvedChain>>());
  const resolutions = byTier.get(entries) ?? setAndReturn(byTier, entries, new Map<string, ResolvedChain>());
  const key = memoKey(catalog, filter, now);
  const known = resolutions.get(key);
  if (known) return known;
  const resolved = resolveChain(input);
  if (resolved.skipped.length > 0) return resolved;
  if (resolutions.size >= MAX_PER_TIER) resolutions.clear();
  resolutions.set(key, Object.freeze({ models: Object.freeze(resolved.models), skipped: resolved.skipped, missing: resolved.missing }) as ResolvedChain);
  return resolved;
}

function memoKey(catalog: ModelCatalog, filter: ModelFilter, now: number): string {
  const { needs, minContext, maxUsdPerMillionTokens, minUsdPerMillionOutputTokens, includeFree, allowAuthors, denyAuthors } = filter;
  return (
    `${catalog.contextBucket(minContext ?? 0)}|${catalog.expiryBucket(now)}|${needs?.join(SEPARATOR) ?? ""}|${includeFree === true}|` +
    `${maxUsdPerMillionTokens ?? ""}|${minUsdPerMillionOutputTokens ?? ""}|${allowAuthors?.join(SEPARATOR) ?? ""}|${denyAuthors?.join(SEPARATOR) ?? ""}`
  );
}

function setAndReturn<K extends object, V>(map: WeakMap<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}
