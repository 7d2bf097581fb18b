/**
 * The sampled judge of `learning.judge` as the gateway starts it: its own spend guard on the shared ledger, with
 * the judge's budget added to the configured ones.
 * @module
 */
import type { Logger } from "pino";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import type { DecisionLogStore } from "../log/decision-log-store.js";
import { enforceProviders } from "../routing/policy/enforce-providers.js";
import { createSampledJudge, judgeBudget, type SampledJudge } from "../routing/judge/sampled-judge.js";
import { tierLadder } from "../routing/tier-ladder.js";
import type { openStorage } from "../storage/open-storage.js";
import type { UpstreamClient } from "../upstream/upstream-client.js";

/** The sampled judge of `learning.judge`, spending under its own budget on the shared ledger (global budgets count it too). */
export function createJudge(options: {
  config: SwitchyardConfig;
  storage: Awaited<ReturnType<typeof openStorage>>;
  clock: Clock;
  upstream: UpstreamClient;
  decisions: DecisionLogStore;
  catalog: () => ModelCatalog;
  logger: Logger;
}): SampledJudge | undefined {
  const { config, storage, clock, logger } = options;
  const judgeConfig = config.learning.judge;
  if (!judgeConfig) return undefined;
  const spendGuard = createSpendGuard({ ledger: storage.ledger, budgets: [...config.budgets, judgeBudget(judgeConfig)], clock, keys: storage.keys });
  return createSampledJudge({
    config: judgeConfig,
    tiers: ladderOf(config, options.catalog, clock),
    upstream: options.upstream,
    catalog: options.catalog,
    spendGuard,
    decisions: options.decisions,
    timeoutMs: config.upstream.timeouts.total_ms,
    ...judgeProvider(config),
    onError: (error) => logger.warn({ err: error }, "sampled judge failed; the answer stays ungraded"),
  });
}

/**
 * The routers' ladder (tiers of your own placed by price), so the default "all but the top" grades the cheaper
 * tiers; worked out again only when the catalog is refreshed, as the routers are rebuilt then.
 */
function ladderOf(config: SwitchyardConfig, catalog: () => ModelCatalog, clock: Clock): () => readonly string[] {
  let last: { catalog: ModelCatalog; ladder: readonly string[] } | undefined;
  return () => {
    const current = catalog();
    if (last?.catalog !== current) last = { catalog: current, ladder: tierLadder(config, current, clock.now()) };
    return last.ladder;
  };
}

/** Under `provider_policy: enforce` the judge's calls keep to the provider lists too: it sends conversations upstream. */
function judgeProvider(config: SwitchyardConfig): { provider?: Record<string, unknown> } {
  if (config.routing.provider_policy !== "enforce") return {};
  const { provider } = enforceProviders(config.routing, undefined);
  return provider ? { provider } : {};
}
