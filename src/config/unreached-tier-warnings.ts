/**
 * A tier of your own that no task names is never chosen by auto routing (docs/configuration.md: it has no place on
 * the difficulty ladder), so a config with `cheap` and `smart` tiers and no `tasks:` passed `config check` as valid
 * while every auto request still went to the built-in tiers. `config check` says so, and how to reach the tier.
 * @module
 */
import type { SwitchyardConfig } from "./config-schema.js";
import { DEFAULT_TIERS } from "./default-config.js";
import { hasOwnKey } from "../core/own-property.js";

/** One warning per tier of the config's own that no task and no experiment variant names. */
export function unreachedTierWarnings(config: SwitchyardConfig): string[] {
  const named = new Set<string>([...Object.values(config.tasks), ...config.experiments.flatMap((experiment) => (experiment.variant.tier === undefined ? [] : [experiment.variant.tier]))]);
  const unreached = Object.keys(config.tiers).filter((tier) => !hasOwnKey(DEFAULT_TIERS, tier) && !named.has(tier));
  return unreached.map(
    (tier) =>
      `tiers.${tier}: no task names it, so auto routing never picks it; it is reached only as switchyard/tier/${tier}, by a quality retry from the tier below it, by a budget downgrade or by an experiment. To send auto traffic there, map a task to it (tasks: { chat: ${tier} }).`,
  );
}
