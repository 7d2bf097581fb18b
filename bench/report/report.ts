/**
 * The report benchmark's verdicts and tables (text for the console and docs/benchmarks.md, JSON for bench/results).
 * @module
 */

/** One timed call. */
export interface Measurement {
  label: string;
  /** `overview`: goal ≤ 1 s; `page`: a decisions page, goal ≤ 300 ms; `report`/`baseline`: reported only. */
  kind: "overview" | "page" | "report" | "baseline";
  medianMs: number;
  maxMs: number;
  samplesMs: number[];
}

/** One store's results. */
export interface StoreResult {
  store: string;
  rows: number;
  seedSeconds: number;
  measurements: Measurement[];
}

const GOALS_MS = { overview: 1_000, page: 300 } as const;

/** Tables and verdicts. */
export function buildReports(results: readonly StoreResult[], machine: { cpus: number; node: string; date: string; repeat: number }) {
  const lines: string[] = [`Machine: ${machine.cpus} cores, Node ${machine.node}, ${machine.date}; median and max of ${machine.repeat} runs after a warm-up.`];
  const verdicts: { store: string; goal: string; worstMedianMs: number; met: boolean }[] = [];
  for (const result of results) {
    lines.push("", `${result.store}: ${result.rows.toLocaleString("en-US")} decisions, seeded in ${result.seedSeconds.toFixed(1)} s (${Math.round(result.rows / result.seedSeconds).toLocaleString("en-US")} rows/s)`);
    lines.push("| query | median | max |", "|---|---|---|");
    for (const m of result.measurements) lines.push(`| ${m.label} | ${m.medianMs.toFixed(1)} ms | ${m.maxMs.toFixed(1)} ms |`);
    for (const kind of ["overview", "page"] as const) {
      const worst = Math.max(...result.measurements.filter((m) => m.kind === kind).map((m) => m.medianMs));
      const met = worst <= GOALS_MS[kind];
      verdicts.push({ store: result.store, goal: `${kind} ≤ ${GOALS_MS[kind]} ms`, worstMedianMs: worst, met });
      lines.push(`VERDICT ${result.store}: ${kind === "overview" ? "overview data" : "slowest filtered decisions page"} ${worst.toFixed(1)} ms (goal ≤ ${GOALS_MS[kind]} ms): ${met ? "MET" : "NOT MET"}`);
    }
    const count = result.measurements.find((m) => m.label.startsWith("baseline: SELECT SUM"));
    const overview = result.measurements.find((m) => m.kind === "overview");
    const sqlExperiments = result.measurements.find((m) => m.label.startsWith("experiment reports, 60 days"));
    const jsExperiments = result.measurements.find((m) => m.label.startsWith("baseline: experiment reports as before"));
    if (count && overview) lines.push(`ratio overview / one full-table SUM scan: ${(overview.medianMs / count.medianMs).toFixed(2)}×`);
    if (sqlExperiments && jsExperiments) {
      lines.push(`ratio experiment reports, GROUP BY over all rows / old JS path over 200k rows: ${(sqlExperiments.medianMs / jsExperiments.medianMs).toFixed(3)}×`);
    }
  }
  return { text: lines.join("\n"), json: { machine, results, verdicts } };
}
