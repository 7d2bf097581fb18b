/**
 * The A/B experiment report (`switchyard report --by experiment`, `GET /api/experiments/:name/report`):
 * per arm, requests, cost per request, latency p50/p95, error rate, escalation rate and mean feedback, each with a
 * 95% interval, then the variant-vs-control comparison and a plain verdict.
 *
 * Definitions: every enrolled request counts; an error is an `outcome: failed` request (every fallback failed);
 * latency is over served requests; escalation is a request with `escalatedTo` set; feedback is over the
 * requests that received a score. Each arm is built from sums the database computes (`experimentArms`), so a
 * report costs one GROUP BY however many decisions it covers; latency percentiles come from the histogram.
 * Requests are assigned by unit (user, key or conversation), so the intervals of cost, rates and feedback are
 * cluster-robust over units (`cluster-moments.ts`), and the verdict needs enough units per arm as well as requests.
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
import type { ExperimentArmRow } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { clusteredMoments, effectiveRate } from "./cluster-moments.js";
import { histogramPercentileEstimate, meanDifference, meanInterval, rateDifference, relativeChange, wilson, type Estimate, type Moments } from "./experiment-report-stats.js";
import type { ArmComparison, ArmReport, ExperimentReport } from "./experiment-report-types.js";
import { experimentVerdict } from "./experiment-report-verdict.js";
import { emptyArmRow, experimentArmsOfRecords } from "./query-records.js";

export type { ArmComparison, ArmReport, ExperimentReport } from "./experiment-report-types.js";

/** Below this many requests in either arm, the verdict is "not enough data". */
export const DEFAULT_MIN_REQUESTS_PER_ARM = 30;
/** Below this many feedback scores in either arm, feedback is not compared. */
export const DEFAULT_MIN_FEEDBACK_PER_ARM = 10;
/**
 * Below this many assignment units (users, keys, conversations) in either arm, the verdict is "not enough data":
 * with a handful of units, even cluster-robust intervals rest on a variance estimated from a handful of values.
 * An experiment's `min_units_per_arm` changes it (a deployment with a few keys and no `user` has no more units).
 */
export const DEFAULT_MIN_UNITS_PER_ARM = 10;

/** Inputs of buildExperimentReport: the arms' sums (from the database), or records to sum here. */
export interface ExperimentReportOptions {
  experiment: string;
  /** Arm sums of the period; rows of other experiments are ignored. */
  arms?: readonly ExperimentArmRow[];
  /** Decisions of the period (tests, library use); records of other experiments are ignored. */
  records?: readonly DecisionRecord[];
  since: number;
  until: number;
  config?: ExperimentConfig | null;
  minRequestsPerArm?: number;
  minFeedbackPerArm?: number;
  /** Overrides the experiment's `min_units_per_arm` (and the default, 10). */
  minUnitsPerArm?: number;
}

/** Builds the report of one experiment from its arms' sums. */
export function buildExperimentReport(options: ExperimentReportOptions): ExperimentReport {
  const minRequests = options.minRequestsPerArm ?? DEFAULT_MIN_REQUESTS_PER_ARM;
  // A caller's minimum (`--min-units`) wins over the experiment's `min_units_per_arm`, which wins over the default.
  const minUnits = options.minUnitsPerArm ?? options.config?.min_units_per_arm ?? DEFAULT_MIN_UNITS_PER_ARM;
  const minFeedback = options.minFeedbackPerArm ?? DEFAULT_MIN_FEEDBACK_PER_ARM;
  const rows = options.arms ?? experimentArmsOfRecords(options.records ?? []);
  const arm = (name: string): ExperimentArmRow => rows.find((row) => row.experiment === options.experiment && row.arm === name) ?? emptyArmRow(options.experiment, name);
  const control = arm("control");
  const variant = arm("variant");
  const arms = { control: armReport(control), variant: armReport(variant) };
  const comparison: ArmComparison = {
    cost_change: relativeChange(costs(variant), costs(control)),
    feedback_difference: meanDifference(scores(variant), scores(control)),
    error_rate_difference: rateComparison(errors(variant), errors(control)),
    escalation_rate_difference: rateComparison(escalations(variant), escalations(control)),
  };
  return {
    experiment: options.experiment,
    since: new Date(options.since).toISOString(),
    until: new Date(options.until).toISOString(),
    config: options.config ?? null,
    min_requests_per_arm: minRequests,
    min_units_per_arm: minUnits,
    min_feedback_per_arm: minFeedback,
    arms,
    comparison,
    verdict: experimentVerdict({ arms, comparison, minRequests, minUnits, minFeedback }),
  };
}

