import { describe, expect, it } from "vitest";
import type { ArmReport } from "./experiment-arm-types.js";
import type { Estimate } from "./experiment-report-stats.js";
import { experimentVerdict } from "./experiment-report-verdict.js";

const NONE: Estimate = { value: null, ci_low: null, ci_high: null };
const arm = (costUsd: number): ArmReport => ({
  requests: 1000,
  units: 1000,
  cost_per_request_usd: { value: costUsd, ci_low: costUsd, ci_high: costUsd },
  latency_p50_ms: NONE,
  latency_p95_ms: NONE,
  error_rate: { value: 0.01, ci_low: 0, ci_high: 0.02, count: 10 },
  escalation_rate: { value: 0, ci_low: 0, ci_high: 0, count: 0 },
  feedback: { value: null, ci_low: null, ci_high: null, count: 0 },
});

function verdictFor(costChange: Estimate): string {
  const noChange: Estimate = { value: 0, ci_low: -0.01, ci_high: 0.01 };
  return experimentVerdict({
    arms: { control: arm(0.01), variant: arm(0.0005) },
    comparison: { cost_change: costChange, feedback_difference: NONE, error_rate_difference: noChange, escalation_rate_difference: noChange },
    minRequests: 30,
    minFeedback: 30,
  });
}

describe("experiment verdict: the cost interval", () => {
  it("writes whole percents when the ends differ at that precision", () => {
    expect(verdictFor({ value: -0.4, ci_low: -0.41, ci_high: -0.39 })).toMatch(/^variant is 40% cheaper per request \(CI 39–41%\)/);
    expect(verdictFor({ value: 2.5, ci_low: 2.4, ci_high: 2.6 })).toMatch(/^variant costs 250% more per request \(CI 240–260%\)/);
  });

  it("adds decimals when both ends round to the same whole percent, so no 'CI 95–95%'", () => {
    expect(verdictFor({ value: -0.9502, ci_low: -0.9521, ci_high: -0.9483 })).toMatch(/^variant is 95\.0% cheaper per request \(CI 94\.8–95\.2%\)/);
    expect(verdictFor({ value: 0.5001, ci_low: 0.50004, ci_high: 0.50016 })).toMatch(/^variant costs 50\.01% more per request \(CI 50\.00–50\.02%\)/);
  });

  it("writes one figure 'at both ends' when the interval has no width, not '(CI 95%)', read as a confidence level", () => {
    expect(verdictFor({ value: -0.95, ci_low: -0.95, ci_high: -0.95 })).toMatch(/^variant is 95% cheaper per request \(CI 95% at both ends\)/);
    expect(verdictFor({ value: 0.000_005, ci_low: 0, ci_high: 0.000_01 })).toMatch(/^no significant change in cost per request \(0%, CI 0% at both ends\)/);
  });

  it("gives a non-significant change's signed ends the decimals they need to differ", () => {
    expect(verdictFor({ value: 0.001, ci_low: 0, ci_high: 0.002 })).toMatch(/^no significant change in cost per request \(\+0\.1%, CI 0\.0% to \+0\.2%\)/);
  });

  it("writes a change that rounds to zero without a sign (100,000 decisions read \"(-0%, CI -2% to +2%)\")", () => {
    expect(verdictFor({ value: -0.000_04, ci_low: -0.017, ci_high: 0.017 })).toMatch(/^no significant change in cost per request \(0%, CI −2% to \+2%\)/);
  });
});
