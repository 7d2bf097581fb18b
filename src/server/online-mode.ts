/**
 * Wires online mode (`routing.online`) into the gateway: the learner in front of the default router, the
 * decision log tapped for outcomes, and a timer that applies the shared outcome feed.
 * @module
 */
import type { Logger } from "pino";
import { DIFFICULTIES } from "../classifier/classifier.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { DecisionLogStore } from "../log/decision-log-store.js";
import { shippedBaseHash } from "../routing/adapter/load-router-learning.js";
import type { RouterLearning } from "../routing/adapter/routing-adapter.js";
import { repeatedWarning } from "./repeated-warning.js";
import { createMemoryOutcomeFeed, type OutcomeFeed } from "../routing/online/outcome-feed.js";
import { createOnlineLearning, type OnlineLearning } from "../routing/online/online-learning.js";
import { tapOutcomes } from "../routing/online/tap-outcomes.js";
import { hasOwnKey } from "../core/own-property.js";

/** Online mode as the server holds it. */
export interface OnlineMode {
  learner: OnlineLearning;
  /** The decision log, reporting outcomes to the learner. */
  decisions: DecisionLogStore;
  /** The learning hooks with the learner as the default router (and `base` behind it). */
  wrap(learning: RouterLearning): RouterLearning;
  stop(): void;
}

/** Starts online mode when config enables it; undefined otherwise. */
export async function startOnlineMode(options: {
  config: SwitchyardConfig;
  decisions: DecisionLogStore;
  feed: OutcomeFeed | undefined;
  logger: Logger;
}): Promise<OnlineMode | undefined> {
  const { config, logger } = options;
  const online = config.routing.online;
  if (!online.enabled) return undefined;
  const arms = DIFFICULTIES.filter((tier) => hasOwnKey(config.tiers, tier));
  const learner = createOnlineLearning({
    arms,
    settings: { maxExploreShare: online.max_explore_share, minOutcomes: online.min_outcomes, seed: online.seed },
    feed: options.feed ?? createMemoryOutcomeFeed(),
    baseHash: await shippedBaseHash(),
  });
  const warn = (error: unknown): void => logger.warn({ err: error }, "online mode could not share an outcome; it is skipped");
  const decisions = tapOutcomes(options.decisions, Object.keys(config.tiers), arms, (example) => void learner.observe(example).catch(warn));
  // Synced every sync_ms: while the feed's Redis is down, one warning a minute rather than one per sync.
  const syncFailed = repeatedWarning<{ err: unknown }>((fields) => logger.warn(fields, "online mode could not read the outcome feed"), () => Date.now());
  // A feed entry that is not an outcome (another version's, or another writer's) is skipped, and said so.
  const skippedEntries = repeatedWarning<{ skipped: number }>((fields) => logger.warn(fields, "online mode skipped outcome feed entries that are not valid outcomes"), () => Date.now());
  let skippedSeen = 0;
  const sync = async (): Promise<void> => {
    await learner.sync();
    const { skipped } = learner.stats();
    if (skipped > skippedSeen) skippedEntries({ skipped });
    skippedSeen = skipped;
  };
  const timer = setInterval(() => void sync().catch((error: unknown) => syncFailed({ err: error })), online.sync_ms);
  timer.unref();
  return {
    learner,
    decisions,
    wrap(learning) {
      learner.setBase(learning.adapter);
      return { ...learning, adapter: learner.adapter };
    },
    stop: () => clearInterval(timer),
  };
}
