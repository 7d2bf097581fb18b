/**
 * The statistics behind the experiment report, all closed-form (so the report is deterministic, with no
 * resampling): Wilson intervals for rates, Newcombe's hybrid score interval for a difference of rates,
 * t-intervals for means, Welch's interval for a difference of means, the delta method on the log scale for a
 * ratio of means, and distribution-free order-statistic intervals for percentiles. All at 95%.
 * @module
 */
import { histogramCount, latencyAtRank, type LatencyHistogram } from "./latency-histogram.js";

/** A point estimate with its 95% interval; all null when there is no data. */
export interface Estimate {
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

const Z = 1.959963984540054;
const NONE: Estimate = { value: null, ci_low: null, ci_high: null };
/** Two-sided 97.5% t quantiles for 1..30 degrees of freedom. */
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093,
  2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5% quantile of Student's t (table to 30 df, then the Cornish-Fisher expansion). */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  const tabled = T_TABLE[Math.floor(df) - 1];
  if (tabled !== undefined) return tabled;
  return Z + (Z ** 3 + Z) / (4 * df) + (5 * Z ** 5 + 16 * Z ** 3 + 3 * Z) / (96 * df * df);
}

/** The Wilson score interval of `successes` out of `n`. */
export function wilson(successes: number, n: number): Estimate {
  if (n === 0) return NONE;
  const p = successes / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, ci_low: Math.max(0, center - half), ci_high: Math.min(1, center + half) };
}

/** Newcombe's hybrid score interval (method 10) for p_variant − p_control. */
export function rateDifference(variant: { successes: number; n: number }, control: { successes: number; n: number }): Estimate {
  const a = wilson(variant.successes, variant.n);
  const b = wilson(control.successes, control.n);
  if (a.value === null || b.value === null || a.ci_low === null || a.ci_high === null || b.ci_low === null || b.ci_high === null) return NONE;
  const difference = a.value - b.value;
  return {
    value: difference,
    ci_low: difference - Math.sqrt((a.value - a.ci_low) ** 2 + (b.ci_high - b.value) ** 2),
    ci_high: difference + Math.sqrt((a.ci_high - a.value) ** 2 + (b.value - b.ci_low) ** 2),
  };
}

/** Count, mean and sample variance of a sample. */
export interface Moments {
  /** The sample size, or the effective size of a clustered sample (`cluster-moments.ts`): `variance / n` is the mean's variance. */
  n: number;
  mean: number;
  variance: number;
  /** Degrees of freedom when not n − 1: a clustered sample's units − 1. */
  df?: number;
}

/** Moments from the sums a database returns (n, Σx, Σx²). */
export function momentsFromSums(n: number, sum: number, squares: number): Moments {
  if (n === 0) return { n, mean: 0, variance: 0 };
  const mean = sum / n;
  return { n, mean, variance: n < 2 ? 0 : Math.max(0, (squares - n * mean * mean) / (n - 1)) };
}

/** A sample's values or its moments, as moments. */
function asMoments(sample: readonly number[] | Moments): Moments {
  return isValues(sample) ? moments(sample) : sample;
}

function isValues(sample: readonly number[] | Moments): sample is readonly number[] {
  return Array.isArray(sample);
}

