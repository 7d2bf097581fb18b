/**
 * The report of `eval --online`: the final slice scored for the static and the adapted router, the
 * learning curve (the same comparison per window of the stream) and what exploration cost.
 * @module
 */
import type { OnlineOptions, OnlineStep } from "./online-eval.js";
import { sliceMetrics } from "./online-eval.js";
import type { OutcomeStream } from "./online-stream.js";

/** One point of the learning curve. */
export interface CurvePoint {
  /** Prompts streamed by the end of this window. */
  seen: number;
  static: Record<string, number | null>;
  adapted: Record<string, number | null>;
  /** Share of this window's prompts routed with an adapter (the rest: static). */
  adapter_active: number;
  explored: number;
}

/** The JSON `eval --online --json` prints. */
export interface OnlineReport {
  dataset: string;
  n: number;
  final_share: number;
  learner: OnlineOptions["learner"];
  seed: number;
  arms: string[];
  static: Record<string, number | null>;
  adapted: Record<string, number | null> & { adapter_active: number };
  served: { static: { quality: number; cost: number }; adapted: { quality: number; cost: number } };
  exploration: { cap: number; explored: number; share: number; quality_lost_per_prompt: number; extra_cost_per_prompt: number };
  curve: CurvePoint[];
  verdict: string;
}

const r4 = (x: number): number => Number(x.toFixed(4));
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function served(stream: OutcomeStream, steps: readonly OnlineStep[], arm: (s: OnlineStep) => number): { quality: number; cost: number } {
  return {
    quality: r4(mean(steps.map((s) => stream.items[s.item]?.rewards[arm(s)] ?? 0))),
    cost: r4(mean(steps.map((s) => stream.prices[arm(s)] ?? 0))),
  };
}

/** Higher is better for APGR; lower is better for the cost share. */
function compare(stream: OutcomeStream, staticMetrics: Record<string, number | null>, adapted: Record<string, number | null>): number {
  if (stream.kind === "routellm") return (adapted.apgr ?? 0) - (staticMetrics.apgr ?? 0);
  return (staticMetrics.cost_share_at_95 ?? 1.01) - (adapted.cost_share_at_95 ?? 1.01);
}

function verdict(stream: OutcomeStream, report: Pick<OnlineReport, "static" | "adapted">, finalActive: number, everActive: number): string {
  if (finalActive === 0 && everActive === 0) return "The adapter never beat the static router on the outcomes it saw: the static router was kept, so the final slice is routed exactly as static.";
  if (finalActive === 0) {
    return `The adapter routed ${(everActive * 100).toFixed(1)}% of the stream, all before the final slice, and no longer passed the gate: the static router was kept, so the final slice is routed exactly as static (the curve shows where it was in use).`;
  }
  const delta = compare(stream, report.static, report.adapted);
  const what = stream.kind === "routellm" ? "APGR" : "cost share at 95%";
  if (delta > 0) return `The adapted router beat the static one on the final slice (${what} ${delta > 0 ? "better" : "worse"} by ${r4(Math.abs(delta))}).`;
  if (delta === 0) return `The adapted router tied the static one on the final slice (${what}).`;
  return `The adapted router did WORSE than the static one on the final slice (${what} worse by ${r4(-delta)}).`;
}

/** Builds the report from the simulation's steps. */
export function buildOnlineReport(stream: OutcomeStream, steps: readonly OnlineStep[], options: OnlineOptions): OnlineReport {
  const finalStart = Math.floor(steps.length * (1 - options.finalShare));
  const final = steps.slice(finalStart);
  const staticMetrics = sliceMetrics(stream, final, (s) => s.staticScore, options.numResults);
  const adaptedMetrics = sliceMetrics(stream, final, (s) => s.adaptedScore, options.numResults);
  const active = r4(mean(final.map((s) => (s.adapterActive ? 1 : 0))));
  const explored = steps.filter((s) => s.explored);
  const loss = explored.map((s) => (stream.items[s.item]?.rewards[s.greedyArm] ?? 0) - (stream.items[s.item]?.rewards[s.arm] ?? 0));
  const extra = explored.map((s) => (stream.prices[s.arm] ?? 0) - (stream.prices[s.greedyArm] ?? 0));
  const size = Math.ceil(steps.length / options.windows);
  const curve: CurvePoint[] = [];
  for (let start = 0; start < steps.length; start += size) {
    const window = steps.slice(start, start + size);
    curve.push({
      seen: start + window.length,
      static: sliceMetrics(stream, window, (s) => s.staticScore, options.numResults),
      adapted: sliceMetrics(stream, window, (s) => s.adaptedScore, options.numResults),
      adapter_active: r4(mean(window.map((s) => (s.adapterActive ? 1 : 0)))),
      explored: r4(mean(window.map((s) => (s.explored ? 1 : 0)))),
    });
  }
  const report = {
    dataset: stream.name,
    n: steps.length,
    final_share: options.finalShare,
    learner: options.learner,
    seed: options.seed,
    arms: stream.arms,
    static: staticMetrics,
    adapted: { ...adaptedMetrics, adapter_active: active },
    served: { static: served(stream, final, (s) => s.staticArm), adapted: served(stream, final, (s) => s.arm) },
    exploration: {
      cap: options.maxExplore,
      explored: explored.length,
      share: r4(explored.length / Math.max(1, steps.length)),
      quality_lost_per_prompt: r4(loss.reduce((a, b) => a + b, 0) / Math.max(1, steps.length)),
      extra_cost_per_prompt: r4(extra.reduce((a, b) => a + b, 0) / Math.max(1, steps.length)),
    },
    curve,
  };
  return { ...report, verdict: verdict(stream, report, active, mean(steps.map((s) => (s.adapterActive ? 1 : 0)))) };
}
