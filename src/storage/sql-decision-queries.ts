/**
 * The read side shared by the SQL backends: runs the statements of `decisionSql` through a driver-specific
 * `run` and turns the rows into the store's shapes. Groups are ordered here (code-unit order), not by the
 * database's collation, so every backend orders them the same way.
 * @module
 */
import {
  compareText,
  type DecisionFilter,
  type DecisionLogQueries,
  type ReportDimension,
  type TimeseriesBucket,
  type TimeseriesDimension,
  type ExperimentArmRow,
  type ModelUsageRow,
  type SummaryRow,
  type TimeseriesRow,
} from "../log/decision-log-store.js";
import { addToHistogram, type LatencyHistogram } from "../log/latency-histogram.js";
import { emptyArmRow } from "../log/query-records.js";
import { rowToDecision, toSummaryRow, type DecisionRow } from "./decision-columns.js";
import type { RollupSql } from "./decision-rollup-sql.js";
import type { DecisionSql, RunStatement, SqlStatement } from "./decision-sql.js";
import { addSummaryRow } from "../log/build-report.js";
import { emptySummaryRow } from "../log/decision-log-store.js";
import { createRollupQueries, rollupSplit } from "./rollup-queries.js";

export type { RunStatement } from "./decision-sql.js";

type SqlQueries = Pick<DecisionLogQueries, "list" | "summarize" | "timeseries" | "modelUsage" | "experimentArms" | "spentUsd">;

