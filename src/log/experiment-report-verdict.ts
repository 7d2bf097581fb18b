/**
 * The plain-language verdict of an experiment report: what changed significantly (95% intervals that exclude
 * no change) and what did not, variant against control.
 * @module
 */
import type { ArmComparison, ArmReport } from "./experiment-report-types.js";
import { excludesZero, type Estimate } from "./experiment-report-stats.js";

/** Inputs of experimentVerdict. */
export interface VerdictInput {
  arms: { control: ArmReport; variant: ArmReport };
  comparison: ArmComparison;
  minRequests: number;
  /** Assignment units each arm needs (default: none, for callers that predate units). */
  minUnits?: number;
  minFeedback: number;
}

/**
 * E.g. "variant is 38% cheaper per request (CI 30–45%) with no significant change in feedback (variant 0.81 vs
 * control 0.83, difference CI −0.05 to +0.01); error rate unchanged (1.0% vs 1.2%)." or "not enough data: ...".
 */
export function experimentVerdict({ arms, comparison, minRequests, minUnits = 0, minFeedback }: VerdictInput): string {
  const { control, variant } = arms;
  if (control.requests < minRequests || variant.requests < minRequests) {
    return `not enough data: need ≥ ${minRequests} requests per arm (control ${control.requests}, variant ${variant.requests}).`;
  }
  if (control.units < minUnits || variant.units < minUnits) {
    return `not enough data: need ≥ ${minUnits} assigned units (users, keys or conversations) per arm (control ${control.units}, variant ${variant.units}); a unit's requests count as one draw.`;
  }
  const parts = [`${costPhrase(comparison.cost_change)} with ${feedbackPhrase(arms, comparison.feedback_difference, minFeedback)}`];
  parts.push(ratePhrase("error rate", variant.error_rate.value, control.error_rate.value, comparison.error_rate_difference, true));
  const escalation = comparison.escalation_rate_difference;
  if (excludesZero(escalation)) parts.push(ratePhrase("escalation rate", variant.escalation_rate.value, control.escalation_rate.value, escalation, false));
  const latency = latencyPhrase(variant.latency_p50_ms, control.latency_p50_ms);
  if (latency) parts.push(latency);
  return `${parts.join("; ")}.`;
}

function costPhrase(change: Estimate): string {
  if (change.value === null) return "cost per request cannot be compared (an arm has no cost)";
  const range = `CI ${signedPercent(change.ci_low)} to ${signedPercent(change.ci_high)}`;
  if (!excludesZero(change)) return `no significant change in cost per request (${signedPercent(change.value)}, ${range})`;
  const low = change.ci_low ?? 0;
  const high = change.ci_high ?? 0;
  return change.value < 0
    ? `variant is ${percent(-change.value)} cheaper per request (CI ${whole(-high)}–${percent(-low)})`
    : `variant costs ${percent(change.value)} more per request (CI ${whole(low)}–${percent(high)})`;
}

function feedbackPhrase(arms: VerdictInput["arms"], difference: Estimate, minFeedback: number): string {
  const { control, variant } = arms;
  if (control.feedback.count < minFeedback || variant.feedback.count < minFeedback) {
    return `too little feedback to compare (${variant.feedback.count} vs ${control.feedback.count} scores; need ≥ ${minFeedback} per arm)`;
  }
  const means = `variant ${fixed(variant.feedback.value)} vs control ${fixed(control.feedback.value)}, difference CI ${signedFixed(difference.ci_low)} to ${signedFixed(difference.ci_high)}`;
  if (!excludesZero(difference)) return `no significant change in feedback (${means})`;
  return `significantly ${(difference.value ?? 0) > 0 ? "higher" : "lower"} feedback (${means})`;
}

function ratePhrase(name: string, variant: number | null, control: number | null, difference: Estimate, sayUnchanged: boolean): string {
  const pair = `${percent(variant ?? 0, 1)} vs ${percent(control ?? 0, 1)}`;
  if (!excludesZero(difference)) return sayUnchanged ? `${name} unchanged (${pair})` : "";
  const points = (value: number | null): string => `${(value ?? 0) >= 0 ? "+" : "−"}${(Math.abs(value ?? 0) * 100).toFixed(1)}`;
  return `${name} ${(difference.value ?? 0) > 0 ? "rose" : "fell"} (${pair}, difference CI ${points(difference.ci_low)} to ${points(difference.ci_high)} points)`;
}

/** Only when the p50 intervals do not overlap. */
function latencyPhrase(variant: Estimate, control: Estimate): string | undefined {
  if (variant.value === null || control.value === null) return undefined;
  const apart =
    (variant.ci_high !== null && control.ci_low !== null && variant.ci_high < control.ci_low) ||
    (variant.ci_low !== null && control.ci_high !== null && variant.ci_low > control.ci_high);
  if (!apart) return undefined;
  return `p50 latency ${variant.value < control.value ? "fell" : "rose"} (${Math.round(variant.value)} ms vs ${Math.round(control.value)} ms, intervals do not overlap)`;
}

function percent(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

function whole(value: number): string {
  return (value * 100).toFixed(0);
}

function signedPercent(value: number | null): string {
  if (value === null) return "?";
  return `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(0)}%`;
}

function fixed(value: number | null): string {
  return value === null ? "-" : value.toFixed(2);
}

function signedFixed(value: number | null): string {
  if (value === null) return "?";
  return `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;
}
