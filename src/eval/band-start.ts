/**
 * Threshold-band evidence from greedy outcomes (issue 10, thirteenth and fourteenth passes; docs/learning.md). While
 * the static router serves a two-model stream, the arm a greedy outcome was served by is set by its shipped
 * percentile; in the middle band of that percentile both sides hold similar prompts, so the difference between the
 * sides' covariance of reward with a candidate's gain percentile estimates how well the candidate orders the gain
 * there (a regression-discontinuity estimate). Each block is scored by a candidate fitted only on older outcomes, and
 * its band rows become per-row terms whose block sum is (rows / 2) · (top covariance − bottom covariance); with the
 * shipped percentile partialled out of reward and gain percentile within each side (`adjust`), the shipped score's
 * own ranking is not credited to the candidate. The terms feed the same one-sided normal-mixture e-value as the
 * explored evidence (`sequential-evidence.ts`), so the start may be read after every block without inflating its level.
 * @module
 */
import type { DeploymentAdapter } from "../learning/adapter.js";
import { predictRewards } from "../learning/apply-adapter.js";
import type { OutcomeExample } from "../learning/outcome.js";
import { rankPercentiles } from "../learning/ranking-gate.js";
import { addTerms, emptySums, mixtureLogE, mixtureScale, type EvidenceSums } from "../learning/sequential-evidence.js";

export interface BandStartRule {
  /** Level of the band e-value that starts an adapter (it starts at log(1/alpha)). */
  alpha: number;
  /** Half-width of the band around the median shipped percentile. */
  band: number;
  /** Band rows per side before a start may happen. */
  minPerSide: number;
  /** Band rows at which the mixture is tightest (its scale, in mean squares of the first rows). */
  scaleAtRows: number;
  /** Residualise reward and gain percentile on the shipped percentile within each side (local linear). */
  adjust: boolean;
  /** Also require the explored (doubly robust) evidence since the last stop to point the same way (its sum > 0). */
  agree: boolean;
  /** If set, also require the placebo's |z| (`placeboTerms`, since the last stop) to stay below this. */
  placeboZ?: number;
}

/** The fourteenth pass's rule (chosen on development streams, docs/routing-quality.md). */
export const DEFAULT_BAND_START: BandStartRule = { alpha: 0.05, band: 0.2, minPerSide: 50, scaleAtRows: 200, adjust: true, agree: true };

export interface BandRow {
  side: 1 | -1;
  reward: number;
  /** The candidate's gain percentile within the block. */
  q: number;
  /** Shipped percentile within the block. */
  s: number;
}

/** The greedy outcomes of a block scored by a candidate (percentiles within the block). */
function greedyRowsOf(candidate: DeploymentAdapter, block: readonly OutcomeExample[]): BandRow[] {
  const top = candidate.arms[candidate.arms.length - 1] ?? "";
  const bottom = candidate.arms[0] ?? "";
  const q = rankPercentiles(block.map((e) => {
    const r = predictRewards(candidate, e.features);
    return (r[top] ?? 0) - (r[bottom] ?? 0);
  }));
  const shipped = rankPercentiles(block.map((e) => e.features.strong_probability));
  return block.flatMap((e, i): BandRow[] => ((e.propensity ?? 1) < 0.5 ? [] : [{ side: e.tier === top ? 1 : -1, reward: e.reward, q: q[i] ?? 0, s: shipped[i] ?? 0 }]));
}

/** The band's greedy outcomes of a block scored by a candidate. */
export function bandRowsOf(candidate: DeploymentAdapter, block: readonly OutcomeExample[], band: number): BandRow[] {
  return greedyRowsOf(candidate, block).filter((r) => Math.abs(r.s - 0.5) <= band);
}

/**
 * The placebo: the same terms at a fake threshold inside each arm's side (the top arm's outcomes with shipped
 * percentile 0.5 to 0.5 + 2·band split at 0.5 + band, the bottom arm's mirrored), where one arm served both fake sides,
 * so with nothing but the threshold separating the sides their sum has mean 0 whatever the candidate.
 */
export function placeboTerms(candidate: DeploymentAdapter, block: readonly OutcomeExample[], band: number, adjust: boolean): number[] {
  const rows = greedyRowsOf(candidate, block);
  return ([1, -1] as const).flatMap((arm) => {
    const split = 0.5 + arm * band;
    const side = rows.filter((r) => r.side === arm && arm * (r.s - 0.5) >= 0 && Math.abs(r.s - split) <= band);
    return bandTerms(side.map((r) => ({ ...r, side: r.s >= split ? 1 : -1 })), adjust).terms;
  });
}

