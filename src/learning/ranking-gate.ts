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

/** One held-out outcome as the check needs it: prompt-free, so the bandit can keep a window of them. */
export interface RankedOutcome {
  /** The shipped strong-need probability of the prompt. */
  shipped: number;
  /** Served arm: "bottom", "top" or "other" (a middle tier). */
  arm: "bottom" | "top" | "other";
  reward: number;
  weight: number;
  propensity: number;
  /** The model's predicted reward of the bottom and the top arm. */
  bottom: number;
  top: number;
}

/** Per-outcome doubly robust terms gainᵢ · (adapted percentileᵢ − shipped percentileᵢ); their mean is the check. */
export function rankingTerms(outcomes: readonly RankedOutcome[]): number[] {
  const gains = outcomes.map((o) => {
    const propensity = Math.max(1e-3, Math.min(1, o.propensity));
    let gain = o.top - o.bottom;
    if (o.arm === "top") gain += (o.reward - o.top) / propensity;
    if (o.arm === "bottom") gain -= (o.reward - o.bottom) / propensity;
    return gain * o.weight;
  });
  const adapted = rankPercentiles(outcomes.map((o) => o.top - o.bottom));
  const shipped = rankPercentiles(outcomes.map((o) => o.shipped));
  // An outcome of a middle tier corrects neither end: its term would be the model grading its own ranking
  // (Σ predicted gain × (adapted − shipped percentile) is never negative), so it is left out.
  return gains.flatMap((g, i) => (outcomes[i]?.arm === "other" ? [] : [g * ((adapted[i] ?? 0) - (shipped[i] ?? 0))]));
}

/** Mean and z (mean over its standard error) of per-outcome terms. */
export function meanZ(terms: readonly number[]): RankingCheck {
  const n = terms.length;
  if (n < 2) return { difference: 0, z: 0 };
  const mean = terms.reduce((a, b) => a + b, 0) / n;
  const variance = terms.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1);
  return { difference: Number(mean.toFixed(5)), z: variance > 0 ? Number((mean / Math.sqrt(variance / n)).toFixed(3)) : 0 };
}

/** Doubly robust estimate of how much better the adapted ranking is than the shipped one. */
export function rankingCheckOf(outcomes: readonly RankedOutcome[]): RankingCheck {
  return meanZ(rankingTerms(outcomes));
}

/**
 * The check on outcome examples.
 * @param predicted - per holdout example, the model's predicted reward of the bottom and the top arm.
 */
export function rankingCheck(holdout: readonly OutcomeExample[], predicted: readonly { bottom: number; top: number }[], arms: readonly string[]): RankingCheck {
  return meanZ(rankingTermsOf(holdout, predicted, arms));
}

/** The per-outcome terms of `rankingCheck` (to pool several validation folds). */
export function rankingTermsOf(holdout: readonly OutcomeExample[], predicted: readonly { bottom: number; top: number }[], arms: readonly string[]): number[] {
  return rankingTerms(
    holdout.map((e, i) => ({
      shipped: e.features.strong_probability,
      arm: e.tier === arms[arms.length - 1] ? "top" : e.tier === arms[0] ? "bottom" : "other",
      reward: e.reward,
      weight: e.weight,
      propensity: e.propensity ?? 1,
      bottom: predicted[i]?.bottom ?? 0,
      top: predicted[i]?.top ?? 0,
    })),
  );
}
