/**
 * Moments of an experiment arm's mean that respect how it was assigned: by unit (user, key or conversation), not by
 * request. A unit's requests are alike (one user's prompts cost alike and get alike feedback), so an arm of a few
 * units with many requests each knows much less than its request count suggests; treating the requests as
 * independent made such a report's intervals far too narrow.
 *
 * The arm's mean is the ratio estimator r = Σy_i / Σm_i over units i (y_i: the unit's sum, m_i: its count). Its
 * cluster-robust (sandwich) variance is V = G/(G−1) · Σ(y_i − r·m_i)² / (Σm_i)² over G units, with G − 1 degrees of
 * freedom. It is handed to the closed-form intervals as an effective size n_eff = n · (s²/n) / V (Kish's design
 * effect, never above n) with the per-request variance s², so `variance / n` is V, and with `df` = G − 1. When every
 * unit holds one request the moments are the plain ones, as before; with one unit there is no interval.
 * @module
 */
import { momentsFromSums, type Moments } from "./experiment-report-stats.js";

/** The sums one mean's clustered moments need. */
export interface ClusteredSums {
  /** Σm_i: the observations (requests, or feedback scores). */
  count: number;
  /** Σy_i: their sum. */
  sum: number;
  /** Σx²: the sum of the squared observations. */
  squares: number;
  /** G: units with at least one observation. */
  units: number;
  /** Σy_i². */
  unitSumSquares: number;
  /** Σy_i·m_i. */
  unitSumByCount: number;
  /** Σm_i². */
  unitCountSquares: number;
}

/** The mean's moments with the cluster-robust variance as the effective size, and G − 1 degrees of freedom. */
export function clusteredMoments(sums: ClusteredSums): Moments {
  const plain = momentsFromSums(sums.count, sums.sum, sums.squares);
  const { count, units } = sums;
  if (count === 0 || units >= count) return plain;
  // One unit is one draw: however many requests it made, no interval.
  if (units < 2) return { n: 1, mean: plain.mean, variance: plain.variance, df: 0 };
  const r = plain.mean;
  const residualSquares = Math.max(0, sums.unitSumSquares - 2 * r * sums.unitSumByCount + r * r * sums.unitCountSquares);
  const clusterVariance = ((units / (units - 1)) * residualSquares) / (count * count);
  const plainVariance = plain.variance / count;
  const effective = clusterVariance > 0 && plainVariance > 0 ? Math.min(count, Math.max(1, (count * plainVariance) / clusterVariance)) : count;
  return { n: effective, mean: r, variance: plain.variance, df: units - 1 };
}

/**
 * A rate's successes and size for the Wilson and Newcombe intervals, at the rate's effective size; undefined when the
 * rate has no interval, by the rule of `meanInterval`: an arm of one unit is one draw however many requests it made,
 * and Wilson's interval at n = 1 would claim what one draw cannot show.
 */
export function effectiveRate(moments: Moments): { successes: number; n: number } | undefined {
  const { n, df = n - 1 } = moments;
  if (n > 0 && (n === 1 || df < 1)) return undefined;
  return { successes: moments.mean * n, n };
}
