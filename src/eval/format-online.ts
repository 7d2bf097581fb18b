/**
 * Text summary and SVG learning curve of an `eval --online` report.
 * @module
 */
import type { OnlineReport } from "./online-report.js";
import { renderLineChart } from "./plot-svg.js";

const show = (v: number | null | undefined): string => (v === null || v === undefined ? "n/a" : String(v));
const pct = (v: number | null | undefined): string => (v === null || v === undefined ? "never" : `${(v * 100).toFixed(1)}%`);

/** A signed change in words: "0.0015 higher", "0.0033 lower", "unchanged" (a signed number after "lost" read as a double negative). */
const change = (v: number): string => (v === 0 ? "unchanged" : `${Math.abs(v)} ${v > 0 ? "higher" : "lower"}`);

/** The report's headline metric for a metric object. */
function headline(metrics: Record<string, number | null>): string {
  return "apgr" in metrics ? `APGR ${show(metrics.apgr)}, CPT(50%) ${pct(metrics.cpt_50)}` : `95% of the best model at ${pct(metrics.cost_share_at_95)} of its price`;
}

/** Renders the report as text. */
export function formatOnlineReport(report: OnlineReport): string {
  const finalCount = Math.round(report.n * report.final_share);
  const lines = [
    `${report.dataset} --online: ${report.n} prompts (seed ${report.seed}, learner ${report.learner}), arms ${report.arms.join(" < ")}`,
    `final ${Math.round(report.final_share * 100)}% (${finalCount} prompts), same prompts for both:`,
    `  static   ${headline(report.static)}`,
    `  adapted  ${headline(report.adapted)} (adapter active on ${pct(report.adapted.adapter_active)} of them)`,
    `  served at the deployment's shares: static quality ${report.served.static.quality}, cost ${report.served.static.cost}; adapted quality ${report.served.adapted.quality}, cost ${report.served.adapted.cost}`,
    `exploration: ${report.exploration.explored} prompts (${pct(report.exploration.share)}, cap ${pct(report.exploration.cap)}); per prompt against the greedy choice: quality ${change(-report.exploration.quality_lost_per_prompt)}, cost ${change(report.exploration.extra_cost_per_prompt)}`,
    "learning curve (per window of the stream): seen | static | adapted | adapter active",
    ...report.curve.map((c) => `  ${String(c.seen).padStart(6)} | ${headline(c.static)} | ${headline(c.adapted)} | ${pct(c.adapter_active)}`),
    report.verdict,
  ];
  return `${lines.join("\n")}\n`;
}

/** The learning curve as an SVG chart: the headline metric per window, static and adapted. */
export function plotOnlineReport(report: OnlineReport): string {
  const key = "apgr" in report.static ? "apgr" : "cost_share_at_95";
  const points = (pick: (c: OnlineReport["curve"][number]) => Record<string, number | null>): { x: number; y: number }[] =>
    report.curve.flatMap((c) => {
      const y = pick(c)[key];
      return y === null || y === undefined ? [] : [{ x: c.seen, y: key === "apgr" ? y : y * 100 }];
    });
  return renderLineChart(
    [
      { name: "static (shipped router)", points: points((c) => c.static) },
      // Dashed: until an adapter routes, adapted equals static point for point, and a solid line drawn second hid the static one.
      { name: `adapted (${report.learner})`, points: points((c) => c.adapted), dashed: true },
    ],
    {
      title: `${report.dataset} --online: learning curve`,
      xLabel: "prompts streamed",
      yLabel: key === "apgr" ? "APGR per window" : "% of best model's price for 95% of its score",
    },
  );
}