/** Residuals of y on x (simple linear regression), or on its mean alone. */
function residuals(ys: readonly number[], xs: readonly number[], onX: boolean): number[] {
  const n = Math.max(1, ys.length);
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const b = onX && sxx > 0 ? sxy / sxx : 0;
  return ys.map((y, i) => y - my - b * ((xs[i] ?? 0) - mx));
}

/** Fewest rows a side of one block needs for its rows to count (the residuals need a few). */
const MIN_SIDE_ROWS = 4;

/**
 * One block's band terms: row i of side σ with n_σ rows (n in all) gives σ · (n / 2n_σ) · ry_i · rq_i, so the block's
 * sum is (n / 2) · (top covariance − bottom covariance); empty unless each side holds `MIN_SIDE_ROWS` rows.
 */
export function bandTerms(rows: readonly BandRow[], adjust: boolean): { terms: number[]; top: number; bottom: number } {
  const sides = [rows.filter((r) => r.side > 0), rows.filter((r) => r.side < 0)];
  if (sides.some((s) => s.length < MIN_SIDE_ROWS)) return { terms: [], top: 0, bottom: 0 };
  const terms = sides.flatMap((side) => {
    const s = side.map((r) => r.s);
    const ry = residuals(side.map((r) => r.reward), s, adjust);
    const rq = residuals(side.map((r) => r.q), s, adjust);
    const weight = rows.length / (2 * side.length);
    return ry.map((y, i) => (side[0]?.side ?? 1) * weight * y * (rq[i] ?? 0));
  });
  return { terms, top: sides[0]?.length ?? 0, bottom: sides[1]?.length ?? 0 };
}

/** The band evidence gathered since the last stop. */
export interface BandEvidence {
  sums: EvidenceSums;
  top: number;
  bottom: number;
  /** The mixture's scale, fixed once `SCALE_AFTER` rows are in (0 until then). */
  rho: number;
}

export const emptyBandEvidence = (): BandEvidence => ({ sums: emptySums(), top: 0, bottom: 0, rho: 0 });

/** Rows scored before the mixture's scale is fixed. */
const SCALE_AFTER = 30;

/** Folds one block's band rows into the evidence. */
export function addBandBlock(evidence: BandEvidence, rows: readonly BandRow[], rule: BandStartRule): BandEvidence {
  const block = bandTerms(rows, rule.adjust);
  const sums = addTerms(evidence.sums, block.terms);
  const rho = evidence.rho > 0 || sums.count < SCALE_AFTER ? evidence.rho : mixtureScale(sums, rule.scaleAtRows);
  return { sums, top: evidence.top + block.top, bottom: evidence.bottom + block.bottom, rho };
}

/** The band e-value's log (0 until each side holds `minPerSide` rows). */
export function bandLogE(evidence: BandEvidence, rule: BandStartRule): number {
  if (evidence.top < rule.minPerSide || evidence.bottom < rule.minPerSide || !(evidence.rho > 0)) return 0;
  return mixtureLogE(evidence.sums, evidence.rho);
}

/** Whether the band evidence starts an adapter. */
export const bandStarts = (evidence: BandEvidence, rule: BandStartRule): boolean => bandLogE(evidence, rule) >= Math.log(1 / rule.alpha);

/** The band start inside the batch learner: scores the blocks static served, and says when it starts an adapter. */
export class BandStart {
  private evidence = emptyBandEvidence();
  private placebo = emptySums();
  /** Whether the routing adapter was started by the band (it then routes with the newest fit). */
  started = false;

  constructor(readonly rule: BandStartRule) {}

  /** Adds a block static served, scored by a candidate fitted only on older outcomes. */
  score(candidate: DeploymentAdapter, block: readonly OutcomeExample[]): void {
    this.evidence = addBandBlock(this.evidence, bandRowsOf(candidate, block, this.rule.band), this.rule);
    this.placebo = addTerms(this.placebo, placeboTerms(candidate, block, this.rule.band, this.rule.adjust));
  }

  /** The placebo's z (its terms' sum over the root of their sum of squares; 0 before any). */
  placeboZ(): number {
    return this.placebo.sumSquares > 0 ? this.placebo.sum / Math.sqrt(this.placebo.sumSquares) : 0;
  }

  /** After a harm stop: the evidence starts again from nothing. */
  reset(): void {
    this.evidence = emptyBandEvidence();
    this.placebo = emptySums();
    this.started = false;
  }

  logE(): number {
    return bandLogE(this.evidence, this.rule);
  }

  /** Whether the band starts an adapter now; `exploredSum` is the explored evidence's sum since the last stop. */
  tryStart(exploredSum: number): boolean {
    if ((this.rule.agree && !(exploredSum > 0)) || !bandStarts(this.evidence, this.rule)) return false;
    if (this.rule.placeboZ !== undefined && !(Math.abs(this.placeboZ()) < this.rule.placeboZ)) return false;
    this.started = true;
    return true;
  }
}
