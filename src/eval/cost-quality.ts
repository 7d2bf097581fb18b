/**
 * Cost–quality evaluation on a per-model score matrix with an N-rung tier ladder.
 * Each prompt's strong-need probability is turned into its percentile rank u (ties share the mean
 * rank). An operating point is a set of non-decreasing cut points c_1 ≤ … ≤ c_{N−1} on a grid over
 * [0, 1]: a prompt goes to the first rung whose cut exceeds u (the last rung otherwise). Every grid
 * point is scored; the curve is their Pareto frontier (cheaper and better), and the cheapest point
 * reaching 95% of the best single model's score is reported.
 * @module
 */
import type { LadderRung, MatrixItem } from "./score-matrix.js";

/** One operating point. */
export interface CostQualityPoint {
  /** Mean price paid per prompt, in USD per million tokens (equal tokens per answer assumed). */
  cost: number;
  score: number;
  /** Share of prompts per rung, cheapest first. */
  shares: number[];
}

/** The result of a ladder evaluation. */
export interface CostQualityResult {
  n: number;
  dropped: number;
  ladder: { model: string; usd_per_million_tokens: number; score: number }[];
  best_model: { model: string; score: number; cost: number };
  target_score: number;
  curve: CostQualityPoint[];
  cheapest_at_95: CostQualityPoint | undefined;
  /** The cheapest single ladder model reaching the target, for comparison. */
  cheapest_single_model_at_95: { model: string; score: number; cost: number } | undefined;
}

/** Percentile ranks in [0, 1) with ties sharing their mean rank. */
export function percentileRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    const rank = (start + end) / 2 / order.length;
    for (let k = start; k <= end; k++) ranks[order[k]?.i ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Every non-decreasing vector of `size` cut points on the grid {0, 1/steps, …, 1}. */
export function cutGrid(size: number, steps: number): number[][] {
  if (size === 0) return [[]];
  const out: number[][] = [];
  const walk = (prefix: number[], from: number): void => {
    if (prefix.length === size) {
      out.push(prefix.map((i) => i / steps));
      return;
    }
    for (let i = from; i <= steps; i++) walk([...prefix, i], i);
  };
  walk([], 0);
  return out;
}

/** The points no other point beats on both cost and score, cheapest first. */
export function paretoFrontier(points: readonly CostQualityPoint[]): CostQualityPoint[] {
  const sorted = [...points].sort((a, b) => a.cost - b.cost || b.score - a.score);
  const frontier: CostQualityPoint[] = [];
  for (const p of sorted) if (frontier.length === 0 || p.score > (frontier[frontier.length - 1]?.score ?? -Infinity)) frontier.push(p);
  return frontier;
}

/** Scores every grid operating point and returns the frontier and the cheapest 95% point. */
export function evaluateLadder(
  allItems: readonly MatrixItem[],
  routerScores: readonly number[],
  ladder: readonly LadderRung[],
  steps = ladder.length <= 3 ? 20 : ladder.length === 4 ? 10 : 5,
): CostQualityResult {
  const kept = allItems.map((item, i) => ({ item, p: routerScores[i] ?? 0 })).filter(({ item }) => ladder.every((r) => item.scores[r.model] !== undefined));
  const ranks = percentileRanks(kept.map((k) => k.p));
  const scoreOf = (k: number, rung: number): number => kept[k]?.item.scores[ladder[rung]?.model ?? ""] ?? 0;
  const n = kept.length;
  const ladderScores = ladder.map((rung, r) => ({
    model: rung.model,
    usd_per_million_tokens: rung.usdPerMillionTokens,
    score: kept.reduce((sum, _k, k) => sum + scoreOf(k, r), 0) / n,
  }));
  const bestIndex = ladderScores.reduce((best, l, i) => (l.score > (ladderScores[best]?.score ?? -Infinity) ? i : best), 0);
  const best = ladderScores[bestIndex] ?? { model: "", score: 0, usd_per_million_tokens: 0 };
  const points: CostQualityPoint[] = [];
  for (const cuts of cutGrid(ladder.length - 1, steps)) {
    const counts = new Array<number>(ladder.length).fill(0);
    let cost = 0;
    let score = 0;
    ranks.forEach((u, k) => {
      let rung = 0;
      while (rung < cuts.length && u >= (cuts[rung] ?? 1)) rung++;
      counts[rung] = (counts[rung] ?? 0) + 1;
      cost += ladder[rung]?.usdPerMillionTokens ?? 0;
      score += scoreOf(k, rung);
    });
    points.push({ cost: cost / n, score: score / n, shares: counts.map((c) => c / n) });
  }
  const curve = paretoFrontier(points);
  const target = 0.95 * best.score;
  const reaching = curve.filter((p) => p.score >= target).sort((a, b) => a.cost - b.cost);
  return {
    n,
    dropped: allItems.length - n,
    ladder: ladderScores,
    best_model: { model: best.model, score: best.score, cost: best.usd_per_million_tokens },
    target_score: target,
    curve,
    cheapest_at_95: reaching[0],
    cheapest_single_model_at_95: ladderScores
      .filter((l) => l.score >= target)
      .sort((a, b) => a.usd_per_million_tokens - b.usd_per_million_tokens)
      .map((l) => ({ model: l.model, score: l.score, cost: l.usd_per_million_tokens }))[0],
  };
}
