/**
 * The escalation and downgrade ladder, cheapest first. The seed's tiers keep their order; a tier of your own is
 * placed by the blended price of its first model, before the first seed tier that costs as much or more (after tiers
 * of your own that cost as much, so those keep the config's order). Appended
 * at the end, a user's `cheap` tier was premium's quality escalation and a `smart` tier's budget downgrade went to
 * premium. A tier whose models the catalog lacks has no price and is appended, as before.
 * @module
 */
import { blendedUsdPerMillionTokens, type ModelCatalog } from "../catalog/model-catalog.js";
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
  const entries = ownValue(config.tiers, tier)?.models ?? [];
  const first = resolveChain({ entries, catalog, filter: { includeFree: true }, now }).models[0];
  return first === undefined ? undefined : blendedUsdPerMillionTokens(first);
}
