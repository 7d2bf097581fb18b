/**
 * Human-readable tables and SVG charts for `switchyard eval` results.
 * @module
 */
import { renderLineChart, type PlotSeries } from "./plot-svg.js";
import type { EvalResult } from "./run-eval.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const num = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** Renders results as text tables. */
export function formatEvalResults(results: readonly EvalResult[]): string {
  const lines: string[] = [];
  const first = results[0];
  if (!first) return "no results\n";
  if (first.kind === "routellm") {
    lines.push(`${first.dataset}: n=${first.n} (${first.dropped} contaminated dropped), strong ${num(first.strong)}, weak ${num(first.weak)}`);
    lines.push("router       APGR    (95% bootstrap)   CPT(20%)  CPT(50%)  CPT(80%)");
    for (const r of results) {
      if (r.kind !== "routellm") continue;
      const ci = `[${num(r.apgr_ci95[0], 2)}, ${num(r.apgr_ci95[1], 2)}]`;
      lines.push(`${r.router.padEnd(12)} ${num(r.apgr).padEnd(7)} ${ci.padEnd(17)} ${pct(r.cpt_20).padEnd(9)} ${pct(r.cpt_50).padEnd(9)} ${pct(r.cpt_80)}`);
    }
  } else if (first.kind === "ladder") {
    lines.push(`${first.dataset}: n=${first.n} (${first.dropped} with empty cells dropped)`);
    for (const rung of first.ladder) lines.push(`  rung ${rung.model.padEnd(40)} $${rung.usd_per_million_tokens}/M  score ${num(rung.score)}`);
    lines.push(`  best model ${first.best_model.model} ${num(first.best_model.score)}; 95% target ${num(first.target_score)}`);
    const single = first.cheapest_single_model_at_95;
    if (single) lines.push(`  cheapest single model reaching it: ${single.model} at $${single.cost}/M`);
    lines.push("router       cheapest point reaching 95% of the best model");
    for (const r of results) {
      if (r.kind !== "ladder") continue;
      const p = r.cheapest_at_95;
      const text = p ? `$${num(p.cost, 2)}/M (${pct(p.cost / r.best_model.cost)} of best model's price), score ${num(p.score)}` : "never reached";
      lines.push(`${r.router.padEnd(12)} ${text}`);
    }
  } else {
    for (const r of results) {
      if (r.kind !== "tasks") continue;
      lines.push(`${r.dataset} / ${r.router}: accuracy ${pct(r.accuracy)} over ${r.n} prompts`);
      const labels = r.labels;
      lines.push(`gold \\ predicted`.padEnd(18) + labels.map((l) => l.slice(0, 6).padStart(7)).join(""));
      for (const gold of labels) {
        const row = r.confusion[gold];
        if (!row) continue;
        lines.push(gold.padEnd(18) + labels.map((p) => String(row[p] ?? 0).padStart(7)).join(""));
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Renders the curves of the results as an SVG chart; undefined for task sets. */
export function plotEvalResults(results: readonly EvalResult[]): string | undefined {
  const first = results[0];
  if (!first || first.kind === "tasks") return undefined;
  const series: PlotSeries[] = [];
  if (first.kind === "routellm") {
    for (const r of results) if (r.kind === "routellm") series.push({ name: `${r.router} (APGR ${num(r.apgr)})`, points: r.curve.map((p) => ({ x: p.strong_share * 100, y: p.score })) });
    series.push({ name: "strong model", dashed: true, points: [{ x: 0, y: first.strong }, { x: 100, y: first.strong }] });
    series.push({ name: "weak model", dashed: true, points: [{ x: 0, y: first.weak }, { x: 100, y: first.weak }] });
    return renderLineChart(series, { title: `${first.dataset}: quality vs strong-model calls`, xLabel: "strong model calls (%)", yLabel: "mean score" });
  }
  for (const r of results) if (r.kind === "ladder") series.push({ name: r.router, points: r.curve.map((p) => ({ x: p.cost, y: p.score })) });
  series.push({ name: "single models", dashed: true, points: first.ladder.map((l) => ({ x: l.usd_per_million_tokens, y: l.score })) });
  series.push({ name: "95% of best", dashed: true, points: [{ x: 0, y: first.target_score }, { x: first.best_model.cost, y: first.target_score }] });
  return renderLineChart(series, { title: `${first.dataset}: cost vs quality`, xLabel: "mean price (USD per million tokens)", yLabel: "mean score" });
}
