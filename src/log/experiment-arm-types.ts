/**
 * An experiment report's arm figures and comparison: apart from the report's other types, which name the config, so
 * the dashboard's bundle can write a verdict without the config schema (and Node's modules) in its type-check.
 * @module
 */
import type { Estimate } from "./experiment-report-stats.js";

/** One arm's figures. */
export interface ArmReport {
  requests: number;
  /** Assignment units (users, keys, conversations) behind the requests; a request assigned by its own id is one. */
  units: number;
  cost_per_request_usd: Estimate;
  latency_p50_ms: Estimate;
  latency_p95_ms: Estimate;
  error_rate: Estimate & { count: number };
  escalation_rate: Estimate & { count: number };
  feedback: Estimate & { count: number };
}

/** Variant against control. */
export interface ArmComparison {
  /** Cost per request, variant / control − 1 (−0.38: 38% cheaper). */
  cost_change: Estimate;
  /** Mean feedback, variant − control. */
  feedback_difference: Estimate;
  /** Error rate, variant − control (fractions). */
  error_rate_difference: Estimate;
  /** Escalation rate, variant − control (fractions). */
  escalation_rate_difference: Estimate;
}
