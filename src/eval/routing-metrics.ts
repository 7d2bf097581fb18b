/**
 * RouteLLM's routing metrics, reproduced from `routellm/evals/benchmarks.py` and `evaluate.py`
 * (lm-sys/RouteLLM):
 * - thresholds are the edges of `pd.qcut(scores, numResults)`: the 0, 1/n, ..., 1 quantiles of the
 *   router's scores (linear interpolation), duplicates kept;
 * - at every threshold but the last a prompt goes to the strong model when `score >= threshold`;
 *   at the last (the maximum) when `score > threshold`, so the sweep spans 100% .. 0% strong calls;
 * - PGR = (score − weak) / (strong − weak); APGR = trapezoid area of PGR over the strong-call share
 *   (points sorted by share); CPT(x) = the share where the curve first reaches PGR x, by linear
 *   interpolation between neighbouring sweep points (RouteLLM uses `np.interp` over the same points).
 * @module
 */

/** One routed prompt: the router's score and what each model scored on it. */
export interface PairedOutcome {
  /** The router's score: higher means "send to the strong model". */
  routerScore: number;
  strongScore: number;
  weakScore: number;
}

/** One point of the quality-versus-strong-share curve. */
export interface CurvePoint {
  /** Share of prompts (0..1) sent to the strong model. */
  strong_share: number;
  /** Mean score of the routed answers. */
  score: number;
}

/** RouteLLM's summary of a router on a strong/weak pair. */
export interface RoutingMetrics {
  n: number;
  /** Mean score of the strong model alone. */
  strong: number;
  /** Mean score of the weak model alone. */
  weak: number;
  apgr: number;
  cpt_20: number;
  cpt_50: number;
  cpt_80: number;
  curve: CurvePoint[];
}

/** `np.quantile`/pandas linear-interpolation quantile of sorted values. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (position - lower) * (high - low);
}

/** RouteLLM's threshold sweep: quantile edges of the scores, duplicates included. */
export function sweepThresholds(scores: readonly number[], numResults = 10): number[] {
  const sorted = [...scores].sort((a, b) => a - b);
  const thresholds: number[] = [];
  for (let i = 0; i <= numResults; i++) thresholds.push(quantileSorted(sorted, i / numResults));
  return thresholds;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The curve of (strong share, mean score), one point per threshold, sorted by share. */
export function routingCurve(outcomes: readonly PairedOutcome[], numResults = 10): CurvePoint[] {
  const thresholds = sweepThresholds(
    outcomes.map((o) => o.routerScore),
    numResults,
  );
  const points = thresholds.map((threshold, index) => {
    const last = index === thresholds.length - 1;
    let strongCalls = 0;
    let total = 0;
    for (const o of outcomes) {
      const toStrong = last ? o.routerScore > threshold : o.routerScore >= threshold;
      if (toStrong) strongCalls++;
      total += toStrong ? o.strongScore : o.weakScore;
    }
    return { strong_share: strongCalls / outcomes.length, score: total / outcomes.length };
  });
  // Stable sort keeps sweep order among equal shares (zero-width trapezoids either way).
  return points.map((p, i) => ({ p, i })).sort((a, b) => a.p.strong_share - b.p.strong_share || a.i - b.i).map((x) => x.p);
}

/** Trapezoid area under y(x) over the given points (x ascending), like `np.trapz`. */
export function trapezoid(xs: readonly number[], ys: readonly number[]): number {
  let area = 0;
  for (let i = 1; i < xs.length; i++) {
    area += ((xs[i] ?? 0) - (xs[i - 1] ?? 0)) * (((ys[i] ?? 0) + (ys[i - 1] ?? 0)) / 2);
  }
  return area;
}

/** Smallest strong share at which the curve's PGR reaches `target` (linear interpolation); 1 if never. */
export function callPerformanceThreshold(curve: readonly CurvePoint[], strong: number, weak: number, target: number): number {
  const pgr = (score: number): number => (score - weak) / (strong - weak);
  const first = curve[0];
  if (!first) return Number.NaN;
  if (pgr(first.score) >= target) return first.strong_share;
  for (let i = 1; i < curve.length; i++) {
    const previous = curve[i - 1] as CurvePoint;
    const current = curve[i] as CurvePoint;
    const yPrevious = pgr(previous.score);
    const yCurrent = pgr(current.score);
    if (yCurrent >= target) {
      if (yCurrent === yPrevious) return current.strong_share;
      const t = (target - yPrevious) / (yCurrent - yPrevious);
      return previous.strong_share + t * (current.strong_share - previous.strong_share);
    }
  }
  return 1;
}

/** APGR, CPT(20/50/80%) and the curve for one router on one strong/weak dataset. */
export function computeRoutingMetrics(outcomes: readonly PairedOutcome[], numResults = 10): RoutingMetrics {
  const strong = mean(outcomes.map((o) => o.strongScore));
  const weak = mean(outcomes.map((o) => o.weakScore));
  const curve = routingCurve(outcomes, numResults);
  const xs = curve.map((p) => p.strong_share);
  const span = (xs[xs.length - 1] ?? 0) - (xs[0] ?? 0);
  const auc = trapezoid(
    xs,
    curve.map((p) => p.score),
  );
  // evaluate.py: (AUC − weak·span) / (strong·span − weak·span), span = range of the shares swept.
  const apgr = (auc - weak * span) / ((strong - weak) * span);
  return {
    n: outcomes.length,
    strong,
    weak,
    apgr,
    cpt_20: callPerformanceThreshold(curve, strong, weak, 0.2),
    cpt_50: callPerformanceThreshold(curve, strong, weak, 0.5),
    cpt_80: callPerformanceThreshold(curve, strong, weak, 0.8),
    curve,
  };
}
