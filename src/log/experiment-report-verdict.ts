/**
 * The plain-language verdict of an experiment report: what changed significantly (95% intervals that exclude
 * no change) and what did not, variant against control.
 * @module
 */
import type { ArmComparison, ArmReport } from "./experiment-arm-types.js";
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
 * How the verdict writes its numbers. The server and the CLI write them as below ({@link PLAIN_NUMBERS}); the
 * dashboard passes its reader's language ("38 %", "0,81"), so a verdict reads like the figures around it.
 */
export interface VerdictNumbers {
  /** `value` with exactly `digits` decimals, no grouping in plain form ("0.81", "1234"). */
  decimal(value: number, digits: number): string;
  /** A fraction as a percentage with `digits` decimals ("38%", "1.2%"). */
  percent(fraction: number, digits: number): string;
  /** The sign put before a negative difference; default "−" (U+2212). The dashboard passes its reader's. */
  minus?: string;
}

/** Numbers as the report has always written them: `toFixed`, no grouping, "%" right after the figure. */
export const PLAIN_NUMBERS: VerdictNumbers = {
  decimal: (value, digits) => value.toFixed(digits),
  percent: (fraction, digits) => `${(fraction * 100).toFixed(digits)}%`,
};

/**
 * E.g. "variant is 38% cheaper per request (CI 30–45%) with no significant change in feedback (variant 0.81 vs
 * control 0.83, difference CI −0.052 to +0.013); error rate unchanged (1.0% vs 1.2%)." or "not enough data: ...".
 */
export function experimentVerdict({ arms, comparison, minRequests, minUnits = 0, minFeedback }: VerdictInput, numbers: VerdictNumbers = PLAIN_NUMBERS): string {
  const { control, variant } = arms;
  const n = writer(numbers);
  if (control.requests < minRequests || variant.requests < minRequests) {
    return `not enough data: need ≥ ${n.count(minRequests)} requests per arm (control ${n.count(control.requests)}, variant ${n.count(variant.requests)}).`;
  }
  if (control.units < minUnits || variant.units < minUnits) {
    return `not enough data: need ≥ ${n.count(minUnits)} assigned units (users, keys or conversations) per arm (control ${n.count(control.units)}, variant ${n.count(variant.units)}); a unit's requests count as one draw.`;
  }
  const parts = [`${costPhrase(comparison.cost_change, n)} with ${feedbackPhrase(arms, comparison.feedback_difference, minFeedback, n)}`];
  parts.push(ratePhrase("error rate", variant.error_rate.value, control.error_rate.value, comparison.error_rate_difference, true, n));
  const escalation = comparison.escalation_rate_difference;
  if (excludesZero(escalation)) parts.push(ratePhrase("escalation rate", variant.escalation_rate.value, control.escalation_rate.value, escalation, false, n));
  const latency = latencyPhrase(variant.latency_p50_ms, control.latency_p50_ms, n);
  if (latency) parts.push(latency);
  return `${parts.join("; ")}.`;
}

/** The verdict's number forms, each written through the given {@link VerdictNumbers}. */
type Writer = ReturnType<typeof writer>;
function writer(numbers: VerdictNumbers) {
  const minus = numbers.minus ?? "−";
  const sign = (value: number | null) => ((value ?? 0) >= 0 ? "+" : minus);
  /** `text` (the figure without its sign) signed, or unsigned when it reads as `zero` does ("0%", not "−0%" or "+0%"). */
  const signed = (value: number | null, text: string, zero: string): string => (text === zero ? text : `${sign(value)}${text}`);
  return {
    count: (value: number) => numbers.decimal(value, 0),
    percent: (fraction: number, digits = 0) => numbers.percent(fraction, digits),
    /** A percentage's figure alone, for the low end of a range ("30" in "30–45%"). */
    whole: (fraction: number, digits = 0) => numbers.decimal(fraction * 100, digits),
    signedPercent: (value: number | null, digits = 0) => (value === null ? "?" : signed(value, numbers.percent(Math.abs(value), digits), numbers.percent(0, digits))),
    fixed: (value: number | null) => (value === null ? "-" : numbers.decimal(value, 2)),
    /** A difference of means: three decimals, as the dashboard's table writes it (two read "−0.13" over "−0.125"). */
    signedFixed: (value: number | null) => (value === null ? "?" : signed(value, numbers.decimal(Math.abs(value), 3), numbers.decimal(0, 3))),
    points: (value: number | null) => signed(value, numbers.decimal(Math.abs(value ?? 0) * 100, 1), numbers.decimal(0, 1)),
    ms: (value: number) => `${numbers.decimal(Math.round(value), 0)} ms`,
  };
}

