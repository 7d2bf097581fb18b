/**
 * The gate `switchyard router promote` applies: a candidate router becomes the default only when its
 * experiment shows, at 95% confidence, lower cost per request without lower quality. Reads the same figures
 * as the experiment verdict (`experiment-report-verdict.ts`), as numbers rather than as a sentence.
 * @module
 */
import { DEFAULT_MIN_FEEDBACK_PER_ARM } from "./experiment-report.js";
import type { ExperimentReport } from "./experiment-report-types.js";
import { excludesZero, type Estimate } from "./experiment-report-stats.js";

/** The gate's answer. */
export interface PromotionGate {
  /** True when the variant won: cheaper, and no worse on feedback, errors or escalations. */
  wins: boolean;
  /** Every condition that failed, in plain words (empty when `wins`). */
  failures: string[];
  /**
   * True when, with the arms' minimum requests and units met, the variant did significantly worse on something (cost,
   * feedback, errors, escalations): more traffic will not make it win, so the advice is to stop the experiment, not to
   * keep it running.
   */
  lost: boolean;
  /** True when an arm lacks the minimum requests, units or feedback scores: more traffic is what the verdict needs. */
  shortOfData: boolean;
  /** The experiment's own verdict sentence. */
  verdict: string;
}

/**
 * Checks a report. The variant wins when:
 * - each arm has at least the report's minimum requests, and minimum assignment units;
 * - cost per request is lower with the whole 95% interval below zero;
 * - each arm has at least `minFeedback` feedback scores, and the feedback difference is not significantly negative;
 * - the error rate and the escalation rate did not rise significantly.
 */
export function checkPromotionGate(report: ExperimentReport, minFeedback = DEFAULT_MIN_FEEDBACK_PER_ARM): PromotionGate {
  const { control, variant } = report.arms;
  const { comparison } = report;
  const failures: string[] = [];
  const fewRequests = control.requests < report.min_requests_per_arm || variant.requests < report.min_requests_per_arm;
  const fewUnits = control.units < report.min_units_per_arm || variant.units < report.min_units_per_arm;
  if (fewRequests) {
    failures.push(`not enough requests: need ≥ ${report.min_requests_per_arm} per arm (control ${control.requests}, variant ${variant.requests})`);
  }
  if (fewUnits) {
    failures.push(`not enough units: need ≥ ${report.min_units_per_arm} assigned users, keys or conversations per arm (control ${control.units}, variant ${variant.units})`);
  }
  const costRose = significantlyAboveZero(comparison.cost_change);
  if (costRose) failures.push("cost per request is higher at 95% confidence");
  else if (!significantlyBelowZero(comparison.cost_change)) failures.push("cost per request is not lower at 95% confidence");
  const fewFeedback = control.feedback.count < minFeedback || variant.feedback.count < minFeedback;
  if (fewFeedback) {
    failures.push(`not enough feedback to judge quality: need ≥ ${minFeedback} scores per arm (control ${control.feedback.count}, variant ${variant.feedback.count})`);
  }
  const feedbackFell = !fewFeedback && significantlyBelowZero(comparison.feedback_difference);
  if (feedbackFell) failures.push("feedback is significantly lower on the variant");
  const errorsRose = significantlyAboveZero(comparison.error_rate_difference);
  if (errorsRose) failures.push("the error rate rose significantly");
  const escalationsRose = significantlyAboveZero(comparison.escalation_rate_difference);
  if (escalationsRose) failures.push("the escalation rate rose significantly");
  const lost = !fewRequests && !fewUnits && (costRose || feedbackFell || errorsRose || escalationsRose);
  return { wins: failures.length === 0, failures, lost, shortOfData: fewRequests || fewUnits || fewFeedback, verdict: report.verdict };
}

function significantlyBelowZero(estimate: Estimate): boolean {
  return excludesZero(estimate) && (estimate.ci_high ?? 0) < 0;
}

function significantlyAboveZero(estimate: Estimate): boolean {
  return excludesZero(estimate) && (estimate.ci_low ?? 0) > 0;
}
