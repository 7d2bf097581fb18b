/**
 * Fitting the adapter's reward models and validating them the way the gate needs: forward-chained folds over the
 * newest outcomes, each predicted by models fitted only on older ones (`adapter.ts` decides on the result).
 * @module
 */
import {
  logLoss,
  predictArm,
  predictShared,
  seededPermutation,
  updateArm,
  updateShared,
  newArmWeights,
  type ArmTraining,
  type ArmWeights,
  type MappedFeatures,
} from "./arm-model.js";
import type { OutcomeExample } from "./outcome.js";
import { meanZ, rankingTermsOf } from "./ranking-gate.js";

/** The settings every fit of one gate run shares. */
export interface FitSettings {
  seed: number;
  epochs: number;
  dim: number;
  training: ArmTraining;
}

/** What the gate measured (stored in the adapter file as `validation`). */
export interface Validation {
  holdout: number;
  loss_static: number;
  loss_adapted: number;
  z: number;
  rank_difference: number;
  rank_z: number;
  folds?: number;
  /** Validated outcomes served by exploration (propensity below 0.5): the ones that make the ranking check unbiased. */
  explored?: number;
}

export interface Fitted {
  common: ArmWeights;
  arms: Map<string, ArmWeights>;
  baseline: Map<string, ArmWeights>;
}

const baselineFeatures = (x: MappedFeatures): MappedFeatures => ({ slots: x.slots.slice(0, 2), values: x.values.slice(0, 2) });

export function fitModels(examples: readonly OutcomeExample[], mapped: readonly MappedFeatures[], arms: readonly string[], options: FitSettings): Fitted {
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

export function gainOf(fitted: Fitted, order: readonly string[], x: MappedFeatures): number {
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
/** How the gate splits its outcomes. */
export interface ValidationSplit {
  holdoutShare: number;
  folds: number;
  minTrain: number;
}

/**
 * The forward-chained blocks `[from, to)` over `n` outcomes (oldest first): each is predicted by models fitted on
 * `[0, from)`. No block is predicted by models fitted on fewer than `minTrain` outcomes, but the newest 20% are
 * always validated. (`1 − holdoutShare` is computed in floating point: at the default 0.8 and `n` a multiple of 5 the
 * first block starts one outcome before `n / 5`; kept, since every measured gate choice was made with it.)
 */
export function validationBlocks(n: number, split: ValidationSplit): { start: number; blocks: { from: number; to: number }[] } {
  const start = Math.max(Math.floor(n * (1 - split.holdoutShare)), Math.min(split.minTrain, Math.floor(n * 0.8)));
  const blocks: { from: number; to: number }[] = [];
  for (let k = 0; k < split.folds; k++) {
    const from = start + Math.floor(((n - start) * k) / split.folds);
    const to = start + Math.floor(((n - start) * (k + 1)) / split.folds);
    if (to > from) blocks.push({ from, to });
  }
  return { start, blocks };
}

export function validate(
  usable: readonly OutcomeExample[],
  mapped: readonly MappedFeatures[],
  order: readonly string[],
  split: ValidationSplit,
  settings: FitSettings,
  onProgress?: (message: string) => void,
): Validation {
  const { folds } = split;
  const { start, blocks } = validationBlocks(usable.length, split);
  const loss: number[] = [];
  const ranking: number[] = [];
  let lossStatic = 0;
  let lossAdapted = 0;
  for (const [index, { from, to }] of blocks.entries()) {
    onProgress?.(`validating: block ${index + 1}/${blocks.length}, outcomes ${from + 1}–${to} predicted by a fit on the ${from} before them`);
    const fitted = fitModels(usable.slice(0, from), mapped.slice(0, from), order, settings);
    const terms = foldTerms(usable.slice(from, to), mapped.slice(from, to), fitted, order);
    // Not push(...terms): a spread passes each term as an argument, and a block of a large log overflows the stack.
    for (const term of terms.loss) loss.push(term);
    for (const term of terms.ranking) ranking.push(term);
    lossStatic += terms.lossStatic;
    lossAdapted += terms.lossAdapted;
  }
  const n = loss.length;
  const lossCheck = meanZ(loss);
  const rankCheck = meanZ(ranking);
  const r = (v: number): number => Number(v.toFixed(4));
  return { holdout: n, loss_static: r(n ? lossStatic / n : 0), loss_adapted: r(n ? lossAdapted / n : 0), z: r(lossCheck.z), rank_difference: rankCheck.difference, rank_z: rankCheck.z, folds, explored: usable.slice(start).filter((e) => (e.propensity ?? 1) < 0.5).length };
}

