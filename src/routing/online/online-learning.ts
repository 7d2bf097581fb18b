/**
 * Online mode (`routing.online`): the contextual bandit of `src/learning/bandit.ts` in front of the default
 * router. For each auto decision the greedy tier is the bandit's adapter once it has beaten the static router
 * (else the default router: a promoted adapter, `routing.weights`, or the shipped rule); with probability
 * `max_explore_share`, and never above that share of this instance's decisions, another tier is served instead
 * and the decision says `explored`. Outcomes (the same signals as `train --from-log`) go to a shared feed; every
 * instance replays the feed in order (`sync`), so instances learn from all outcomes. State updates happen on one
 * thread per instance, between requests, so they never race.
 * @module
 */
import { banditAdapter, chooseArm, correctBandit, createBanditState, parseOutcomeExample, updateBandit, type BanditConfig, type BanditState, type OutcomeExample } from "../../learning/index.js";
import { routingAdapter } from "../adapter/load-router-learning.js";
import type { AdapterTierInput, RoutingAdapter } from "../adapter/routing-adapter.js";
import { createAppliedSignals } from "./applied-signals.js";
import type { OutcomeFeed } from "./outcome-feed.js";

/** Online mode's settings (config `routing.online`). */
export interface OnlineSettings {
  maxExploreShare: number;
  minOutcomes: number;
  seed: number;
}

/** The online learner as the gateway uses it. */
export interface OnlineLearning {
  /** Routes auto decisions: the greedy choice, sometimes an exploration. Put it in `RouterLearning.adapter`. */
  readonly adapter: RoutingAdapter;
  /** Sets the default router the greedy choice falls back to (after a reload). */
  setBase(base: RoutingAdapter | undefined): void;
  /** Publishes an outcome to the shared feed. */
  observe(example: OutcomeExample): Promise<void>;
  /** Applies the feed's new outcomes, in order, and refreshes the bandit's adapter. */
  sync(): Promise<void>;
  /**
   * Decisions, explorations and outcomes seen by this instance's state; `corrected`: outcomes whose score was replaced
   * by a later one; `skipped`: feed entries that were not outcomes.
   */
  stats(): { decisions: number; explored: number; outcomes: number; corrected: number; skipped: number; adapterActive: boolean };
}

/** Creates the online learner over the tiers it may choose between (cheapest first). */
export function createOnlineLearning(options: { arms: readonly string[]; settings: OnlineSettings; feed: OutcomeFeed; baseHash: string; base?: RoutingAdapter }): OnlineLearning {
  const config: BanditConfig = { arms: options.arms, maxExploreShare: options.settings.maxExploreShare, minOutcomes: options.settings.minOutcomes };
  const state: BanditState = createBanditState(config, options.settings.seed);
  let base = options.base;
  let learned: RoutingAdapter | undefined;
  let syncing: Promise<void> | undefined;
  const applied = createAppliedSignals();
  let skipped = 0;
  let corrected = 0;
  // A decision's repeated feedback (or judge grade) counts once, and a changed score replaces the one learned, as
  // the log's latest score does for `train --from-log`.
  const applyOutcome = (example: OutcomeExample): void => {
    const signal = applied.apply(example);
    if (signal.kind === "first") updateBandit(state, config, example);
    else if (signal.kind === "correction") {
      correctBandit(state, config, example, signal.previousReward);
      corrected++;
    }
  };
  const greedy = (input: AdapterTierInput): string => (learned ?? base)?.chooseTier(input)?.tier ?? input.tier;
  const adapter: RoutingAdapter = {
    get id() {
      return `online(${learned ? "bandit" : (base?.id ?? "shipped")})`;
    },
    chooseTier(input) {
      const tier = greedy(input);
      if (!state.arms.includes(tier)) return { tier, reason: `Online mode keeps the ${tier} tier (not one it explores).`, explored: false, propensity: 1 };
      const choice = chooseArm(state, config, tier);
      const reason = choice.explored
        ? `Online mode explored the ${choice.arm} tier instead of ${tier} (at most ${config.maxExploreShare * 100}% of decisions explore).`
        : `Online mode picks the ${tier} tier.`;
      return { tier: choice.arm, reason, explored: choice.explored, propensity: choice.propensity };
    },
  };
  return {
    adapter,
    setBase(next) {
      base = next;
    },
    observe: (example) => options.feed.publish(example),
    sync() {
      syncing ??= (async () => {
        for (const entry of await options.feed.pull()) {
          const example = parseOutcomeExample(entry);
          if (!example) skipped++;
          else applyOutcome(example);
        }
        const fitted = banditAdapter(state, config, options.baseHash);
        learned = fitted ? routingAdapter(fitted, "bandit") : undefined;
      })().finally(() => {
        syncing = undefined;
      });
      return syncing;
    },
    stats: () => ({ decisions: state.decisions, explored: state.explored, outcomes: state.outcomes, corrected, skipped, adapterActive: learned !== undefined }),
  };
}
