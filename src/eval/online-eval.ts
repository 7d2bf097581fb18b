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
 * @module
 */
import type { ConversationClassifier } from "../classifier/classifier.js";
import { DEFAULT_MIN_RANK_Z, DEFAULT_MIN_Z, fitAdapter, gateRefusal, type DeploymentAdapter, type FitAdapterResult, type FitAdapterOptions } from "../learning/adapter.js";
import type { Validation } from "../learning/adapter-validation.js";
import { applyAdapter, predictRewards } from "../learning/apply-adapter.js";
import { seededPermutation } from "../learning/arm-model.js";
import { banditAdapter, chooseArm, createBanditState, updateBandit, type BanditConfig } from "../learning/bandit.js";
import type { OutcomeExample } from "../learning/outcome.js";
import { DEFAULT_POOLED_MIN_EXPLORED, DEFAULT_POOLED_REFITS, initialRoutingState, nextRouting, type RefitResult, type RoutingRule } from "../learning/routing-rule.js";
import { extractRoutingFeatures, type RoutingFeatures } from "../learning/routing-features.js";
import { rankingTermsOf } from "../learning/ranking-gate.js";
import { DEFAULT_SEQUENTIAL_RULE, initialSequentialState, nextLatch, type SequentialReading, type SequentialRule } from "../learning/sequential-rule.js";
import { evaluateLadder } from "./cost-quality.js";
import { BandStart, DEFAULT_BAND_START, type BandStartRule } from "./band-start.js";
import { refitNote } from "./refit-note.js";
import type { OutcomeStream } from "./online-stream.js";
import { computeRoutingMetrics } from "./routing-metrics.js";

/** How the simulated deployment learns. */
export interface OnlineOptions {
  seed: number;
  /** `batch`: refit the adapter every `retrainEvery` outcomes; `bandit`: update online per outcome. */
  learner: "batch" | "bandit";
  retrainEvery: number;
  /** Most share of traffic that may explore (default 0.05). */
  maxExplore: number;
  /** Share of the stream scored at the end (default 0.3). */
  finalShare: number;
  minOutcomes: number;
  /** Hash of the shipped weights (recorded in adapters). */
  base: string;
  /** Points of the learning curve (default 10). */
  windows: number;
  numResults: number;
  /** Adapter fitting overrides (dev-stream tuning). */
  fit?: Partial<FitAdapterOptions>;
  /**
   * Batch learner: consecutive refits that must pass the gate before an adapter starts routing (default 3). Once
   * routing, the latch (`sequential`) keeps it; without the latch each refit must pass again, or the pooled rule
   * hold, or the static router is back (and the count starts over).
   */
  passesToStart?: number;
  /**
   * Batch learner: refits whose mean ranking z may start or keep an adapter routing (default 3; 0: the consecutive
   * rule alone), and the explored outcomes the newest validation must hold before that mean counts (default 100).
   * See `routing-rule.ts`.
   */
  pooledRefits?: number;
  pooledMinExplored?: number;
  /**
   * Batch learner: keep a started adapter routing until the outcomes scored since it started show harm (the tenth
   * pass's latch, `sequential-rule.ts`), and let the whole stream's evidence start one on a refit that predicts better
   * (the eleventh pass); default `DEFAULT_SEQUENTIAL_RULE`, `TENTH_PASS_SEQUENTIAL_RULE` without the evidence start;
   * `false`: the refit gate alone decides every refit, as before the tenth pass.
   */
  sequential?: SequentialRule | false;
  /**
   * Two-model streams: while no adapter routes, the threshold-band evidence of greedy outcomes (`band-start.ts`, issue
   * 10's fourteenth pass) may also start the newest fit (default `DEFAULT_BAND_START`; `false`: off, as before it).
   */
  bandStart?: BandStartRule | false;
  /** Diagnostic observer of every batch refit: the gate's measurements, whether it passed, whether the adapter routes. */
  onRefit?: (refit: RefitTrace) => void;
  /** Observer of every outcome handed to the learner (the leak test checks only served arms are revealed). */
  onReveal?: (example: OutcomeExample, position: number) => void;
  /** Diagnostic only (not a CLI flag): reveal every arm's outcome, the full-information upper bound. */
  revealAll?: boolean;
  /**
   * Diagnostic only (not a CLI flag): serve every prompt as the static router would, even while the gate lets an
   * adapter route (`adapterActive` still says when it would have). Separates what the gate's own path selects from
   * what the adapter's routing changes (docs/routing-quality.md, seventh pass).
   */
  placebo?: boolean;
  onProgress?: (message: string) => void;
}

/** One batch refit as `onRefit` sees it. */
export interface RefitTrace {
  outcomes: number;
  passed: boolean;
  routing: boolean;
  validation?: Validation;
  sequential?: SequentialReading;
  /** The band evidence's e-value log and its placebo's z (two-model streams with `bandStart`). */
  band?: { logE: number; placeboZ: number };
}

/** Consecutive passing refits before a batch adapter routes (chosen on development streams). */
export const DEFAULT_PASSES_TO_START = 3;

export const DEFAULT_ONLINE_OPTIONS: Omit<OnlineOptions, "base" | "seed"> = {
  learner: "batch",
  retrainEvery: 100,
  maxExplore: 0.05,
  finalShare: 0.3,
  minOutcomes: 200,
  windows: 10,
  numResults: 10,
};

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

