/**
 * The shapes of the experiment report (as `--json` and the admin API return them).
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
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

/** The report of one experiment. */
export interface ExperimentReport {
  experiment: string;
  since: string;
  until: string;
  /** The experiment as configured now, or null when only the log knows it (removed from config). */
  config: ExperimentConfig | null;
  min_requests_per_arm: number;
  /** Units each arm needs for a verdict. */
  min_units_per_arm: number;
  arms: { control: ArmReport; variant: ArmReport };
  comparison: ArmComparison;
  verdict: string;
}
