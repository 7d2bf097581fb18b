/**
 * Summaries computed in JavaScript from records: what the memory backend uses, and the reference the SQL
 * backends are tested against.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";
import { compareText, emptySummaryRow, type DecisionFilter, type DecisionSummary, type ReportDimension, type SummaryRow } from "./decision-log-store.js";
import { hasImpossibleMeasure } from "./impossible-measures.js";
import { addToHistogram, latencyBucketOf } from "./latency-histogram.js";

/** The label of a group with no value (no key, no model, no experiment). */
export const NO_GROUP = "(none)";

/** The group a record falls in for a dimension. */
export function groupOf(record: DecisionRecord, by: ReportDimension): string {
  switch (by) {
    case "day":
      return new Date(record.createdAt).toISOString().slice(0, 10);
    case "task":
      return record.task;
    case "tier":
      return record.tier;
    case "model":
      return record.model ?? NO_GROUP;
    case "key":
      return record.keyId ?? NO_GROUP;
    case "experiment":
      return record.experiment === null ? NO_GROUP : `${record.experiment}:${record.arm ?? ""}`;
    case "door":
      return record.door ?? "chat";
  }
}

/** True when a record is in the filter's period and matches each of its fields. */
export function matchesFilter(record: DecisionRecord, filter: DecisionFilter): boolean {
  return (
    record.createdAt >= (filter.since ?? Number.NEGATIVE_INFINITY) &&
    record.createdAt < (filter.until ?? Number.POSITIVE_INFINITY) &&
    (filter.task === undefined || record.task === filter.task) &&
    (filter.tier === undefined || record.tier === filter.tier) &&
    (filter.model === undefined || record.model === filter.model) &&
    (filter.outcome === undefined || record.outcome === filter.outcome) &&
    (filter.keyId === undefined || record.keyId === filter.keyId) &&
    (filter.experiment === undefined || record.experiment === filter.experiment) &&
    (filter.router === undefined || record.router === filter.router) &&
    (filter.minCostUsd === undefined || record.costUsd >= filter.minCostUsd)
  );
}

/** Adds one record's sums (everything but the latency histogram) to a row. */
export function addSumsToRow(row: Omit<SummaryRow, "latency" | "group">, record: DecisionRecord): void {
  row.requests += 1;
  if (record.outcome === "served") row.served += 1;
  if (record.outcome === "refused") row.refused += 1;
  if (record.outcome === "failed") row.failed += 1;
  if (record.feedbackScore !== null) {
    row.feedbackCount += 1;
    row.feedbackScoreSum += record.feedbackScore;
  }
  if (record.escalatedTo !== null) row.escalations += 1;
  if (hasImpossibleMeasure(record)) {
    row.impossible += 1;
    return;
  }
  row.costUsd += record.costUsd;
  row.estimatedCostUsd += record.estimatedCostUsd;
  row.inputTokens += record.inputTokens;
  row.outputTokens += record.outputTokens;
  row.latencyMsSum += record.latencyMs;
  row.judgeCostUsd += record.judgeCostUsd ?? 0;
}

/** Adds one record to a row. */
export function addToRow(row: SummaryRow, record: DecisionRecord): void {
  addSumsToRow(row, record);
  if (record.outcome === "served" && !hasImpossibleMeasure(record)) addToHistogram(row.latency, latencyBucketOf(record.latencyMs), 1, record.latencyMs);
}

/** Groups and sums records, ordered by group. */
export function summarizeRecords(records: Iterable<DecisionRecord>, by: ReportDimension): DecisionSummary {
  const rows = new Map<string, SummaryRow>();
  for (const record of records) {
    const group = groupOf(record, by);
    let row = rows.get(group);
    if (!row) rows.set(group, (row = emptySummaryRow(group)));
    addToRow(row, record);
  }
  return { by, rows: [...rows.values()].sort((a, b) => compareText(a.group, b.group)) };
}