/** The batch learner's refit: the gate builds every adapter that predicts better, and the routing rule decides. */
function batchRefitter(stream: OutcomeStream, options: OnlineOptions): (examples: readonly OutcomeExample[], routing: boolean) => DeploymentAdapter | undefined {
  const bar = options.fit?.minRankZ ?? DEFAULT_MIN_RANK_Z;
  const rule: RoutingRule = {
    passesToStart: options.passesToStart ?? DEFAULT_PASSES_TO_START,
    pooledRefits: options.pooledRefits ?? DEFAULT_POOLED_REFITS,
    pooledMinExplored: options.pooledMinExplored ?? DEFAULT_POOLED_MIN_EXPLORED,
    minRankZ: bar,
  };
  const latchRule = options.sequential === undefined ? DEFAULT_SEQUENTIAL_RULE : options.sequential;
  let state = initialRoutingState();
  let latch = initialSequentialState();
  let candidate: DeploymentAdapter | undefined;
  let scorer: DeploymentAdapter | undefined;
  let scored = 0;
  let lastNote = "";
  const bandRule = options.bandStart ?? DEFAULT_BAND_START;
  const band = bandRule && stream.arms.length === 2 ? new BandStart(bandRule) : undefined;
  return (examples, routing) => {
    // Outcomes since the last refit, scored by the fit of that refit (fitted only on outcomes before them).
    const terms = scorer ? candidateTerms(scorer, examples.slice(scored)) : [];
    if (band && scorer && !routing) band.score(scorer, examples.slice(scored));
    scored = examples.length;
    const { fitted, unchecked } = refitOnce(examples, stream, options);
    const validation = "adapter" in fitted ? fitted.adapter.validation : fitted.validation;
    const refit: RefitResult = { predicts: "adapter" in fitted, rankZ: validation?.rank_z ?? -Infinity, explored: validation?.explored ?? 0 };
    const next = nextRouting(state, refit, routing, rule);
    state = next.state;
    if ("adapter" in fitted) candidate = fitted.adapter;
    let route = next.route;
    let reading: SequentialReading | undefined;
    if (latchRule) {
      const wasLatched = latch.latched;
      const latched = nextLatch(latch, terms, next.route, latchRule, refit.predicts);
      latch = latched.state;
      route = latched.route;
      reading = latched.reading;
      if (wasLatched && !latch.latched) band?.reset();
      if (band && !route && unchecked && band.tryStart(latch.sinceStop.sum)) {
        latch = { ...latch, latched: true };
        route = true;
        options.onProgress?.(`after ${examples.length} outcomes: band start (e-value log ${band.logE().toFixed(2)}, placebo z ${band.placeboZ().toFixed(2)})`);
      }
    }
    // The gate routes only on a refit that predicts better, so `candidate` is then this refit's adapter; the latch
    // keeps the newest one that did. A band start routes with the newest fit.
    const adapter = route ? (band?.started === true ? (unchecked ?? candidate) : candidate) : undefined;
    // The next block is scored by the adapter that routes it, or while none routes by the newest fit (every fit with
    // `scoreEveryFit`, else the newest that predicts better).
    scorer = adapter ?? (latchRule && latchRule.scoreEveryFit === true ? (unchecked ?? scorer) : candidate);
    options.onRefit?.({ outcomes: examples.length, passed: refit.predicts && refit.rankZ >= bar, routing: adapter !== undefined, validation, ...(reading ? { sequential: reading } : {}), ...(band ? { band: { logE: band.logE(), placeboZ: band.placeboZ() } } : {}) });
    const note = refitNote(fitted, adapter !== undefined, bar, options.fit?.minZ, route && !next.route ? (routing ? "latch" : "evidence") : undefined);
    if (note !== lastNote) options.onProgress?.(`after ${examples.length} outcomes: ${note}`);
    lastNote = note;
    return adapter;
  };
}

/**
 * One refit: the gate's verdict (`fitted`, refused unless the fit predicts outcomes better; the ranking bar is the
 * routing rule's to apply) and the fit itself whatever the log-loss check said (`unchecked`, to score the evidence).
 */
function refitOnce(examples: readonly OutcomeExample[], stream: OutcomeStream, options: OnlineOptions): { fitted: FitAdapterResult; unchecked?: DeploymentAdapter } {
  const fit = fitAdapter(examples, { seed: options.seed, base: options.base, minOutcomes: options.minOutcomes, arms: stream.arms, ...options.fit, minRankZ: -Infinity, minZ: -Infinity });
  if (!("adapter" in fit)) return { fitted: fit };
  const v = fit.adapter.validation;
  const minZ = options.fit?.minZ ?? DEFAULT_MIN_Z;
  return { fitted: v.z >= minZ ? fit : { refused: gateRefusal(v, minZ, -Infinity), validation: v }, unchecked: fit.adapter };
}

/** The ranking check's doubly robust terms of a block of outcomes under one candidate adapter. */
function candidateTerms(candidate: DeploymentAdapter, block: readonly OutcomeExample[]): number[] {
  const bottom = candidate.arms[0] ?? "";
  const top = candidate.arms[candidate.arms.length - 1] ?? "";
  const predicted = block.map((e) => {
    const rewards = predictRewards(candidate, e.features);
    return { bottom: rewards[bottom] ?? 0, top: rewards[top] ?? 0 };
  });
  return rankingTermsOf(block, predicted, candidate.arms);
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
