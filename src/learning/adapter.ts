/**
 * The deployment adapter: a correction ON TOP of the shipped router, fitted on the deployment's own
 * outcomes (`switchyard train --from-log`, `eval --online`).
 *
 * For each tier (arm) it fits a reward model (`arm-model.ts`: shipped strong-need logit, task, difficulty,
 * tokens, hashed word/structure slots). A conversation's adapted need is the predicted gain of the most
 * expensive arm over the cheapest. That gain is mapped onto the shipped strong-need scale by quantiles of
 * the training traffic, so the quality knob and tier shares behave as before while *which* prompts go up
 * changes. The difficulty label follows from cut points learned from the same traffic.
 *
 * The gate: forward-chained validation over the newest `holdoutShare` of the outcomes (time order), in
 * `folds` blocks, each predicted by models fitted only on the outcomes before it. Pooled over the blocks,
 * the adapter must predict better (log loss, paired z ≥ `minZ`) than a per-arm model that sees only the
 * shipped score, and rank better (doubly robust off-policy check, z ≥ `minRankZ`). If not, `fitAdapter`
 * refuses and the static router stays. Deterministic per seed. No adapter = the shipped router.
 * @module
 */
import { createHash } from "node:crypto";
import { DIFFICULTIES } from "../classifier/classifier.js";
import {
  DEFAULT_ARM_TRAINING,
  DEFAULT_DIM,
  logLoss,
  mapFeatures,
  newArmWeights,
  predictArm,
  predictShared,
  seededPermutation,
  updateArm,
  updateShared,
  type ArmTraining,
  type ArmWeights,
  type MappedFeatures,
} from "./arm-model.js";
import type { OutcomeExample } from "./outcome.js";
import { meanZ, rankingTermsOf } from "./ranking-gate.js";
import type { RoutingFeatures } from "./routing-features.js";

export const ADAPTER_FORMAT = "switchyard-adapter-v1";
const QUANTILE_KNOTS = 101;
/** The gate validates on the newest 80% of the outcomes in 8 forward-chained folds (chosen on development streams). */
export const DEFAULT_HOLDOUT_SHARE = 0.8;
export const DEFAULT_FOLDS = 8;

/** The adapter file (JSON). */
export interface DeploymentAdapter {
  format: typeof ADAPTER_FORMAT;
  /** sha256 of the shipped weights it was fitted on top of (`hashBaseWeights`). */
  base_hash: string;
  seed: number;
  /** Arms, cheapest first. */
  arms: string[];
  dim: number;
  /** The shared term (every arm): non-zero weights as `[slot, weight]`. */
  common: [number, number][];
  /** Per arm, its own term over the cheapest arm (empty for the cheapest): `[slot, weight]`. */
  models: Record<string, [number, number][]>;
  /** Quantiles of the adapted gain on the training traffic (ascending). */
  gain_quantiles: number[];
  /** Quantiles of the shipped strong-need probability on the same traffic. */
  static_quantiles: number[];
  difficulty_cuts: [number, number, number];
  trained_on: { outcomes: number; per_arm: Record<string, number> };
  /** The gate on the held-out outcomes: log-loss win (z) and the off-policy ranking check (rank_z). */
  validation: { holdout: number; loss_static: number; loss_adapted: number; z: number; rank_difference: number; rank_z: number; folds?: number };
}

/** Options of `fitAdapter`. */
export interface FitAdapterOptions {
  seed: number;
  /** Hash of the shipped weights (`hashBaseWeights`). */
  base: string;
  /** Refuse below this many outcomes (default 200). */
  minOutcomes?: number;
  /** Arm order, cheapest first (default: budget, mid, standard, premium); arms without outcomes are dropped. */
  arms?: readonly string[];
  /** Newest share of the outcomes the gate validates on (default 0.8; never a block fitted on fewer than `minOutcomes`). */
  holdoutShare?: number;
  /** Forward-chaining blocks of that share, each predicted by models fitted on all older outcomes (default 8). */
  folds?: number;
  /** Passes over the data (default 3). */
  epochs?: number;
  /** Required paired z of the log-loss win on the holdout (default 2). */
  minZ?: number;
  /** Required z of the off-policy ranking check on the holdout (default 2). */
  minRankZ?: number;
  dim?: number;
  training?: ArmTraining;
}

export type FitAdapterResult = { adapter: DeploymentAdapter } | { refused: string };

/** sha256 (hex, 16 chars) of the shipped weights file's text. */
export function hashBaseWeights(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Percentile (0..1) of `value` among ascending `knots`, by linear interpolation. */
export function percentileOf(knots: readonly number[], value: number): number {
  const n = knots.length;
  if (n < 2) return 0.5;
  if (value <= (knots[0] as number)) return 0;
  if (value >= (knots[n - 1] as number)) return 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((knots[mid] as number) <= value) lo = mid;
    else hi = mid;
  }
  const a = knots[lo] as number;
  const b = knots[hi] as number;
  return (lo + (b > a ? (value - a) / (b - a) : 0)) / (n - 1);
}

