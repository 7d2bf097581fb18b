/**
 * `switchyard eval <dataset> --online`: a simulated deployment. Prompts arrive in a seeded order; each is
 * routed by the current router (the shipped one until an adapter has earned its place) and served by one
 * arm, chosen at fixed traffic shares by the router's score; only that arm's outcome is revealed. The
 * learner is either the batch adapter (refit every `retrainEvery` outcomes, `fitAdapter`) or the online
 * bandit (`updateBandit` per outcome). Exploration (capped) comes from the bandit in both modes.
 *
 * Every prompt's adapted score is the one the router used when the prompt arrived (nothing is re-scored
 * with hindsight). The final `finalShare` of the stream is scored twice with the dataset's own metric:
 * static (the shipped router) and adapted, on the same prompts. Each run starts fresh; nothing persists.
 * The options are in `online-options.ts`, the batch learner's refit in `online-batch-refitter.ts`.
 * @module
 */
import type { ConversationClassifier } from "../classifier/classifier.js";
import type { DeploymentAdapter } from "../learning/adapter.js";
import { applyAdapter } from "../learning/apply-adapter.js";
import { seededPermutation } from "../learning/arm-model.js";
import { banditAdapter, chooseArm, createBanditState, updateBandit, type BanditConfig } from "../learning/bandit.js";
import type { OutcomeExample } from "../learning/outcome.js";
import { extractRoutingFeatures, type RoutingFeatures } from "../learning/routing-features.js";
import { evaluateLadder } from "./cost-quality.js";
import { batchRefitter } from "./online-batch-refitter.js";
import type { OnlineOptions } from "./online-options.js";
import type { OutcomeStream } from "./online-stream.js";
import { computeRoutingMetrics } from "./routing-metrics.js";

export { DEFAULT_ONLINE_OPTIONS, DEFAULT_PASSES_TO_START, type OnlineOptions, type RefitTrace } from "./online-options.js";

/** One routed prompt of the simulation. */
export interface OnlineStep {
  item: number;
  staticScore: number;
  adaptedScore: number;
  adapterActive: boolean;
  arm: number;
  greedyArm: number;
  /** The arm the shipped router would have served at the same traffic shares. */
  staticArm: number;
  explored: boolean;
}

/** A window of recent scores and the arm a score falls into at equal traffic shares. */
class ShareRouter {
  private readonly recent: number[] = [];
  constructor(private readonly arms: number) {}
  arm(score: number): number {
    const below = this.recent.filter((s) => s < score).length;
    const ties = this.recent.filter((s) => s === score).length;
    const percentile = this.recent.length === 0 ? 0.5 : (below + ties / 2) / this.recent.length;
    this.recent.push(score);
    if (this.recent.length > 400) this.recent.shift();
    return Math.min(this.arms - 1, Math.floor(percentile * this.arms));
  }
}

interface Learner {
  current(): DeploymentAdapter | undefined;
  learn(example: OutcomeExample): void;
  choose(greedy: string): { arm: string; explored: boolean; propensity: number };
}

function createLearner(stream: OutcomeStream, options: OnlineOptions): Learner {
  const config: BanditConfig = { arms: stream.arms, maxExploreShare: options.maxExplore, minOutcomes: options.minOutcomes };
  const bandit = createBanditState(config, options.seed ^ 0x5eed);
  const refit = batchRefitter(stream, options);
  const examples: OutcomeExample[] = [];
  let adapter: DeploymentAdapter | undefined;
  return {
    current: () => adapter,
    choose: (greedy) => chooseArm(bandit, config, greedy),
    learn: (example) => {
      examples.push(example);
      if (options.learner === "bandit") updateBandit(bandit, config, example);
      if (examples.length % options.retrainEvery !== 0) return;
      // A batch adapter routes only while the routing rule says so (ADR 0009): refits 100 outcomes apart validate on
      // nearly the same outcomes, so a z hovering at the bar crosses it now and then by chance; a real gain keeps
      // passing, or keeps the pooled mean above the bar once the validation holds enough explored outcomes.
      adapter = options.learner === "bandit" ? banditAdapter(bandit, config, options.base) : refit(examples, adapter !== undefined);
    },
  };
}

/** Runs the simulated deployment and returns every step (stream order). */
export function simulateDeployment(stream: OutcomeStream, classifier: ConversationClassifier, options: OnlineOptions): OnlineStep[] {
  const order = seededPermutation(stream.items.length, options.seed);
  const learner = createLearner(stream, options);
  const staticShares = new ShareRouter(stream.arms.length);
  const adaptedShares = new ShareRouter(stream.arms.length);
  const steps: OnlineStep[] = [];
  const progressEvery = Math.max(1, Math.floor(order.length / 10));
  order.forEach((index, position) => {
    const item = stream.items[index];
    if (!item) return;
    const classification = classifier.classify(item.messages);
    const features: RoutingFeatures = extractRoutingFeatures(item.messages, classification);
    const adapter = learner.current();
    const adaptedScore = applyAdapter(adapter, classification, features).strongProbability;
    const staticArm = staticShares.arm(classification.strongProbability);
    const greedyArm = adaptedShares.arm(options.placebo ? classification.strongProbability : adaptedScore);
    const choice = learner.choose(stream.arms[greedyArm] ?? "");
    const arm = Math.max(0, stream.arms.indexOf(choice.arm));
    const revealed = options.revealAll ? stream.arms.map((_, a) => a) : [arm];
    for (const a of revealed) {
      const propensity = options.revealAll ? 1 : choice.propensity;
      const example: OutcomeExample = { features, tier: stream.arms[a] ?? "", model: stream.arms[a] ?? "", reward: item.rewards[a] ?? 0, weight: 1, costUsd: stream.prices[a] ?? 0, propensity };
      options.onReveal?.(example, position);
      learner.learn(example);
    }
    steps.push({ item: index, staticScore: classification.strongProbability, adaptedScore, adapterActive: adapter !== undefined, arm, greedyArm, staticArm, explored: choice.explored });
    if ((position + 1) % progressEvery === 0) options.onProgress?.(`${position + 1}/${order.length} prompts streamed${adapter ? " (adapter active)" : ""}`);
  });
  return steps;
}

/** The dataset's own metric for a set of steps under one score: APGR and CPT(50%), or cost share at 95%. */
export function sliceMetrics(stream: OutcomeStream, steps: readonly OnlineStep[], score: (s: OnlineStep) => number, numResults: number): Record<string, number | null> {
  if (stream.kind === "routellm") {
    const outcomes = steps.flatMap((s) => {
      const source = stream.items[s.item]?.source;
      return source?.kind === "paired" ? [{ routerScore: score(s), strongScore: source.item.strongScore, weakScore: source.item.weakScore }] : [];
    });
    const m = computeRoutingMetrics(outcomes, numResults);
    return { apgr: round(m.apgr), cpt_50: round(m.cpt_50), cpt_80: round(m.cpt_80) };
  }
  const items = steps.flatMap((s) => {
    const source = stream.items[s.item]?.source;
    return source?.kind === "ladder" ? [source.item] : [];
  });
  const result = evaluateLadder(items, steps.map(score), stream.ladder);
  const point = result.cheapest_at_95;
  return {
    cost_share_at_95: point ? round(point.cost / result.best_model.cost) : null,
    score_at_95: point ? round(point.score) : null,
    best_model_score: round(result.best_model.score),
  };
}

function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(4)) : value;
}
