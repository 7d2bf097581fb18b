/**
 * Online mode: a contextual ε-greedy bandit over tiers, with a hard exploration cap.
 *
 * - The greedy arm is the router's own choice (the shipped router, or the adapter once it has earned its
 *   place). With probability `maxExploreShare` — and never once the explored share would exceed it — the
 *   bandit serves a uniformly drawn *other* tier instead. Every decision says whether it explored and the
 *   probability of the arm it served (for off-policy evaluation).
 * - Every revealed outcome updates per-arm reward models online (the same models as the batch adapter,
 *   `arm-model.ts`). Before each update the bandit scores the outcome with both its models and a
 *   shipped-score-only baseline (prequential log loss); `banditAdapter` hands out an adapter only while that
 *   running comparison shows a win at z ≥ `minZ` and the ranking check (`ranking-gate.ts`) over the last 512
 *   outcomes passes (z ≥ `minRankZ`); otherwise the static router stays.
 *
 * State is plain JSON (numbers and arrays): the gateway can keep it in memory or in Redis. The functions
 * are pure computations without I/O or clock; `chooseArm` and `updateBandit` update the state in place and
 * return it, so callers sharing it must serialise access (the gateway wraps them in a lock or a Lua script).
 * @module
 */
import {
  correctShared,
  DEFAULT_ARM_TRAINING,
  logLoss,
  mapFeatures,
  newArmWeights,
  nextRandom,
  predictArm,
  predictShared,
  updateArm,
  updateShared,
  type ArmTraining,
  type ArmWeights,
  type MappedFeatures,
} from "./arm-model.js";
import { ADAPTER_FORMAT, quantileKnots, type DeploymentAdapter } from "./adapter.js";
import type { OutcomeExample } from "./outcome.js";
import { rankingCheckOf, type RankedOutcome } from "./ranking-gate.js";
import type { RoutingFeatures } from "./routing-features.js";

/** Bandit settings (config `routing.online`). */
export interface BanditConfig {
  /** Arms, cheapest first. */
  arms: readonly string[];
  /** Most share of decisions that may explore (0..1; default 0.05). */
  maxExploreShare: number;
  dim?: number;
  training?: ArmTraining;
  /** Prequential z the adapter needs before it is used (default 2). */
  minZ?: number;
  /** Ranking-check z over the recent outcomes the adapter needs (default 2; see `ranking-gate.ts`). */
  minRankZ?: number;
  /** Outcomes needed before the adapter can be used (default 200). */
  minOutcomes?: number;
}

const RING = 512;

/** The bandit's serialisable state. */
export interface BanditState {
  v: 1;
  arms: string[];
  dim: number;
  /** Shared term and per-arm terms (see `arm-model.ts`, `updateShared`). */
  common: ArmWeights;
  models: Record<string, ArmWeights>;
  baseline: Record<string, ArmWeights>;
  decisions: number;
  explored: number;
  outcomes: number;
  rng: number;
  /** Prequential log-loss difference (baseline − adapted): count, sum, sum of squares. */
  gate: { n: number; sum: number; sumSq: number };
  /** Recent predicted gains and shipped strong-need probabilities (for the quantile mapping). */
  recent_gains: number[];
  recent_static: number[];
  /** Recent shipped difficulty cut estimate inputs: [strong_probability, difficulty rank]. */
  recent_difficulty: [number, number][];
  /** Recent outcomes with the predictions made before learning from them (for the ranking check). */
  recent_outcomes: RankedOutcome[];
}

/** One decision of the bandit. */
export interface BanditChoice {
  arm: string;
  explored: boolean;
  /** Probability that this arm was served given the greedy arm. */
  propensity: number;
}

/** A fresh state. */
export function createBanditState(config: BanditConfig, seed: number): BanditState {
  const dim = config.dim ?? 1024;
  return {
    v: 1,
    arms: [...config.arms],
    dim,
    common: newArmWeights(dim),
    models: Object.fromEntries(config.arms.map((a) => [a, newArmWeights(dim)])),
    baseline: Object.fromEntries(config.arms.map((a) => [a, newArmWeights(2)])),
    decisions: 0,
    explored: 0,
    outcomes: 0,
    rng: seed >>> 0,
    gate: { n: 0, sum: 0, sumSq: 0 },
    recent_gains: [],
    recent_static: [],
    recent_difficulty: [],
    recent_outcomes: [],
  };
}

function draw(state: BanditState): number {
  const next = nextRandom(state.rng);
  state.rng = next.state;
  return next.value;
}

/**
 * Picks the arm to serve: the greedy arm, or (capped) a uniformly drawn other arm. Once the cap binds, the
 * decision cannot explore and its recorded propensity is 1 (the gate's off-policy check divides by it).
 */
export function chooseArm(state: BanditState, config: BanditConfig, greedyArm: string): BanditChoice {
  const cap = Math.max(0, Math.min(1, config.maxExploreShare));
  const others = state.arms.filter((a) => a !== greedyArm);
  const roll = draw(state);
  state.decisions++;
  const withinCap = state.explored + 1 <= cap * state.decisions;
  const exploreProbability = others.length > 0 && withinCap ? cap : 0;
  if (roll < exploreProbability) {
    state.explored++;
    const arm = others[Math.min(others.length - 1, Math.floor(draw(state) * others.length))] as string;
    return { arm, explored: true, propensity: exploreProbability / others.length };
  }
  return { arm: greedyArm, explored: false, propensity: 1 - exploreProbability };
}

const baselineOf = (x: MappedFeatures): MappedFeatures => ({ slots: x.slots.slice(0, 2), values: x.values.slice(0, 2) });

function push<T>(ring: T[], value: T): void {
  ring.push(value);
  if (ring.length > RING) ring.shift();
}