/** Value at percentile `q` of ascending `knots` (linear interpolation). */
export function valueAt(knots: readonly number[], q: number): number {
  const position = Math.max(0, Math.min(1, q)) * (knots.length - 1);
  const lo = Math.floor(position);
  const a = knots[lo] ?? 0;
  const b = knots[Math.min(lo + 1, knots.length - 1)] ?? a;
  return a + (position - lo) * (b - a);
}

/** `QUANTILE_KNOTS` quantiles of the values. */
export function quantileKnots(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return Array.from({ length: QUANTILE_KNOTS }, (_, i) => valueAt(sorted, i / (QUANTILE_KNOTS - 1)));
}

interface Fitted {
  common: ArmWeights;
  arms: Map<string, ArmWeights>;
  baseline: Map<string, ArmWeights>;
}

const baselineFeatures = (x: MappedFeatures): MappedFeatures => ({ slots: x.slots.slice(0, 2), values: x.values.slice(0, 2) });

function fitModels(examples: readonly OutcomeExample[], mapped: readonly MappedFeatures[], arms: readonly string[], options: Required<Pick<FitAdapterOptions, "seed" | "epochs" | "dim">> & { training: ArmTraining }): Fitted {
  const fitted: Fitted = {
    common: newArmWeights(options.dim),
    arms: new Map(arms.map((a) => [a, newArmWeights(options.dim)])),
    baseline: new Map(arms.map((a) => [a, newArmWeights(2)])),
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of seededPermutation(examples.length, options.seed + epoch * 7919)) {
      const e = examples[i] as OutcomeExample;
      const x = mapped[i] as MappedFeatures;
      const arm = fitted.arms.get(e.tier);
      const base = fitted.baseline.get(e.tier);
      if (!arm || !base) continue;
      updateShared(fitted.common, e.tier === arms[0] ? undefined : arm, x, e.reward, e.weight, options.training);
      updateArm(base, baselineFeatures(x), e.reward, e.weight, options.training);
    }
  }
  return fitted;
}

function gainOf(fitted: Fitted, order: readonly string[], x: MappedFeatures): number {
  const top = fitted.arms.get(order[order.length - 1] ?? "");
  const bottom = fitted.arms.get(order[0] ?? "");
  return top && bottom ? predictShared(fitted.common, top, x) - predictShared(fitted.common, bottom, x) : 0;
}

/** One validation fold's per-outcome terms: log-loss win over the shipped-score-only model, and ranking terms. */
function foldTerms(holdout: readonly OutcomeExample[], mapped: readonly MappedFeatures[], fitted: Fitted, order: readonly string[]): { loss: number[]; lossStatic: number; lossAdapted: number; ranking: number[] } {
  const loss: number[] = [];
  let lossStatic = 0;
  let lossAdapted = 0;
  holdout.forEach((e, i) => {
    const x = mapped[i] as MappedFeatures;
    const arm = fitted.arms.get(e.tier);
    const base = fitted.baseline.get(e.tier);
    if (!arm || !base) return;
    const ls = logLoss(predictArm(base, baselineFeatures(x)), e.reward, e.weight);
    const la = logLoss(predictShared(fitted.common, arm, x), e.reward, e.weight);
    lossStatic += ls;
    lossAdapted += la;
    loss.push(ls - la);
  });
  const zero: ArmWeights = { w: [], g2: [] };
  const predicted = mapped.map((x) => ({
    bottom: predictShared(fitted.common, fitted.arms.get(order[0] ?? "") ?? zero, x),
    top: predictShared(fitted.common, fitted.arms.get(order[order.length - 1] ?? "") ?? zero, x),
  }));
  return { loss, lossStatic, lossAdapted, ranking: rankingTermsOf(holdout, predicted, order) };
}

/**
 * Forward-chaining validation over the newest `holdoutShare` of the outcomes, split into `folds` blocks in
 * time order: each block is predicted by models fitted on everything before it, and the per-outcome terms
 * of all blocks are pooled (paired log-loss win, doubly robust ranking terms). Positive z = the adapter wins.
 */
