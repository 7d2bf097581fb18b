/**
 * Sums over an experiment arm's assignment units, computed from records (the memory backend, tests); the SQL backends
 * compute the same in the database (`decision-sql.ts`, `experimentArms`).
 * @module
 */
import type { ArmClusterSums } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { possibleCost } from "./impossible-measures.js";

/** One unit's sums. */
export interface UnitSums {
  requests: number;
  cost: number;
  failed: number;
  escalations: number;
  feedbackCount: number;
  feedbackSum: number;
}

/** Sums of an arm with no unit. */
export function emptyClusterSums(): ArmClusterSums {
  return {
    units: 0,
    feedbackUnits: 0,
    requestSquares: 0,
    costSquares: 0,
    costByRequests: 0,
    failedSquares: 0,
    failedByRequests: 0,
    escalationSquares: 0,
    escalationByRequests: 0,
    feedbackCountSquares: 0,
    feedbackSumSquares: 0,
    feedbackSumByCount: 0,
  };
}

/** The unit a record counts under: its `experimentUnit`, else the record alone (as the SQL's COALESCE does). */
export function unitKeyOf(record: DecisionRecord): string {
  return record.experimentUnit ?? `decision:${record.id}`;
}

/** Adds one record to its unit's sums. */
export function addToUnit(unit: UnitSums, record: DecisionRecord): void {
  unit.requests += 1;
  unit.cost += possibleCost(record);
  if (record.outcome === "failed") unit.failed += 1;
  if (record.escalatedTo !== null) unit.escalations += 1;
  if (record.feedbackScore !== null) {
    unit.feedbackCount += 1;
    unit.feedbackSum += record.feedbackScore;
  }
}

/** An empty unit. */
export function emptyUnitSums(): UnitSums {
  return { requests: 0, cost: 0, failed: 0, escalations: 0, feedbackCount: 0, feedbackSum: 0 };
}

/** The arm's cluster sums over its units. */
export function clusterSumsOf(units: Iterable<UnitSums>): ArmClusterSums {
  const sums = emptyClusterSums();
  for (const unit of units) {
    const n = unit.requests;
    sums.units += 1;
    if (unit.feedbackCount > 0) sums.feedbackUnits += 1;
    sums.requestSquares += n * n;
    sums.costSquares += unit.cost * unit.cost;
    sums.costByRequests += unit.cost * n;
    sums.failedSquares += unit.failed * unit.failed;
    sums.failedByRequests += unit.failed * n;
    sums.escalationSquares += unit.escalations * unit.escalations;
    sums.escalationByRequests += unit.escalations * n;
    sums.feedbackCountSquares += unit.feedbackCount * unit.feedbackCount;
    sums.feedbackSumSquares += unit.feedbackSum * unit.feedbackSum;
    sums.feedbackSumByCount += unit.feedbackSum * unit.feedbackCount;
  }
  return sums;
}
