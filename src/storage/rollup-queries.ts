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
import { summarySums } from "./decision-columns.js";
import type { RunStatement } from "./decision-sql.js";

const DAY_MS = TIMESERIES_BUCKET_MS.day;

/**
 * How the rollups can answer a filter that only sets a period: the whole UTC days inside it, plus the partial days
 * at either edge (`head`, `tail`) for the decisions table. Undefined when another filter is set or no whole day fits.
 */
export function rollupSplit(filter: DecisionFilter): { days: { fromDay: number; toDay: number }; edges: DecisionFilter[] } | undefined {
  const { since, until, ...rest } = filter;
  if (Object.values(rest).some((value) => value !== undefined)) return undefined;
  if (since === undefined || until === undefined || since < 0) return undefined;
  const fromDay = Math.ceil(since / DAY_MS);
  const toDay = Math.floor(until / DAY_MS);
  if (toDay <= fromDay) return undefined;
  const edges: DecisionFilter[] = [];
  if (since < fromDay * DAY_MS) edges.push({ since, until: fromDay * DAY_MS });
  if (until > toDay * DAY_MS) edges.push({ since: toDay * DAY_MS, until });
  return { days: { fromDay, toDay }, edges };
}

/** Summary and time-series reads over the rollups. */
export function createRollupQueries(rollup: RollupSql, run: RunStatement) {
  return {
    /** `by: day` folds the tier rollup per day; the other dimensions fold their own rollup per group. */
    async summarize(days: { fromDay: number; toDay: number }, by: ReportDimension): Promise<SummaryRow[] | undefined> {
      if (by === "door") return undefined; // no rollup for doors: the raw query answers
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
        const add = summarySums(sum);
        for (const key of Object.keys(add) as (keyof typeof add)[]) row[key] += add[key];
      }
      for (const bucket of latency) addToHistogram(rowOf(label(bucket)).latency, Number(bucket.bucket), Number(bucket.n), Number(bucket.max_ms));
      return [...rows.values()].filter((row) => row.requests > 0).sort((a, b) => compareText(a.group, b.group));
    },
    async timeseries(days: { fromDay: number; toDay: number }, bucket: TimeseriesBucket, by: RollupDimension): Promise<TimeseriesRow[] | undefined> {
      if (bucket !== "day") return undefined;
      const sums = await run(rollup.daily(by, days.fromDay, days.toDay));
      return sums
        .map((row): TimeseriesRow => ({ t: Number(row.day) * DAY_MS, group: String(row.grp), ...summarySums(row) }))
        .sort((a, b) => a.t - b.t || compareText(a.group, b.group));
    },
  };
}
