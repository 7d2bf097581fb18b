/**
 * The escalation and downgrade ladder, cheapest first. The seed's tiers keep their order; a tier of your own is
 * placed by the blended price of its first model, before the first seed tier that costs as much or more (after tiers
 * of your own that cost as much, so those keep the config's order). Appended
 * at the end, a user's `cheap` tier was premium's quality escalation and a `smart` tier's budget downgrade went to
 * premium. A tier is priced by the model routing asks first (`firstRoutedModel`). A tier whose models the catalog
 * lacks has no price and is appended, as before.
 * @module
 */
import { blendedUsdPerMillionTokens, type ModelCatalog } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { DEFAULT_TIERS } from "../config/default-config.js";
import { ownValue } from "../core/own-property.js";
import { resolveChain } from "./resolve-chain.js";

/** The tier names of the config, cheapest first. */
export function tierLadder(config: SwitchyardConfig, catalog: ModelCatalog, now: number): string[] {
  const names = Object.keys(config.tiers);
  const price = (tier: string): number | undefined => tierPrice(config, catalog, tier, now);
  const ladder = names.filter((name) => Object.hasOwn(DEFAULT_TIERS, name));
  const unpriced: string[] = [];
  for (const name of names.filter((tier) => !Object.hasOwn(DEFAULT_TIERS, tier))) {
    const own = price(name);
    if (own === undefined) {
      unpriced.push(name);
      continue;
    }
    // Before a seed tier that costs as much, after an own tier that does: own tiers at one price keep the config's order.
    const at = ladder.findIndex((tier) => {
      const other = price(tier) ?? -Infinity;
      return Object.hasOwn(DEFAULT_TIERS, tier) ? other >= own : other > own;
    });
    ladder.splice(at < 0 ? ladder.length : at, 0, name);
  }
  return [...ladder, ...unpriced];
}

function tierPrice(config: SwitchyardConfig, catalog: ModelCatalog, tier: string, now: number): number | undefined {
  const first = firstRoutedModel(config, catalog, tier, now);
  return first === undefined ? undefined : blendedUsdPerMillionTokens(first);
}

/**
 * The model a request routed to `tier` asks first, filtered as routing filters it: free models only where the tier or
 * `routing.include_free` allows them, the author lists applied. With free models always allowed, a tier whose first id
 * is free but not allowed (or a `cheapest` selector) was priced at $0, below `free`, though its requests are paid.
 */
export function firstRoutedModel(config: SwitchyardConfig, catalog: ModelCatalog, tier: string, now: number): ModelEntry | undefined {
  const tierConfig = ownValue(config.tiers, tier);
  const filter = {
    includeFree: config.routing.include_free || tierConfig?.include_free === true,
    allowAuthors: config.routing.allow_authors,
    denyAuthors: config.routing.deny_authors,
  };
  return resolveChain({ entries: tierConfig?.models ?? [], catalog, filter, now }).models[0];
}
