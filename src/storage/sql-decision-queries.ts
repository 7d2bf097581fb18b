/**
 * The read side shared by the SQL backends: runs the statements of `decisionSql` through a driver-specific
 * `run` and turns the rows into the store's shapes. Groups are ordered here (code-unit order), not by the
 * database's collation, so every backend orders them the same way.
 * @module
 */
import {
  compareText,
  type DecisionLogQueries,
  type ExperimentArmRow,
  type ModelUsageRow,
  type SummaryRow,
  type TimeseriesRow,
} from "../log/decision-log-store.js";
import { addToHistogram, type LatencyHistogram } from "../log/latency-histogram.js";
import { emptyArmRow } from "../log/query-records.js";
import { rowToDecision, toSummaryRow, type DecisionRow } from "./decision-columns.js";
import type { DecisionSql, SqlStatement } from "./decision-sql.js";

/** Runs one statement and returns its rows. */
export type RunStatement = (statement: SqlStatement) => Promise<Record<string, unknown>[]>;

type SqlQueries = Pick<DecisionLogQueries, "list" | "summarize" | "timeseries" | "modelUsage" | "experimentArms">;

/** The queries over one table. */
export function createSqlDecisionQueries(sql: DecisionSql, run: RunStatement): SqlQueries {
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

  return {
    async list(query) {
      const rows = await run(sql.list(query));
      return rows.map((row) => rowToDecision(row as DecisionRow));
    },
    async summarize({ by, ...filter }) {
      const [sums, latency] = await Promise.all([run(sql.summary(filter, by)), histograms(sql.latencyHistogram(filter, [sql.groupExpression(by)]), 1)]);
      const rows: SummaryRow[] = sums.map((row) => ({ ...toSummaryRow(row), latency: latency.get(String(row.grp)) ?? new Map() }));
      return { by, rows: rows.sort((a, b) => compareText(a.group, b.group)) };
    },
    async timeseries({ bucket, by, ...filter }) {
      const rows = await run(sql.timeseries(filter, bucket, by));
      return rows
        .map((row): TimeseriesRow => {
          const { latency: _unused, ...sums } = toSummaryRow(row);
          return { t: Number(row.t), ...sums };
        })
        .sort((a, b) => a.t - b.t || compareText(a.group, b.group));
    },
    async modelUsage(filter) {
      const [answers, attempts] = await Promise.all([run(sql.modelAnswers(filter)), run(sql.modelAttempts(filter))]);
      const rows = new Map<string, ModelUsageRow>();
      const row = (model: string): ModelUsageRow => {
        let found = rows.get(model);
        if (!found) rows.set(model, (found = { model, requests: 0, costUsd: 0, attempts: 0, errors: 0 }));
        return found;
      };
      for (const answer of answers) Object.assign(row(String(answer.model)), { requests: Number(answer.requests), costUsd: Number(answer.cost_usd ?? 0) });
      for (const attempt of attempts) {
        if (attempt.model === null || attempt.model === undefined) continue;
        Object.assign(row(String(attempt.model)), { attempts: Number(attempt.attempts), errors: Number(attempt.errors ?? 0) });
      }
      return [...rows.values()].sort((a, b) => compareText(a.model, b.model));
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
          };
        });
      return rows.sort((a, b) => compareText(a.experiment, b.experiment) || compareText(a.arm, b.arm));
    },
  };
}
