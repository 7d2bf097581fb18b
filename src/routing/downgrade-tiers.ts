/**
 * Where `on_exceed: downgrade` may send a request. Free models are excluded unless allowed (PRODUCT §1.3), and a
 * downgrade is the gateway's choice, not the caller's: so it never steps into a tier of free models (the built-in
 * `free` tier, heavily rate-limited upstream) unless `routing.include_free` allows free models everywhere. A caller
 * can still name such a tier (`switchyard/tier/free`).
 * @module
 */
import type { SwitchyardConfig, TierConfig } from "../config/config-schema.js";

/** True for a tier made to serve free models: `include_free`, the `:free` variant, or nothing but `:free` ids. */
export function servesFreeModels(tier: TierConfig): boolean {
  if (tier.include_free === true || tier.variant === "free") return true;
  return tier.models.every((model) => (typeof model === "string" ? model.endsWith(":free") : model.cheapest.include_free));
}

/** The tiers a budget downgrade may step into, in ladder order (cheapest first). */
export function downgradeTiers(config: Pick<SwitchyardConfig, "tiers" | "routing">): string[] {
  const tiers = Object.entries(config.tiers);
  if (config.routing.include_free) return tiers.map(([name]) => name);
  return tiers.filter(([, tier]) => !servesFreeModels(tier)).map(([name]) => name);
}
