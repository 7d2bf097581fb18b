/**
 * Experimental (issue 10, thirteenth pass): threshold-band evidence from greedy outcomes. While the static router
 * routes a two-model stream, the arm a greedy outcome was served by is set by its shipped percentile; in the middle
 * band of that percentile, both sides hold similar prompts, so the difference between the sides' covariance of
 * reward with the candidate's gain percentile estimates how well the candidate orders the gain there.
 * @module
 */
import type { DeploymentAdapter } from "../learning/adapter.js";
import { predictRewards } from "../learning/apply-adapter.js";
import type { OutcomeExample } from "../learning/outcome.js";
import { rankPercentiles } from "../learning/ranking-gate.js";

export interface BandStartRule {
  /** z of the band estimate that starts an adapter. */
  z: number;
  /** Half-width of the band around the median shipped percentile. */
  band: number;
  /** Outcomes per side before the estimate counts. */
  minPerSide: number;
  /** Residualise reward and gain percentile on the shipped percentile within each side (local linear). */
  adjust?: boolean;
  /** Also require the explored (doubly robust) evidence since the last stop to point the same way (its sum > 0). */
  agree?: boolean;
}

export interface BandRow {
  side: 1 | -1;
  reward: number;
  q: number;
  /** Shipped percentile within the block. */
  s: number;
}

/** The band's greedy outcomes of a block scored by a candidate (percentiles within the block). */
export function bandRowsOf(candidate: DeploymentAdapter, block: readonly OutcomeExample[], band: number): BandRow[] {
  const top = candidate.arms[candidate.arms.length - 1] ?? "";
  const bottom = candidate.arms[0] ?? "";
  const q = rankPercentiles(block.map((e) => {
    const r = predictRewards(candidate, e.features);
    return (r[top] ?? 0) - (r[bottom] ?? 0);
  }));
  const shipped = rankPercentiles(block.map((e) => e.features.strong_probability));
  return block.flatMap((e, i): BandRow[] => ((e.propensity ?? 1) < 0.5 || Math.abs((shipped[i] ?? 0) - 0.5) > band ? [] : [{ side: e.tier === top ? 1 : -1, reward: e.reward, q: q[i] ?? 0, s: shipped[i] ?? 0 }]));
}

/** Residuals of y on x (simple linear regression). */
function residuals(ys: readonly number[], xs: readonly number[]): number[] {
  const n = Math.max(1, ys.length);
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const b = sxx > 0 ? sxy / sxx : 0;
  return ys.map((y, i) => y - my - b * ((xs[i] ?? 0) - mx));
}

function covTerms(rows: readonly BandRow[], adjust = false): { cov: number; variance: number; n: number } {
  const n = rows.length;
  if (adjust) {
    const ry = residuals(rows.map((r) => r.reward), rows.map((r) => r.s));
    const rq = residuals(rows.map((r) => r.q), rows.map((r) => r.s));
    const terms = ry.map((y, i) => y * (rq[i] ?? 0));
    const cov = terms.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const variance = terms.reduce((a, t) => a + (t - cov) ** 2, 0) / Math.max(1, n - 1);
    return { cov, variance, n };
  }
  const my = rows.reduce((a, r) => a + r.reward, 0) / Math.max(1, n);
  const mq = rows.reduce((a, r) => a + r.q, 0) / Math.max(1, n);
  const terms = rows.map((r) => (r.reward - my) * (r.q - mq));
  const cov = terms.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const variance = terms.reduce((a, t) => a + (t - cov) ** 2, 0) / Math.max(1, n - 1);
  return { cov, variance, n };
}

/** z of (top side's covariance − bottom side's); 0 until each side holds `minPerSide` outcomes. */
export function bandZ(rows: readonly BandRow[], minPerSide: number, adjust = false): number {
  const top = covTerms(rows.filter((r) => r.side > 0), adjust);
  const bottom = covTerms(rows.filter((r) => r.side < 0), adjust);
  if (top.n < minPerSide || bottom.n < minPerSide) return 0;
  const se = Math.sqrt(top.variance / top.n + bottom.variance / bottom.n);
  return se > 0 ? (top.cov - bottom.cov) / se : 0;
}