/** The names of the experiments in the config and in the arm rows (config order first, then the log's, sorted). */
export function experimentNames(rows: readonly ExperimentArmRow[], configured: readonly ExperimentConfig[]): string[] {
  const names = configured.map((experiment) => experiment.name);
  const logged = [...new Set(rows.map((row) => row.experiment))].sort();
  return [...new Set([...names, ...logged])];
}

function armReport(row: ExperimentArmRow): ArmReport {
  return {
    requests: row.requests,
    units: row.clusters.units,
    cost_per_request_usd: meanInterval(costs(row), { min: 0 }),
    latency_p50_ms: histogramPercentileEstimate(row.latency, 0.5),
    latency_p95_ms: histogramPercentileEstimate(row.latency, 0.95),
    error_rate: { ...rateInterval(errors(row)), count: row.failed },
    escalation_rate: { ...rateInterval(escalations(row)), count: row.escalations },
    feedback: { ...meanInterval(scores(row), { min: 0, max: 1 }), count: row.feedbackCount },
  };
}

function rateInterval(moments: Moments): Estimate {
  const rate = effectiveRate(moments);
  if (!rate) return { value: moments.mean, ci_low: null, ci_high: null };
  return { ...wilson(rate.successes, rate.n), value: moments.n === 0 ? null : moments.mean };
}

/** Newcombe's interval of variant − control; with an arm of one unit, the difference alone (as for means). */
function rateComparison(variant: Moments, control: Moments): Estimate {
  const [a, b] = [effectiveRate(variant), effectiveRate(control)];
  if (a && b) return rateDifference(a, b);
  return variant.n > 0 && control.n > 0 ? { value: variant.mean - control.mean, ci_low: null, ci_high: null } : { value: null, ci_low: null, ci_high: null };
}

function costs(row: ExperimentArmRow): Moments {
  const { clusters } = row;
  return clusteredMoments({ count: row.requests, sum: row.costSum, squares: row.costSquares, units: clusters.units, unitSumSquares: clusters.costSquares, unitSumByCount: clusters.costByRequests, unitCountSquares: clusters.requestSquares });
}

/** Failed requests as a 0/1 mean (x² = x). */
function errors(row: ExperimentArmRow): Moments {
  const { clusters } = row;
  return clusteredMoments({ count: row.requests, sum: row.failed, squares: row.failed, units: clusters.units, unitSumSquares: clusters.failedSquares, unitSumByCount: clusters.failedByRequests, unitCountSquares: clusters.requestSquares });
}

function escalations(row: ExperimentArmRow): Moments {
  const { clusters } = row;
  return clusteredMoments({ count: row.requests, sum: row.escalations, squares: row.escalations, units: clusters.units, unitSumSquares: clusters.escalationSquares, unitSumByCount: clusters.escalationByRequests, unitCountSquares: clusters.requestSquares });
}

function scores(row: ExperimentArmRow): Moments {
  const { clusters } = row;
  return clusteredMoments({ count: row.feedbackCount, sum: row.feedbackSum, squares: row.feedbackSquares, units: clusters.feedbackUnits, unitSumSquares: clusters.feedbackSumSquares, unitSumByCount: clusters.feedbackSumByCount, unitCountSquares: clusters.feedbackCountSquares });
}