/** Predicted gain (most expensive arm over the cheapest) under the bandit's current models. */
export function banditGain(state: BanditState, features: RoutingFeatures): number {
  const x = mapFeatures(features, state.dim);
  const top = state.models[state.arms[state.arms.length - 1] ?? ""];
  const bottom = state.models[state.arms[0] ?? ""];
  return top && bottom ? predictShared(state.common, top, x) - predictShared(state.common, bottom, x) : 0;
}

/** Learns from one revealed outcome (prequential gate first, then the online update). */
export function updateBandit(state: BanditState, config: BanditConfig, example: OutcomeExample): BanditState {
  // Own entries only: a tier read from the shared feed named `constructor` or `__proto__` found an inherited value,
  // and the update threw, losing the rest of the feed's batch.
  if (!Object.hasOwn(state.models, example.tier) || !Object.hasOwn(state.baseline, example.tier)) return state;
  const arm = state.models[example.tier];
  const base = state.baseline[example.tier];
  if (!arm || !base || !(example.weight > 0)) return state;
  const x = mapFeatures(example.features, state.dim);
  const difference = logLoss(predictArm(base, baselineOf(x)), example.reward, example.weight) - logLoss(predictShared(state.common, arm, x), example.reward, example.weight);
  state.gate.n++;
  state.gate.sum += difference;
  state.gate.sumSq += difference * difference;
  const zero: ArmWeights = { w: [], g2: [] };
  const bottom = predictShared(state.common, state.models[state.arms[0] ?? ""] ?? zero, x);
  const top = predictShared(state.common, state.models[state.arms[state.arms.length - 1] ?? ""] ?? zero, x);
  const served = example.tier === state.arms[state.arms.length - 1] ? "top" : example.tier === state.arms[0] ? "bottom" : "other";
  push(state.recent_outcomes, { shipped: example.features.strong_probability, arm: served, reward: example.reward, weight: example.weight, propensity: example.propensity ?? 1, bottom, top });
  push(state.recent_gains, top - bottom);
  push(state.recent_static, example.features.strong_probability);
  push(state.recent_difficulty, [example.features.strong_probability, ["budget", "mid", "standard", "premium"].indexOf(example.features.difficulty)]);
  const training = config.training ?? DEFAULT_ARM_TRAINING;
  updateShared(state.common, example.tier === state.arms[0] ? undefined : arm, x, example.reward, example.weight, training);
  updateArm(base, baselineOf(x), example.reward, example.weight, training);
  state.outcomes++;
  return state;
}

/**
 * A corrected score for an outcome already learned (the same decision's feedback or judge grade posted again with
 * another score): the models move from `previousReward` to the example's reward, so the bandit ends near where it
 * would be had it learned the latest score only, as `train --from-log` does. The gate's running comparison, the
 * recent-outcome windows and the outcome count keep the first score: a correction is not another outcome.
 */
export function correctBandit(state: BanditState, config: BanditConfig, example: OutcomeExample, previousReward: number): BanditState {
  if (!Object.hasOwn(state.models, example.tier) || !Object.hasOwn(state.baseline, example.tier)) return state;
  const arm = state.models[example.tier];
  const base = state.baseline[example.tier];
  if (!arm || !base || !(example.weight > 0)) return state;
  const x = mapFeatures(example.features, state.dim);
  const change = { previousReward, reward: example.reward, weight: example.weight };
  const training = config.training ?? DEFAULT_ARM_TRAINING;
  correctShared(state.common, example.tier === state.arms[0] ? undefined : arm, x, change, training);
  correctShared(base, undefined, baselineOf(x), change, training);
  return state;
}

/** The running gate's z (positive: the adapted models predict outcomes better than the shipped score). */
export function gateZ(state: BanditState): number {
  const { n, sum, sumSq } = state.gate;
  if (n < 2) return 0;
  const mean = sum / n;
  const variance = (sumSq - n * mean * mean) / (n - 1);
  return variance > 0 ? mean / Math.sqrt(variance / n) : 0;
}

/** The adapter the bandit's models amount to, or undefined while they have not beaten the static router. */
export function banditAdapter(state: BanditState, config: BanditConfig, base: string): DeploymentAdapter | undefined {
  if (state.outcomes < (config.minOutcomes ?? 200) || gateZ(state) < (config.minZ ?? 2)) return undefined;
  const ranking = rankingCheckOf(state.recent_outcomes);
  if (ranking.z < (config.minRankZ ?? 2)) return undefined;
  const sparse = (weights: ArmWeights): [number, number][] => weights.w.flatMap((v, slot): [number, number][] => (Math.abs(v) > 1e-6 ? [[slot, v]] : []));
  const models: Record<string, [number, number][]> = {};
  for (const [name, weights] of Object.entries(state.models)) models[name] = sparse(weights);
  const cuts = [1, 2, 3].map((rank) => {
    const above = state.recent_difficulty.filter(([, r]) => r >= rank).map(([p]) => p);
    return above.length > 0 ? Math.min(...above) : rank / 4;
  }) as [number, number, number];
  const n = state.gate.n;
  return {
    format: ADAPTER_FORMAT,
    base_hash: base,
    seed: 0,
    arms: [...state.arms],
    dim: state.dim,
    common: sparse(state.common),
    models,
    gain_quantiles: quantileKnots(state.recent_gains),
    static_quantiles: quantileKnots(state.recent_static),
    difficulty_cuts: cuts,
    trained_on: { outcomes: state.outcomes, per_arm: {} },
    validation: { holdout: n, loss_static: 0, loss_adapted: 0, z: Number(gateZ(state).toFixed(4)), rank_difference: ranking.difference, rank_z: ranking.z },
  };
}
