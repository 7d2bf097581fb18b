/**
 * The time series, model usage and experiment arm queries computed in JavaScript from records: what the memory
 * backend uses, and the reference the SQL backends are tested against (decision-log.case.test.ts).
 * @module
 */
import {
  TIMESERIES_BUCKET_MS,
  compareText,
  emptySummaryRow,
  type ExperimentArmRow,
  type ModelUsageRow,
  type TimeseriesBucket,
  type TimeseriesDimension,
  type TimeseriesRow,
} from "./decision-log-store.js";
import { CLIENT_ENDED_ATTEMPT_TYPE, SKIPPED_ATTEMPT_TYPES, type DecisionRecord } from "./decision-record.js";
import { addToHistogram, latencyBucketOf } from "./latency-histogram.js";
import { hasImpossibleMeasure, possibleCost } from "./impossible-measures.js";
import { addToUnit, clusterSumsOf, emptyClusterSums, emptyUnitSums, unitKeyOf, type UnitSums } from "./arm-cluster-sums.js";
import { addSumsToRow, groupOf } from "./summarize-records.js";

/** Sums per (bucket start, group), ordered by bucket then group. */
export function timeseriesOfRecords(records: Iterable<DecisionRecord>, bucket: TimeseriesBucket, by: TimeseriesDimension): TimeseriesRow[] {
  const width = TIMESERIES_BUCKET_MS[bucket];
  const rows = new Map<string, TimeseriesRow>();
  for (const record of records) {
    const t = Math.floor(record.createdAt / width) * width;
    const group = groupOf(record, by);
    const id = `${t}\u0000${group}`;
    let row = rows.get(id);
    if (!row) {
      const { latency: _unused, ...sums } = emptySummaryRow(group);
      rows.set(id, (row = { t, ...sums }));
    }
    addSumsToRow(row, record);
  }
  return [...rows.values()].sort((a, b) => a.t - b.t || compareText(a.group, b.group));
}

/** Per model: decisions it answered and attempts on it. */
export function modelUsageOfRecords(records: Iterable<DecisionRecord>): ModelUsageRow[] {
  const rows = new Map<string, ModelUsageRow>();
  const row = (model: string): ModelUsageRow => {
    let found = rows.get(model);
    if (!found) rows.set(model, (found = { model, requests: 0, costUsd: 0, attempts: 0, errors: 0, skipped: 0 }));
    return found;
  };
  for (const record of records) {
    if (record.model !== null) {
      const answered = row(record.model);
      answered.requests += 1;
      answered.costUsd += possibleCost(record);
    }
    for (const attempt of record.attempts) {
      const tried = row(attempt.model);
      tried.attempts += 1;
      if (attempt.errorType !== null && SKIPPED_ATTEMPT_TYPES.includes(attempt.errorType)) tried.skipped += 1;
      else if (attempt.errorType !== null && attempt.errorType !== CLIENT_ENDED_ATTEMPT_TYPE) tried.errors += 1;
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.model, b.model));
}

/** Per experiment arm of enrolled decisions. */
export function experimentArmsOfRecords(records: Iterable<DecisionRecord>): ExperimentArmRow[] {
  const rows = new Map<string, ExperimentArmRow>();
  const unitsByArm = new Map<string, Map<string, UnitSums>>();
  for (const record of records) {
    if (record.experiment === null) continue;
    const arm = record.arm ?? "";
    const id = `${record.experiment}\u0000${arm}`;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = emptyArmRow(record.experiment, arm)));
    let units = unitsByArm.get(id);
    if (!units) unitsByArm.set(id, (units = new Map()));
    const key = unitKeyOf(record);
    let unit = units.get(key);
    if (!unit) units.set(key, (unit = emptyUnitSums()));
    addToUnit(unit, record);
    row.requests += 1;
    row.costSum += possibleCost(record);
    row.costSquares += possibleCost(record) ** 2;
    if (record.outcome === "failed") row.failed += 1;
    if (record.escalatedTo !== null) row.escalations += 1;
    if (record.feedbackScore !== null) {
      row.feedbackCount += 1;
      row.feedbackSum += record.feedbackScore;
      row.feedbackSquares += record.feedbackScore * record.feedbackScore;
    }
    if (record.outcome === "served" && !hasImpossibleMeasure(record)) addToHistogram(row.latency, latencyBucketOf(record.latencyMs), 1, record.latencyMs);
  }
  for (const [id, row] of rows) row.clusters = clusterSumsOf(unitsByArm.get(id)?.values() ?? []);
  return [...rows.values()].sort((a, b) => compareText(a.experiment, b.experiment) || compareText(a.arm, b.arm));
}

/** An arm with no requests. */
export function emptyArmRow(experiment: string, arm: string): ExperimentArmRow {
  return { experiment, arm, requests: 0, costSum: 0, costSquares: 0, failed: 0, escalations: 0, feedbackCount: 0, feedbackSum: 0, feedbackSquares: 0, latency: new Map(), clusters: emptyClusterSums() };
}
