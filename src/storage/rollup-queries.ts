/**
 * Reads of the daily rollups (decision-rollup-sql.ts): summaries and daily time series for day-aligned periods
 * without filters, folded from per-day rows (a few thousand at most) instead of a scan of every decision.
 * @module
 */
import {
  TIMESERIES_BUCKET_MS,
  compareText,
  emptySummaryRow,
  type DecisionFilter,
  type ReportDimension,
  type SummaryRow,
  type TimeseriesBucket,
  type TimeseriesRow,
} from "../log/decision-log-store.js";
import { addToHistogram } from "../log/latency-histogram.js";
import type { RollupDimension, RollupSql } from "./decision-rollup-sql.js";
import type { RunStatement } from "./sql-decision-queries.js";

const DAY_MS = TIMESERIES_BUCKET_MS.day;

/** The whole-day range of a filter that only sets a day-aligned period, or undefined when the rollups cannot answer it. */
export function rollupDays(filter: DecisionFilter): { fromDay: number; toDay: number } | undefined {
  const { since, until, ...rest } = filter;
  if (Object.values(rest).some((value) => value !== undefined)) return undefined;
  if (since === undefined || until === undefined || since % DAY_MS !== 0 || until % DAY_MS !== 0 || since < 0 || until <= since) return undefined;
  return { fromDay: since / DAY_MS, toDay: until / DAY_MS };
}

function sumsOf(row: Record<string, unknown>): Omit<SummaryRow, "group" | "latency"> {
  const n = (key: string): number => Number(row[key] ?? 0);
  return {
    requests: n("requests"),
    served: n("served"),
    refused: n("refused"),
    failed: n("failed"),
    costUsd: n("cost_usd"),
    estimatedCostUsd: n("estimated_cost_usd"),
    inputTokens: n("input_tokens"),
    outputTokens: n("output_tokens"),
    latencyMsSum: n("latency_ms_sum"),
    feedbackCount: n("feedback_count"),
    feedbackScoreSum: n("feedback_score_sum"),
    escalations: n("escalations"),
  };
}

/** Summary and time-series reads over the rollups. */
export function createRollupQueries(rollup: RollupSql, run: RunStatement) {
  return {
    /** `by: day` folds the tier rollup per day; the other dimensions fold their own rollup per group. */
    async summarize(days: { fromDay: number; toDay: number }, by: ReportDimension): Promise<SummaryRow[] | undefined> {
      if (by === "experiment") return undefined;
      const dimension: RollupDimension = by === "day" ? "tier" : by;
      const label = (row: Record<string, unknown>): string => (by === "day" ? new Date(Number(row.day) * DAY_MS).toISOString().slice(0, 10) : String(row.grp));
      const [sums, latency] = await Promise.all([run(rollup.daily(dimension, days.fromDay, days.toDay)), run(rollup.dailyLatency(dimension, days.fromDay, days.toDay))]);
      const rows = new Map<string, SummaryRow>();
      const rowOf = (group: string): SummaryRow => {
        let row = rows.get(group);
        if (!row) rows.set(group, (row = emptySummaryRow(group)));
        return row;
      };
      for (const sum of sums) {
        const row = rowOf(label(sum));
        const add = sumsOf(sum);
        for (const key of Object.keys(add) as (keyof typeof add)[]) row[key] += add[key];
      }
      for (const bucket of latency) addToHistogram(rowOf(label(bucket)).latency, Number(bucket.bucket), Number(bucket.n), Number(bucket.max_ms));
      return [...rows.values()].filter((row) => row.requests > 0).sort((a, b) => compareText(a.group, b.group));
    },
    async timeseries(days: { fromDay: number; toDay: number }, bucket: TimeseriesBucket, by: RollupDimension): Promise<TimeseriesRow[] | undefined> {
      if (bucket !== "day") return undefined;
      const sums = await run(rollup.daily(by, days.fromDay, days.toDay));
      return sums
        .map((row): TimeseriesRow => ({ t: Number(row.day) * DAY_MS, group: String(row.grp), ...sumsOf(row) }))
        .sort((a, b) => a.t - b.t || compareText(a.group, b.group));
    },
  };
}
