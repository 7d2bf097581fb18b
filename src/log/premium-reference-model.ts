/**
 * The model savings are measured against: the premium tier's first model that the catalog knows.
 * @module
 */
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { ModelEntry } from "../catalog/model-entry.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { ownValue } from "../core/own-property.js";

/** The tier savings are measured against when present. */
export const PREMIUM_TIER = "premium";

/**
 * The first explicit model id of the `premium` tier (or of the last tier, when there is no `premium`) found in
 * the catalog, or undefined.
 */
export function premiumReferenceModel(config: Pick<SwitchyardConfig, "tiers">, catalog: Pick<ModelCatalog, "get">): ModelEntry | undefined {
  const tier = ownValue(config.tiers, PREMIUM_TIER) ?? Object.values(config.tiers).at(-1);
  for (const model of tier?.models ?? []) {
    if (typeof model !== "string") continue;
    const entry = catalog.get(model);
    if (entry) return entry;
  }
  return undefined;
}
