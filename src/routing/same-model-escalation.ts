/**
 * A quality retry goes "once, at the next tier up" (PRODUCT §2). When that tier starts with the model that already
 * answered, the retry asks the same model the same question and is charged twice: configuration.md's own example,
 * `cheap: [openai/gpt-5-nano]`, sits just below `budget`, which starts with openai/gpt-5-nano. The gateway names such
 * pairs at start and `config check` names them too, so the tier is fixed before the first failed answer pays twice.
 * @module
 */
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { firstRoutedModel, tierLadder } from "./tier-ladder.js";

/** One warning per tier whose next tier up on the ladder starts with the same model. */
export function sameModelEscalationWarnings(config: SwitchyardConfig, catalog: ModelCatalog, now: number): string[] {
  const ladder = tierLadder(config, catalog, now);
  const warnings: string[] = [];
  for (const [index, tier] of ladder.entries()) {
    const higher = ladder[index + 1];
    const model = higher === undefined ? undefined : firstRoutedModel(config, catalog, tier, now);
    if (higher === undefined || model === undefined || firstRoutedModel(config, catalog, higher, now)?.id !== model.id) continue;
    // A free model costs nothing twice: the retry is still wasted, not charged.
    const charged = model.isFree ? "" : " and is charged twice";
    warnings.push(
      `tiers.${tier}: an answer from ${tier} that fails a quality check is retried once on ${higher}, the next tier up, but ${higher} starts with ${model.id} too, so the retry asks the same model again${charged}. Give one of the two tiers another first model.`,
    );
  }
  return warnings;
}
