/**
 * The shapes of the experiment report (as `--json` and the admin API return them).
 * @module
 */
import type { ExperimentConfig } from "../config/config-schema.js";
import type { ArmComparison, ArmReport } from "./experiment-arm-types.js";

export type { ArmComparison, ArmReport } from "./experiment-arm-types.js";

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
  /** Feedback scores each arm needs before the verdict compares feedback. */
  min_feedback_per_arm: number;
  arms: { control: ArmReport; variant: ArmReport };
  comparison: ArmComparison;
  verdict: string;
}
