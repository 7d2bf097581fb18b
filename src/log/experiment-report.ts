/**
 * The A/B experiment report (`switchyard report --by experiment`, `GET /api/experiments/:name/report`):
 * per arm, requests, cost per request, latency p50/p95, error rate, escalation rate and mean feedback, each with a
 * 95% interval, then the variant-vs-control comparison and a plain verdict.
 *
 * Definitions: every enrolled request counts; an error is an `outcome: failed` request (every fallback failed);
 * latency is over served requests; escalation is a request with `escalatedTo` set; feedback is over the
 * requests that received a score.
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
import type { DecisionRecord } from "./decision-record.js";
import { meanDifference, meanInterval, percentile, rateDifference, relativeChange, wilson } from "./experiment-report-stats.js";
import type { ArmComparison, ArmReport, ExperimentReport } from "./experiment-report-types.js";
import { experimentVerdict } from "./experiment-report-verdict.js";

export type { ArmComparison, ArmReport, ExperimentReport } from "./experiment-report-types.js";

/** Below this many requests in either arm, the verdict is "not enough data". */
export const DEFAULT_MIN_REQUESTS_PER_ARM = 30;
/** Below this many feedback scores in either arm, feedback is not compared. */
export const DEFAULT_MIN_FEEDBACK_PER_ARM = 10;

/** Inputs of buildExperimentReport. */
export interface ExperimentReportOptions {
  experiment: string;
  /** Decisions of the period; records of other experiments are ignored. */
  records: readonly DecisionRecord[];
  since: number;
  until: number;
  config?: ExperimentConfig | null;
  minRequestsPerArm?: number;
  minFeedbackPerArm?: number;
}

/** Builds the report of one experiment from its decision records. */
export function buildExperimentReport(options: ExperimentReportOptions): ExperimentReport {
  const minRequests = options.minRequestsPerArm ?? DEFAULT_MIN_REQUESTS_PER_ARM;
  const control = options.records.filter((record) => record.experiment === options.experiment && record.arm === "control");
  const variant = options.records.filter((record) => record.experiment === options.experiment && record.arm === "variant");
  const arms = { control: armReport(control), variant: armReport(variant) };
  const count = (records: readonly DecisionRecord[], test: (record: DecisionRecord) => boolean) => ({ successes: records.filter(test).length, n: records.length });
  const comparison: ArmComparison = {
    cost_change: relativeChange(costs(variant), costs(control)),
    feedback_difference: meanDifference(scores(variant), scores(control)),
    error_rate_difference: rateDifference(count(variant, isError), count(control, isError)),
    escalation_rate_difference: rateDifference(count(variant, isEscalated), count(control, isEscalated)),
  };
  return {
    experiment: options.experiment,
    since: new Date(options.since).toISOString(),
    until: new Date(options.until).toISOString(),
    config: options.config ?? null,
    min_requests_per_arm: minRequests,
    arms,
    comparison,
    verdict: experimentVerdict({ arms, comparison, minRequests, minFeedback: options.minFeedbackPerArm ?? DEFAULT_MIN_FEEDBACK_PER_ARM }),
  };
}

/** The names of the experiments in the config and in the records (config order first, then the log's, sorted). */
export function experimentNames(records: readonly DecisionRecord[], configured: readonly ExperimentConfig[]): string[] {
  const names = configured.map((experiment) => experiment.name);
  const logged = [...new Set(records.flatMap((record) => (record.experiment === null ? [] : [record.experiment])))].sort();
  return [...new Set([...names, ...logged])];
}

function armReport(records: readonly DecisionRecord[]): ArmReport {
  const served = records.filter((record) => record.outcome === "served").map((record) => record.latencyMs);
  const errors = records.filter(isError).length;
  const escalations = records.filter(isEscalated).length;
  const feedback = scores(records);
  return {
    requests: records.length,
    cost_per_request_usd: meanInterval(costs(records), { min: 0 }),
    latency_p50_ms: percentile(served, 0.5),
    latency_p95_ms: percentile(served, 0.95),
    error_rate: { ...wilson(errors, records.length), count: errors },
    escalation_rate: { ...wilson(escalations, records.length), count: escalations },
    feedback: { ...meanInterval(feedback, { min: 0, max: 1 }), count: feedback.length },
  };
}

function isError(record: DecisionRecord): boolean {
  return record.outcome === "failed";
}

function isEscalated(record: DecisionRecord): boolean {
  return record.escalatedTo !== null;
}

function costs(records: readonly DecisionRecord[]): number[] {
  return records.map((record) => record.costUsd);
}

function scores(records: readonly DecisionRecord[]): number[] {
  return records.flatMap((record) => (record.feedbackScore === null ? [] : [record.feedbackScore]));
}
