/**
 * The gate's ranking check: would routing by the adapter's gain, instead of the shipped strong-need score,
 * have sent the right prompts up? Estimated off-policy on held-out outcomes with the doubly robust
 * estimator: each prompt's gain (top arm minus bottom arm) is the model's prediction, corrected by the
 * revealed outcome divided by the probability that arm was served (`propensity`). The value of a ranking
 * is Σ gainᵢ · percentileᵢ (the area APGR measures); the check is the paired difference adapted − static
 * with its standard error. Exploration is what makes it unbiased: without it the correction never
 * reaches the arm that was not served, and the check can only trust the model.
 * @module
 */
import type { OutcomeExample } from "./outcome.js";

/** Percentile ranks in [0, 1], ties sharing their mean rank. */
export function rankPercentiles(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0.5);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    for (let k = start; k <= end; k++) ranks[order[k]?.i ?? 0] = order.length > 1 ? (start + end) / 2 / (order.length - 1) : 0.5;
    start = end + 1;
  }
  return ranks;
}

/** Result of the ranking check. */
export interface RankingCheck {
  /** Estimated Σ gain · (adapted percentile − static percentile) / n. */
  difference: number;
  z: number;
}

/**
 * @param predicted - per holdout example, the model's predicted reward of the bottom and the top arm.
 */
export function rankingCheck(holdout: readonly OutcomeExample[], predicted: readonly { bottom: number; top: number }[], arms: readonly string[]): RankingCheck {
  const bottomArm = arms[0];
  const topArm = arms[arms.length - 1];
  const gains = holdout.map((e, i) => {
    const p = predicted[i] ?? { bottom: 0, top: 0 };
    const propensity = Math.max(1e-3, Math.min(1, e.propensity ?? 1));
    let gain = p.top - p.bottom;
    if (e.tier === topArm) gain += (e.reward - p.top) / propensity;
    if (e.tier === bottomArm) gain -= (e.reward - p.bottom) / propensity;
    return gain * e.weight;
  });
  const adapted = rankPercentiles(predicted.map((p) => p.top - p.bottom));
  const shipped = rankPercentiles(holdout.map((e) => e.features.strong_probability));
  const terms = gains.map((g, i) => g * ((adapted[i] ?? 0) - (shipped[i] ?? 0)));
  const n = terms.length;
  if (n < 2) return { difference: 0, z: 0 };
  const mean = terms.reduce((a, b) => a + b, 0) / n;
  const variance = terms.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1);
  return { difference: Number(mean.toFixed(5)), z: variance > 0 ? Number((mean / Math.sqrt(variance / n)).toFixed(3)) : 0 };
}
