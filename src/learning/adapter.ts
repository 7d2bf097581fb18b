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
import { fitModels, gainOf, validate, type FitSettings, type Validation } from "./adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, type ArmTraining, type ArmWeights, type MappedFeatures } from "./arm-model.js";
import type { OutcomeExample } from "./outcome.js";
import type { RoutingFeatures } from "./routing-features.js";

export const ADAPTER_FORMAT = "switchyard-adapter-v1";
const QUANTILE_KNOTS = 101;
/** The gate validates on the newest 80% of the outcomes in 8 forward-chained folds (chosen on development streams). */
export const DEFAULT_HOLDOUT_SHARE = 0.8;
export const DEFAULT_FOLDS = 8;
/**
 * Required z of the ranking check (one-sided, pooled over the folds). 1.5, chosen on development streams
 * (docs/routing-quality.md): 2 kept out adapters that helped on 1,300- and 5,000-prompt streams; 1 and 1.25 let
 * harmful ones through.
 */
export const DEFAULT_MIN_RANK_Z = 1.5;

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
  validation: Validation;
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
  /** Required z of the off-policy ranking check on the holdout (default `DEFAULT_MIN_RANK_Z`). */
  minRankZ?: number;
  dim?: number;
  training?: ArmTraining;
  /** Told each step of the fit (a large log takes minutes: `train --from-log` prints these). */
  onProgress?: (message: string) => void;
}

/** A refusal carries the gate's measurements when it got as far as validating (diagnostics, `eval --online`). */
export type FitAdapterResult = { adapter: DeploymentAdapter } | { refused: string; validation?: Validation };

/** Required paired z of the log-loss win (the gate's first check). */
export const DEFAULT_MIN_Z = 2;

/** Why a validated adapter is refused: which check failed, and what would help. */
export function gateRefusal(validation: Validation, minZ: number, minRankZ: number): string {
  const predicts = validation.z >= minZ;
  // Say which check failed and what would help: the ranking check compares tiers, so it needs outcomes on more than
  // the one tier auto routing picked for each prompt.
  const help = predicts
    ? "It predicts outcomes better, but cannot yet show it would rank prompts better: that needs outcomes from the cheapest and the dearest tier on similar prompts (online mode's exploration, routing.online, or an experiment's variant arm provides them)."
    : "It does not predict outcomes better yet: more outcomes (feedback, judge grades) are needed.";
  return (
    `The adapter does not beat the static router on the newest ${validation.holdout} outcomes ` +
    `(log loss ${validation.loss_adapted} vs static ${validation.loss_static}, z = ${validation.z}, needs ≥ ${minZ}; ` +
    `ranking check z = ${validation.rank_z}, needs ≥ ${minRankZ}). ${help} The static router stays.`
  );
}

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

/**
 * The lowest shipped strong-need score of each difficulty above budget: where the adapted score's labels begin.
 * (A loop, not `Math.min(...above)`: a log of some 150,000 outcomes overflowed the stack with the spread.)
 */
export function difficultyCuts(features: readonly RoutingFeatures[]): [number, number, number] {
  const defaults: [number, number, number] = [0.25, 0.5, 0.75];
  return defaults.map((fallback, k) => {
    let lowest = Number.POSITIVE_INFINITY;
    for (const f of features) if (DIFFICULTIES.indexOf(f.difficulty) >= k + 1 && f.strong_probability < lowest) lowest = f.strong_probability;
    return lowest === Number.POSITIVE_INFINITY ? fallback : lowest;
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
  // Keyed by tier names, and `constructor` is a valid one: no prototype to read a count from.
  const perArm = Object.create(null) as Record<string, number>;
  for (const e of usable) perArm[e.tier] = (perArm[e.tier] ?? 0) + 1;
  const order = (options.arms ?? DIFFICULTIES).filter((a) => (perArm[a] ?? 0) >= 10);
  if (order.length < 2) {
    return { refused: `Outcomes cover fewer than two tiers with 10 or more outcomes each (${JSON.stringify(perArm)}); the adapter compares tiers, so the static router stays.` };
  }
  const dim = options.dim ?? DEFAULT_DIM;
  const settings: FitSettings = { seed: options.seed, epochs: options.epochs ?? 3, dim, training: options.training ?? DEFAULT_ARM_TRAINING };
  const mapped = usable.map((e) => mapFeatures(e.features, dim));
  const split = { holdoutShare: options.holdoutShare ?? DEFAULT_HOLDOUT_SHARE, folds: Math.max(1, Math.floor(options.folds ?? DEFAULT_FOLDS)), minTrain: minOutcomes };
  const validation = validate(usable, mapped, order, split, settings, options.onProgress);
  const minZ = options.minZ ?? DEFAULT_MIN_Z;
  const minRankZ = options.minRankZ ?? DEFAULT_MIN_RANK_Z;
  if (!(validation.z >= minZ) || !(validation.rank_z >= minRankZ)) return { refused: gateRefusal(validation, minZ, minRankZ), validation };
  options.onProgress?.(`the gate passed; fitting the adapter on all ${usable.length} outcomes`);
  return { adapter: buildAdapter({ usable, mapped, order, settings, perArm, validation, base: options.base }) };
}

/** The adapter file fitted on every usable outcome. */
function buildAdapter(input: { usable: readonly OutcomeExample[]; mapped: readonly MappedFeatures[]; order: string[]; settings: FitSettings; perArm: Record<string, number>; validation: Validation; base: string }): DeploymentAdapter {
  const { usable, mapped, order, settings } = input;
  const fitted = fitModels(usable, mapped, order, settings);
  const models: Record<string, [number, number][]> = {};
  for (const [arm, weights] of fitted.arms) models[arm] = sparseWeights(weights);
  return {
    format: ADAPTER_FORMAT,
    base_hash: input.base,
    seed: settings.seed,
    arms: order,
    dim: settings.dim,
    common: sparseWeights(fitted.common),
    models,
    gain_quantiles: quantileKnots(mapped.map((x) => gainOf(fitted, order, x))),
    static_quantiles: quantileKnots(usable.map((e) => e.features.strong_probability)),
    difficulty_cuts: difficultyCuts(usable.map((e) => e.features)),
    trained_on: { outcomes: usable.length, per_arm: input.perArm },
    validation: input.validation,
  };
}