/** Most decimals a cost interval's percentages get to tell its ends apart ("CI 94.8–95.2%", not "CI 95–95%"). */
const MAX_RANGE_DIGITS = 2;

/** Fewest decimals (0..MAX_RANGE_DIGITS) at which `low` and `high` read differently; null: none does. */
function rangeDigits(low: number, high: number, text: (value: number, digits: number) => string): number | null {
  for (let digits = 0; digits <= MAX_RANGE_DIGITS; digits += 1) if (text(low, digits) !== text(high, digits)) return digits;
  return null;
}

function costPhrase(change: Estimate, n: Writer): string {
  if (change.value === null) return "cost per request cannot be compared (an arm has no cost)";
  const low = change.ci_low ?? 0;
  const high = change.ci_high ?? 0;
  if (!excludesZero(change)) {
    const digits = rangeDigits(low, high, n.signedPercent);
    const range = digits === null ? `CI ${n.signedPercent(low)} at both ends` : `CI ${n.signedPercent(low, digits)} to ${n.signedPercent(high, digits)}`;
    return `no significant change in cost per request (${n.signedPercent(change.value, digits ?? 0)}, ${range})`;
  }
  // The range reads from the smaller change to the larger: for a saving, −high to −low.
  const [from, to] = change.value < 0 ? [-high, -low] : [low, high];
  const digits = rangeDigits(from, to, n.whole);
  // An interval whose ends read the same said "(CI 84%)", read as a confidence level of 84%.
  const range = digits === null ? `CI ${n.percent(to)} at both ends` : `CI ${n.whole(from, digits)}–${n.percent(to, digits)}`;
  const size = n.percent(Math.abs(change.value), digits ?? 0);
  return change.value < 0 ? `variant is ${size} cheaper per request (${range})` : `variant costs ${size} more per request (${range})`;
}

function feedbackPhrase(arms: VerdictInput["arms"], difference: Estimate, minFeedback: number, n: Writer): string {
  const { control, variant } = arms;
  if (control.feedback.count < minFeedback || variant.feedback.count < minFeedback) {
    return `too little feedback to compare (${n.count(variant.feedback.count)} vs ${n.count(control.feedback.count)} scores; need ≥ ${n.count(minFeedback)} per arm)`;
  }
  const means = `variant ${n.fixed(variant.feedback.value)} vs control ${n.fixed(control.feedback.value)}, difference CI ${n.signedFixed(difference.ci_low)} to ${n.signedFixed(difference.ci_high)}`;
  if (!excludesZero(difference)) return `no significant change in feedback (${means})`;
  return `significantly ${(difference.value ?? 0) > 0 ? "higher" : "lower"} feedback (${means})`;
}

function ratePhrase(name: string, variant: number | null, control: number | null, difference: Estimate, sayUnchanged: boolean, n: Writer): string {
  const pair = `${n.percent(variant ?? 0, 1)} vs ${n.percent(control ?? 0, 1)}`;
  if (!excludesZero(difference)) return sayUnchanged ? `${name} unchanged (${pair})` : "";
  return `${name} ${(difference.value ?? 0) > 0 ? "rose" : "fell"} (${pair}, difference CI ${n.points(difference.ci_low)} to ${n.points(difference.ci_high)} points)`;
}

/** Only when the p50 intervals do not overlap. */
function latencyPhrase(variant: Estimate, control: Estimate, n: Writer): string | undefined {
  if (variant.value === null || control.value === null) return undefined;
  const apart =
    (variant.ci_high !== null && control.ci_low !== null && variant.ci_high < control.ci_low) ||
    (variant.ci_low !== null && control.ci_high !== null && variant.ci_low > control.ci_high);
  if (!apart) return undefined;
  return `p50 latency ${variant.value < control.value ? "fell" : "rose"} (${n.ms(variant.value)} vs ${n.ms(control.value)}, intervals do not overlap)`;
}
