/**
 * Picks the catalog source: a file, the live API (cached with a TTL, refreshed in the background),
 * the last good cached copy, and finally the built-in snapshot.
 * @module
 */
import { CatalogError } from "../core/errors/index.js";
import type { Clock } from "../core/clock.js";
import { builtinCatalog } from "./builtin-catalog.js";
import { ModelCatalog } from "./model-catalog.js";
import { parseCatalog } from "./parse-catalog.js";

/** A place to keep the last good `/models` body. The CLI and server give a file-backed one. */
export interface CatalogCache {
  read(): Promise<{ body: unknown; fetchedAt: number } | undefined>;
  write(body: unknown, fetchedAt: number): Promise<void>;
}

/** Fetches the raw `/models` body from the upstream. */
export type FetchModels = () => Promise<unknown>;

/** Options for loading the catalog. */
export interface LoadCatalogOptions {
  fetchModels?: FetchModels;
  cache?: CatalogCache;
  clock: Clock;
  /** How long a cached copy counts as fresh. Default one hour. */
  ttlInMs?: number;
  /** Called when a source fails and the next one is used. */
  onWarning?: (message: string) => void;
}

const ONE_HOUR_IN_MS = 3_600_000;

/**
 * Loads the catalog: a fresh cache first, then live, then any cached copy, then built-in.
 * Never throws: the built-in snapshot is always there.
 */
export async function loadCatalog(options: LoadCatalogOptions): Promise<ModelCatalog> {
  const { cache, clock, ttlInMs = ONE_HOUR_IN_MS, onWarning = () => {} } = options;
  const cached = await readCache(cache, onWarning);
  if (cached && clock.now() - (cached.fetchedAt ?? 0) < ttlInMs) return cached;
  if (options.fetchModels) {
    try {
      return await fetchAndCache(options);
    } catch (error) {
      onWarning(`Could not fetch the live catalog (${(error as Error).message}); using the ${cached ? "cached" : "built-in"} copy.`);
    }
  }
  return cached ?? builtinCatalog();
}

/** Fetches the live catalog and writes it to the cache. Throws CatalogError when either fails to parse. */
export async function fetchAndCache(options: LoadCatalogOptions): Promise<ModelCatalog> {
  if (!options.fetchModels) throw new CatalogError("No upstream is configured to fetch the catalog from.");
  const body = await options.fetchModels();
  const { models } = parseCatalog(body, "the live /models response");
  if (models.length === 0) throw new CatalogError("The live /models response listed no models.");
  const fetchedAt = options.clock.now();
  // A cache that cannot be written (a read-only folder) costs the next start a fetch, not this fresh catalog.
  await options.cache?.write(body, fetchedAt).catch((error: unknown) => options.onWarning?.(`Fetched the live catalog but could not cache it (${(error as Error).message}); using it uncached.`));
  return new ModelCatalog(models, { source: "live", fetchedAt });
}

async function readCache(cache: CatalogCache | undefined, onWarning: (message: string) => void): Promise<ModelCatalog | undefined> {
  if (!cache) return undefined;
  try {
    const entry = await cache.read();
    if (!entry) return undefined;
    const { models } = parseCatalog(entry.body, "the cached catalog");
    return models.length > 0 ? new ModelCatalog(models, { source: "cache", fetchedAt: entry.fetchedAt }) : undefined;
  } catch (error) {
    onWarning(`Ignoring the cached catalog: ${(error as Error).message}`);
    return undefined;
  }
}