/** Mean and sample variance. */
export function moments(values: readonly number[]): Moments {
  const n = values.length;
  if (n === 0) return { n, mean: 0, variance: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = n < 2 ? 0 : values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { n, mean, variance };
}

/** The t-interval of a mean, optionally clamped to [min, max]. */
export function meanInterval(values: readonly number[] | Moments, bounds: { min?: number; max?: number } = {}): Estimate {
  const { n, mean, variance, df = n - 1 } = asMoments(values);
  if (n === 0) return NONE;
  if (n === 1 || df < 1) return { value: mean, ci_low: null, ci_high: null };
  const half = tQuantile975(df) * Math.sqrt(variance / n);
  return { value: mean, ci_low: Math.max(bounds.min ?? -Infinity, mean - half), ci_high: Math.min(bounds.max ?? Infinity, mean + half) };
}

/** Welch's interval for mean_variant − mean_control (t with Welch–Satterthwaite degrees of freedom). */
export function meanDifference(variant: readonly number[] | Moments, control: readonly number[] | Moments): Estimate {
  const a = asMoments(variant);
  const b = asMoments(control);
  const dfA = a.df ?? a.n - 1;
  const dfB = b.df ?? b.n - 1;
  if (a.n < 2 || b.n < 2 || dfA < 1 || dfB < 1) return a.n > 0 && b.n > 0 ? { value: a.mean - b.mean, ci_low: null, ci_high: null } : NONE;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  const df = se === 0 ? dfA + dfB : (va + vb) ** 2 / (va ** 2 / dfA + vb ** 2 / dfB);
  const half = tQuantile975(df) * se;
  const difference = unlessRounding(a.mean - b.mean, Math.max(Math.abs(a.mean), Math.abs(b.mean)));
  return { value: difference, ci_low: difference - half, ci_high: difference + half };
}

/**
 * 0 for a difference no larger than the rounding of summed means of this size (equal scores summed in another
 * order differ in the last bits): with no spread, such a difference would otherwise read as significant.
 */
function unlessRounding(difference: number, scale: number): number {
  return Math.abs(difference) <= 1e-9 * scale ? 0 : difference;
}

/** mean_variant / mean_control − 1 (e.g. −0.38 = 38% less), with the delta-method interval on the log ratio. */
export function relativeChange(variant: readonly number[] | Moments, control: readonly number[] | Moments): Estimate {
  const a = asMoments(variant);
  const b = asMoments(control);
  if (a.n === 0 || b.n === 0 || a.mean <= 0 || b.mean <= 0) return NONE;
  const ratio = 1 + unlessRounding(a.mean / b.mean - 1, 1);
  const dfA = a.df ?? a.n - 1;
  const dfB = b.df ?? b.n - 1;
  if (a.n < 2 || b.n < 2 || dfA < 1 || dfB < 1) return { value: ratio - 1, ci_low: null, ci_high: null };
  const ua = a.variance / (a.n * a.mean ** 2);
  const ub = b.variance / (b.n * b.mean ** 2);
  const se = Math.sqrt(ua + ub);
  // A clustered arm has few degrees of freedom (its units − 1): t with Welch–Satterthwaite's, else the normal.
  const clustered = a.df !== undefined || b.df !== undefined;
  const quantile = clustered && se > 0 ? tQuantile975((ua + ub) ** 2 / (ua ** 2 / dfA + ub ** 2 / dfB)) : Z;
  return { value: ratio - 1, ci_low: ratio * Math.exp(-quantile * se) - 1, ci_high: ratio * Math.exp(quantile * se) - 1 };
}

/**
 * The q-th percentile (linear interpolation between order statistics, as numpy's default) with the
 * distribution-free interval from the order statistics at ranks n·q ∓ z·√(n·q·(1−q)).
 */
export function percentile(values: readonly number[], q: number): Estimate {
  const n = values.length;
  if (n === 0) return NONE;
  const sorted = [...values].sort((x, y) => x - y);
  const at = (index: number): number => sorted[Math.min(n - 1, Math.max(0, index))] ?? 0;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const value = at(below) + (at(below + 1) - at(below)) * (position - below);
  const spread = Z * Math.sqrt(n * q * (1 - q));
  const lowRank = Math.floor(n * q - spread);
  const highRank = Math.ceil(n * q + spread);
  return { value, ci_low: lowRank < 1 ? null : at(lowRank - 1), ci_high: highRank > n ? null : at(highRank - 1) };
}

/**
 * The q-th percentile of a latency histogram (nearest rank; see latency-histogram.ts) with the same
 * order-statistic interval as `percentile`, its ranks read from the histogram.
 */
export function histogramPercentileEstimate(histogram: LatencyHistogram, q: number): Estimate {
  const n = histogramCount(histogram);
  if (n === 0) return NONE;
  const spread = Z * Math.sqrt(n * q * (1 - q));
  const lowRank = Math.floor(n * q - spread);
  const highRank = Math.ceil(n * q + spread);
  return {
    value: latencyAtRank(histogram, Math.max(1, Math.ceil(q * n))),
    ci_low: lowRank < 1 ? null : latencyAtRank(histogram, lowRank),
    ci_high: highRank > n ? null : latencyAtRank(histogram, highRank),
  };
}

/** True when the interval is known and excludes zero. */
export function excludesZero(estimate: Estimate): boolean {
  return estimate.ci_low !== null && estimate.ci_high !== null && (estimate.ci_low > 0 || estimate.ci_high < 0);
}
