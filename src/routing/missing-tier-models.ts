/**
 * The explicit tier model ids a catalog does not list (PRODUCT §6: such an id gives a warning and is skipped).
 * The gateway names them once at start, and `config check` names them too, so a typo or a retired model is seen
 * before the first request is routed past it. A typo of a listed id is named with the id it was probably meant to be.
 * @module
 */
import { closestName } from "../core/closest-name.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";

/** One warning per tier that names ids missing from the catalog. */
export function missingTierModelWarnings(config: SwitchyardConfig, catalog: ModelCatalog): string[] {
  const warnings: string[] = [];
  const ids = catalog.list().map((model) => model.id);
  for (const [tier, tierConfig] of Object.entries(config.tiers)) {
    const missing = tierConfig.models.filter((entry): entry is string => typeof entry === "string" && catalog.get(entry) === undefined);
    if (missing.length === 0) continue;
    const left = tierConfig.models.length - missing.length;
    const named = missing.map((id) => id + likelyMeant(id, ids)).join(", ");
    warnings.push(`tiers.${tier}: ${named} ${missing.length === 1 ? "is" : "are"} not in the catalog (${catalog.size} models) and will be skipped; ${left === 0 ? "the tier has no other model, so its requests widen or fail with no_route" : `${left} other ${left === 1 ? "entry remains" : "entries remain"}`}.`);
  }
  return warnings;
}

/** ` (did you mean "x"?)` when the id is a few letters off a listed one (a variant suffix is compared without it). */
function likelyMeant(id: string, ids: readonly string[]): string {
  const guess = closestName(id.replace(/:[a-z]+$/, ""), ids, 1 / 8);
  return guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`;
}
