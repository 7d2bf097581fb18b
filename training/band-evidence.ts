/**
 * Threshold-band evidence from greedy outcomes (issue 10, thirteenth pass; a diagnostic for development streams, read
 * by `dev-evidence-power.ts`; the online start rule built on it is commit 14cf6c34, reverted). While the static router
 * routes a two-model stream, the arm a greedy outcome was served by is set by its shipped percentile; in the middle
 * band of that percentile, both sides hold similar prompts, so the difference between the sides' covariance of
 * reward with the candidate's gain percentile estimates how well the candidate orders the gain there.
 * @module
 */

export interface BandRow {
  side: 1 | -1;
  reward: number;
  q: number;
  /** Shipped percentile within the block. */
  s: number;
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
