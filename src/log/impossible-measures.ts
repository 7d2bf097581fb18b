/**
 * Records whose measures no request can have: a cost, token count or latency below zero, infinite or not a number
 * (a store edited by hand, a bug). Reports count them and leave their measures out of every sum (the SQL backends
 * use the same test, `impossibleSql` in storage/decision-columns.ts): summed in, one `-1e6` cost or an infinite
 * latency made the period's spend, tokens or mean latency plausible-looking nonsense.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** The largest measure taken as real: above it (and for Infinity or NaN, which SQL compares as above) a value is impossible. */
export const LARGEST_MEASURE = 1e300;

/** A measure that is a finite number from 0 up. */
export function possibleMeasure(value: number): boolean {
  return value >= 0 && value <= LARGEST_MEASURE;
}

/** True when any summed measure of the record is impossible. */
export function hasImpossibleMeasure(record: Pick<DecisionRecord, "costUsd" | "estimatedCostUsd" | "inputTokens" | "outputTokens" | "latencyMs" | "judgeCostUsd">): boolean {
  const measures = [record.costUsd, record.estimatedCostUsd, record.inputTokens, record.outputTokens, record.latencyMs, record.judgeCostUsd ?? 0];
  return measures.some((value) => !possibleMeasure(Number(value)));
}

/** The record's cost, 0 when any of its measures is impossible: what model usage and experiment arms sum, as reports do. */
export function possibleCost(record: Parameters<typeof hasImpossibleMeasure>[0]): number {
  return hasImpossibleMeasure(record) ? 0 : record.costUsd;
}

/**
 * What records cost, each but one whose cost is itself impossible, and what the judge spent grading them (each
 * judge cost but an impossible one): what a budget reseeded from the log counts.
 */
export function spentOfRecords(records: Iterable<Pick<DecisionRecord, "costUsd" | "judgeCostUsd">>): { costUsd: number; judgeCostUsd: number } {
  const spent = { costUsd: 0, judgeCostUsd: 0 };
  for (const record of records) {
    if (possibleMeasure(Number(record.costUsd))) spent.costUsd += record.costUsd;
    const judge = record.judgeCostUsd ?? 0;
    if (possibleMeasure(Number(judge))) spent.judgeCostUsd += judge;
  }
  return spent;
}
