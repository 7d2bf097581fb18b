/**
 * A quality retry goes "once, at the next tier up" (PRODUCT §2). When that tier starts with the model that already
 * answered, the retry asks the same model the same question and is charged twice: configuration.md's own example,
 * `cheap: [openai/gpt-5-nano]`, sits just below `budget`, which starts with openai/gpt-5-nano. The gateway names such
 * pairs at start and `config check` names them too, so the tier is fixed before the first failed answer pays twice.
 * @module
 */
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { ownValue } from "../core/own-property.js";
import { resolveChain } from "./resolve-chain.js";
import { tierLadder } from "./tier-ladder.js";

/** One warning per tier whose next tier up on the ladder starts with the same model. */
export function sameModelEscalationWarnings(config: SwitchyardConfig, catalog: ModelCatalog, now: number): string[] {
  const ladder = tierLadder(config, catalog, now);
  const firstModel = (tier: string): string | undefined => {
    const entries = ownValue(config.tiers, tier)?.models ?? [];
    return resolveChain({ entries, catalog, filter: { includeFree: true }, now }).models[0]?.id;
  };
  const warnings: string[] = [];
  for (const [index, tier] of ladder.entries()) {
    const higher = ladder[index + 1];
    const model = firstModel(tier);
    if (higher === undefined || model === undefined || firstModel(higher) !== model) continue;
    warnings.push(
      `tiers.${tier}: an answer from ${tier} that fails a quality check is retried once on ${higher}, the next tier up, but ${higher} starts with ${model} too, so the retry asks the same model again and is charged twice. Give one of the two tiers another first model.`,
    );
  }
  return warnings;
}