/** The queries over one table. */
export function createSqlDecisionQueries(sql: DecisionSql, run: RunStatement, rollup?: RollupSql): SqlQueries {
  const rollups = rollup && createRollupQueries(rollup, run);
  /** Histograms keyed by the group columns joined with NUL. */
  const histograms = async (statement: SqlStatement, groupCount: number): Promise<Map<string, LatencyHistogram>> => {
    const byGroup = new Map<string, LatencyHistogram>();
    for (const row of await run(statement)) {
      const id = Array.from({ length: groupCount }, (_, i) => String(row[`g${i}`])).join("\u0000");
      let histogram = byGroup.get(id);
      if (!histogram) byGroup.set(id, (histogram = new Map()));
      addToHistogram(histogram, Number(row.bucket), Number(row.n), Number(row.max_ms));
    }
    return byGroup;
  };

  const summarizeRaw = async (filter: DecisionFilter, by: ReportDimension): Promise<SummaryRow[]> => {
    const [sums, latency] = await Promise.all([run(sql.summary(filter, by)), histograms(sql.latencyHistogram(filter, [sql.groupExpression(by)]), 1)]);
    return sums.map((row) => ({ ...toSummaryRow(row), latency: latency.get(String(row.grp)) ?? new Map() })).sort((a, b) => compareText(a.group, b.group));
  };
  const timeseriesRaw = async (filter: DecisionFilter, bucket: TimeseriesBucket, by: TimeseriesDimension): Promise<TimeseriesRow[]> => {
    const rows = await run(sql.timeseries(filter, bucket, by));
    return rows
      .map((row): TimeseriesRow => {
        const { latency: _unused, ...sums } = toSummaryRow(row);
        return { t: Number(row.t), ...sums };
      })
      .sort((a, b) => a.t - b.t || compareText(a.group, b.group));
  };

  return {
    async list(query) {
      const rows = await run(sql.list(query));
      return rows.map((row) => rowToDecision(row as DecisionRow));
    },
    async summarize({ by, ...filter }) {
      const split = rollups && by !== "door" ? rollupSplit(filter) : undefined;
      if (rollups && split) {
        // Whole days from the rollups, the partial days at the edges from the decisions, folded per group.
        const parts = await Promise.all([rollups.summarize(split.days, by), ...split.edges.map((edge) => summarizeRaw(edge, by))]);
        return { by, rows: foldRows(parts.flatMap((rows) => rows ?? [])) };
      }
      return { by, rows: await summarizeRaw(filter, by) };
    },
    async timeseries({ bucket, by, ...filter }) {
      const split = rollups && bucket === "day" ? rollupSplit(filter) : undefined;
      if (rollups && split) {
        const parts = await Promise.all([rollups.timeseries(split.days, bucket, by), ...split.edges.map((edge) => timeseriesRaw(edge, bucket, by))]);
        return foldSeries(parts.flatMap((rows) => rows ?? []));
      }
      return timeseriesRaw(filter, bucket, by);
    },
    async modelUsage(filter) {
      const [answers, attempts] = await Promise.all([run(sql.modelAnswers(filter)), run(sql.modelAttempts(filter))]);
      const rows = new Map<string, ModelUsageRow>();
      const row = (model: string): ModelUsageRow => {
        let found = rows.get(model);
        if (!found) rows.set(model, (found = { model, requests: 0, costUsd: 0, attempts: 0, errors: 0, skipped: 0 }));
        return found;
      };
      for (const answer of answers) Object.assign(row(String(answer.model)), { requests: Number(answer.requests), costUsd: Number(answer.cost_usd ?? 0) });
      for (const attempt of attempts) {
        if (attempt.model === null || attempt.model === undefined) continue;
        Object.assign(row(String(attempt.model)), { attempts: Number(attempt.attempts), errors: Number(attempt.errors ?? 0), skipped: Number(attempt.skipped ?? 0) });
      }
      return [...rows.values()].sort((a, b) => compareText(a.model, b.model));
    },
    async spentUsd(filter) {
      const [row] = await run(sql.spent(filter));
      return { costUsd: Number(row?.cost_usd ?? 0), judgeCostUsd: Number(row?.judge_cost_usd ?? 0) };
    },
    async experimentArms(filter) {
      const [sums, latency] = await Promise.all([
        run(sql.experimentArms(filter)),
        histograms(sql.latencyHistogram(filter, ["d.experiment", "COALESCE(d.arm, '')"], ["d.experiment IS NOT NULL"]), 2),
      ]);
      const rows = sums
        .filter((row) => row.experiment !== null)
        .map((row): ExperimentArmRow => {
          const n = (key: string): number => Number(row[key] ?? 0);
          const experiment = String(row.experiment);
          const arm = String(row.arm);
          return {
            ...emptyArmRow(experiment, arm),
            requests: n("requests"),
            costSum: n("cost_sum"),
            costSquares: n("cost_squares"),
            failed: n("failed"),
            escalations: n("escalations"),
            feedbackCount: n("feedback_count"),
            feedbackSum: n("feedback_sum"),
            feedbackSquares: n("feedback_squares"),
            latency: latency.get(`${experiment}\u0000${arm}`) ?? new Map(),
            clusters: {
              units: n("units"),
              feedbackUnits: n("feedback_units"),
              requestSquares: n("request_squares"),
              costSquares: n("unit_cost_squares"),
              costByRequests: n("unit_cost_by_requests"),
              failedSquares: n("unit_failed_squares"),
              failedByRequests: n("unit_failed_by_requests"),
              escalationSquares: n("unit_escalation_squares"),
              escalationByRequests: n("unit_escalation_by_requests"),
              feedbackCountSquares: n("unit_feedback_count_squares"),
              feedbackSumSquares: n("unit_feedback_sum_squares"),
              feedbackSumByCount: n("unit_feedback_sum_by_count"),
            },
          };
        });
      return rows.sort((a, b) => compareText(a.experiment, b.experiment) || compareText(a.arm, b.arm));
    },
  };
}

/** Rows of the same group (from the rollups and the edge days) folded into one, ordered by group. */
function foldRows(rows: readonly SummaryRow[]): SummaryRow[] {
  const folded = new Map<string, SummaryRow>();
  for (const row of rows) {
    let total = folded.get(row.group);
    if (!total) folded.set(row.group, (total = emptySummaryRow(row.group)));
    addSummaryRow(total, row);
  }
  return [...folded.values()].sort((a, b) => compareText(a.group, b.group));
}

/** Points of the same bucket and group folded into one, ordered by bucket then group. */
function foldSeries(rows: readonly TimeseriesRow[]): TimeseriesRow[] {
  const folded = new Map<string, TimeseriesRow>();
  for (const row of rows) {
    const id = `${row.t}\u0000${row.group}`;
    const total = folded.get(id);
    if (!total) {
      folded.set(id, { ...row });
      continue;
    }
    for (const key of Object.keys(row) as (keyof TimeseriesRow)[]) {
      if (key !== "t" && key !== "group") total[key] += row[key];
    }
  }
  return [...folded.values()].sort((a, b) => a.t - b.t || compareText(a.group, b.group));
}