function validate(usable: readonly OutcomeExample[], mapped: readonly MappedFeatures[], order: readonly string[], split: { holdoutShare: number; folds: number; minTrain: number }, settings: Required<Pick<FitAdapterOptions, "seed" | "epochs" | "dim">> & { training: ArmTraining }): DeploymentAdapter["validation"] {
  const { folds } = split;
  // No fold is predicted by models fitted on fewer than `minTrain` outcomes, but the newest 20% are always validated.
  const start = Math.max(Math.floor(usable.length * (1 - split.holdoutShare)), Math.min(split.minTrain, Math.floor(usable.length * 0.8)));
  const loss: number[] = [];
  const ranking: number[] = [];
  let lossStatic = 0;
  let lossAdapted = 0;
  for (let k = 0; k < folds; k++) {
    const from = start + Math.floor(((usable.length - start) * k) / folds);
    const to = start + Math.floor(((usable.length - start) * (k + 1)) / folds);
    if (to <= from) continue;
    const fitted = fitModels(usable.slice(0, from), mapped.slice(0, from), order, settings);
    const terms = foldTerms(usable.slice(from, to), mapped.slice(from, to), fitted, order);
    loss.push(...terms.loss);
    ranking.push(...terms.ranking);
    lossStatic += terms.lossStatic;
    lossAdapted += terms.lossAdapted;
  }
  const n = loss.length;
  const lossCheck = meanZ(loss);
  const rankCheck = meanZ(ranking);
  const r = (v: number): number => Number(v.toFixed(4));
  return { holdout: n, loss_static: r(n ? lossStatic / n : 0), loss_adapted: r(n ? lossAdapted / n : 0), z: r(lossCheck.z), rank_difference: rankCheck.difference, rank_z: rankCheck.z, folds };
}

function difficultyCuts(features: readonly RoutingFeatures[]): [number, number, number] {
  const defaults: [number, number, number] = [0.25, 0.5, 0.75];
  return defaults.map((fallback, k) => {
    const above = features.filter((f) => DIFFICULTIES.indexOf(f.difficulty) >= k + 1).map((f) => f.strong_probability);
    return above.length > 0 ? Math.min(...above) : fallback;
  }) as [number, number, number];
}

function sparseWeights(arm: ArmWeights): [number, number][] {
  const out: [number, number][] = [];
  arm.w.forEach((v, slot) => {
    if (Math.abs(v) > 1e-6) out.push([slot, Number(v.toPrecision(6))]);
  });
  return out;
}

/**
 * Fits a deployment adapter on outcome examples (oldest first), or refuses with the reason.
 * @example
 * const result = fitAdapter(examples, { seed: 1, base: hashBaseWeights(weightsText), minOutcomes: 200 });
 * if ("refused" in result) console.error(result.refused);
 */
export function fitAdapter(examples: readonly OutcomeExample[], options: FitAdapterOptions): FitAdapterResult {
  const minOutcomes = options.minOutcomes ?? 200;
  const usable = examples.filter((e) => e.weight > 0 && Number.isFinite(e.reward));
  if (usable.length < minOutcomes) {
    return { refused: `Only ${usable.length} outcomes with a usable signal; at least ${minOutcomes} are needed before an adapter can be fitted. The static router stays.` };
  }
  const perArm: Record<string, number> = {};
  for (const e of usable) perArm[e.tier] = (perArm[e.tier] ?? 0) + 1;
  const order = (options.arms ?? DIFFICULTIES).filter((a) => (perArm[a] ?? 0) >= 10);
  if (order.length < 2) {
    return { refused: `Outcomes cover fewer than two tiers with 10 or more outcomes each (${JSON.stringify(perArm)}); the adapter compares tiers, so the static router stays.` };
  }
  const dim = options.dim ?? DEFAULT_DIM;
  const settings = { seed: options.seed, epochs: options.epochs ?? 3, dim, training: options.training ?? DEFAULT_ARM_TRAINING };
  const mapped = usable.map((e) => mapFeatures(e.features, dim));
  const split = { holdoutShare: options.holdoutShare ?? DEFAULT_HOLDOUT_SHARE, folds: Math.max(1, Math.floor(options.folds ?? DEFAULT_FOLDS)), minTrain: minOutcomes };
  const validation = validate(usable, mapped, order, split, settings);
  const minZ = options.minZ ?? 2;
  const minRankZ = options.minRankZ ?? 2;
  if (!(validation.z >= minZ) || !(validation.rank_z >= minRankZ)) {
    return {
      refused:
        `The adapter does not beat the static router on the newest ${validation.holdout} outcomes ` +
        `(log loss ${validation.loss_adapted} vs static ${validation.loss_static}, z = ${validation.z}, needs ≥ ${minZ}; ` +
        `ranking check z = ${validation.rank_z}, needs ≥ ${minRankZ}). Too little data to beat it; the static router stays.`,
    };
  }
  const fitted = fitModels(usable, mapped, order, settings);
  const models: Record<string, [number, number][]> = {};
  for (const [arm, weights] of fitted.arms) models[arm] = sparseWeights(weights);
  return {
    adapter: {
      format: ADAPTER_FORMAT,
      base_hash: options.base,
      seed: options.seed,
      arms: order,
      dim,
      common: sparseWeights(fitted.common),
      models,
      gain_quantiles: quantileKnots(mapped.map((x) => gainOf(fitted, order, x))),
      static_quantiles: quantileKnots(usable.map((e) => e.features.strong_probability)),
      difficulty_cuts: difficultyCuts(usable.map((e) => e.features)),
      trained_on: { outcomes: usable.length, per_arm: perArm },
      validation,
    },
  };
}
