/**
 * The explicit tier model ids a catalog does not list (PRODUCT §6: such an id gives a warning and is skipped).
 * The gateway names them once at start, so a typo or a retired model is seen before the first request is routed
 * past it.
 * @module
 */
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";

/** One warning per tier that names ids missing from the catalog. */
export function missingTierModelWarnings(config: SwitchyardConfig, catalog: ModelCatalog): string[] {
  const warnings: string[] = [];
  for (const [tier, tierConfig] of Object.entries(config.tiers)) {
    const missing = tierConfig.models.filter((entry): entry is string => typeof entry === "string" && catalog.get(entry) === undefined);
    if (missing.length === 0) continue;
    const left = tierConfig.models.length - missing.length;
    warnings.push(`tiers.${tier}: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not in the catalog (${catalog.size} models) and will be skipped; ${left === 0 ? "the tier has no other model, so its requests widen or fail with no_route" : `${left} other ${left === 1 ? "entry remains" : "entries remain"}`}.`);
  }
  return warnings;
}
