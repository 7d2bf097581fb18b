/**
 * Cost–quality evaluation on a per-model score matrix with an N-rung tier ladder.
 * Each prompt's strong-need probability is turned into its percentile rank u (ties share the mean
 * rank); a shift s ∈ [−1, 1] sends the prompt to rung ⌊(u + s)·N⌋ (clamped). Sweeping s traces the
 * curve from "all cheapest" to "all most expensive"; the cheapest point reaching 95% of the best
 * single model's score is reported.
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

/** Sweeps the ladder shift and returns the curve and the cheapest 95% point. */
export function evaluateLadder(
  allItems: readonly MatrixItem[],
  routerScores: readonly number[],
  ladder: readonly LadderRung[],
  steps = 40,
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
  const curve: CostQualityPoint[] = [];
  for (let step = 0; step <= steps; step++) {
    const shift = -1 + (2 * step) / steps;
    const counts = new Array<number>(ladder.length).fill(0);
    let cost = 0;
    let score = 0;
    ranks.forEach((u, k) => {
      const rung = Math.min(ladder.length - 1, Math.max(0, Math.floor((u + shift) * ladder.length)));
      counts[rung] = (counts[rung] ?? 0) + 1;
      cost += ladder[rung]?.usdPerMillionTokens ?? 0;
      score += scoreOf(k, rung);
    });
    const point = { cost: cost / n, score: score / n, shares: counts.map((c) => c / n) };
    const previous = curve[curve.length - 1];
    if (!previous || previous.cost !== point.cost || previous.score !== point.score) curve.push(point);
  }
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
  };
}
