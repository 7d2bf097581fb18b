import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/parse-config.js";
import { createMemoryDecisionLogBackend } from "../storage/memory/memory-decision-log.js";
import { createDecisionLog } from "./create-decision-log.js";
import type { DecisionRecord } from "./decision-record.js";
import { generateExperimentReports } from "./experiment-report-generate.js";
import { formatExperimentReports } from "./experiment-report-format.js";
import { percentile, tQuantile975, wilson } from "./experiment-report-stats.js";
import { buildExperimentReport } from "./experiment-report.js";
import { makeDecisionRecord } from "./make-decision-record.js";

const SINCE = Date.UTC(2026, 2, 1);
const UNTIL = Date.UTC(2026, 2, 2);
const rec = (arm: "control" | "variant", overrides: Partial<DecisionRecord>): DecisionRecord =>
  makeDecisionRecord({ experiment: "exp", arm, escalatedTo: null, feedbackScore: null, ...overrides });

/** A fixed set whose figures are worked out by hand below. */
const FIXED: DecisionRecord[] = [
  rec("control", { costUsd: 0.01, latencyMs: 100, feedbackScore: 0.5 }),
  rec("control", { costUsd: 0.02, latencyMs: 200, feedbackScore: 1, escalatedTo: "mid" }),
  rec("control", { costUsd: 0.03, latencyMs: 300 }),
  rec("control", { costUsd: 0.04, latencyMs: 400 }),
  rec("control", { costUsd: 0, latencyMs: 50, outcome: "failed", status: 502 }),
  ...[0.005, 0.005, 0.01, 0.01, 0.02].map((costUsd, index) => rec("variant", { costUsd, latencyMs: 50 + 10 * index })),
  makeDecisionRecord({ experiment: "other", arm: "variant", costUsd: 99 }),
  makeDecisionRecord({ experiment: null, arm: null, costUsd: 99 }),
];

describe("experiment report figures", () => {
  const report = buildExperimentReport({ experiment: "exp", records: FIXED, since: SINCE, until: UNTIL });
  const { control, variant } = report.arms;

  it("counts and averages per arm as computed by hand", () => {
    expect([control.requests, variant.requests]).toEqual([5, 5]);
    // control cost: mean 0.1/5 = 0.02; s² = (1e-4 + 0 + 1e-4 + 4e-4 + 4e-4)/4 = 2.5e-4; se = √(2.5e-4/5) = 0.0070711;
    // t(4) = 2.776 → ± 0.019629.
    expect(control.cost_per_request_usd.value).toBeCloseTo(0.02, 12);
    expect(control.cost_per_request_usd.ci_low).toBeCloseTo(0.000371, 5);
    expect(control.cost_per_request_usd.ci_high).toBeCloseTo(0.039629, 5);
    expect(variant.cost_per_request_usd.value).toBeCloseTo(0.01, 12);
    // Latency over served requests, nearest rank ceil(q·n) (each value alone in its histogram bucket):
    // control [100..400] → ranks 2 and 4 → 200, 400; variant [50..90] → ranks 3 and 5 → 70, 90.
    expect([control.latency_p50_ms.value, control.latency_p95_ms.value]).toEqual([200, 400]);
    expect([variant.latency_p50_ms.value, variant.latency_p95_ms.value]).toEqual([70, 90]);
    // Wilson 1/5 = (0.0362, 0.6245), 0/5 = (0, 0.4345): the published values.
    expect(control.error_rate).toMatchObject({ value: 0.2, count: 1 });
    expect(control.error_rate.ci_low).toBeCloseTo(0.0362, 4);
    expect(control.error_rate.ci_high).toBeCloseTo(0.6245, 4);
    expect(variant.error_rate.ci_high).toBeCloseTo(0.4345, 4);
    expect(control.escalation_rate).toMatchObject({ value: 0.2, count: 1 });
    // Feedback 0.5 and 1: mean 0.75, se 0.25, t(1) = 12.706: the interval is clamped to [0, 1].
    expect(control.feedback).toEqual({ value: 0.75, ci_low: 0, ci_high: 1, count: 2 });
    expect(variant.feedback).toEqual({ value: null, ci_low: null, ci_high: null, count: 0 });
  });

  it("compares the arms", () => {
    expect(report.comparison.cost_change.value).toBeCloseTo(-0.5, 12);
    // Newcombe: d = 0 − 0.2; L = d − √(0² + (0.6245 − 0.2)²), U = d + √(0.4345² + (0.2 − 0.0362)²).
    expect(report.comparison.error_rate_difference.value).toBeCloseTo(-0.2, 12);
    expect(report.comparison.error_rate_difference.ci_low).toBeCloseTo(-0.6245, 3);
    expect(report.comparison.error_rate_difference.ci_high).toBeCloseTo(0.2644, 3);
    expect(report.verdict).toBe("not enough data: need ≥ 30 requests per arm (control 5, variant 5).");
  });

  it("has the textbook helpers right", () => {
    expect(tQuantile975(10)).toBe(2.228);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1000)).toBeCloseTo(1.9623, 3);
    const ranks = percentile(Array.from({ length: 100 }, (_, i) => i + 1), 0.5);
    // n·q ∓ 1.96·√25 = 50 ∓ 9.8 → ranks 40 and 60.
    expect(ranks).toEqual({ value: 50.5, ci_low: 40, ci_high: 60 });
    expect(wilson(0, 0).value).toBeNull();
  });
});

/** 200 requests per arm: control costs 0.009/0.011, variant 0.0055/0.0065; feedback 0.8/0.9 on 50 of each. */
function clearWin(): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  for (let index = 0; index < 200; index++) {
    const odd = index % 2 === 1;
    const common = { latencyMs: 100 + (index % 10), feedbackScore: index < 50 ? (odd ? 0.9 : 0.8) : null, ...(index % 100 === 0 ? { outcome: "failed" as const } : {}) };
    records.push(rec("control", { ...common, costUsd: odd ? 0.011 : 0.009 }));
    records.push(rec("variant", { ...common, costUsd: odd ? 0.0065 : 0.0055 }));
  }
  return records;
}

describe("experiment verdict", () => {
  it("names a clear cost win with its interval, and what did not change", () => {
    const report = buildExperimentReport({ experiment: "exp", records: clearWin(), since: SINCE, until: UNTIL });
    // log-ratio se = √(1.005e-6/(200·1e-4) + 2.5126e-7/(200·3.6e-5)) = 0.0092275 → 0.6·e^(∓1.96·se) − 1 = −41.1%, −38.9%.
    expect(report.comparison.cost_change.ci_low).toBeCloseTo(-0.4107, 3);
    expect(report.comparison.cost_change.ci_high).toBeCloseTo(-0.389, 3);
    expect(report.verdict).toBe(
      "variant is 40% cheaper per request (CI 39–41%) with no significant change in feedback (variant 0.85 vs control 0.85, difference CI −0.020 to +0.020); error rate unchanged (1.0% vs 1.0%).",
    );
  });

  it("says when feedback is too thin or worse", () => {
    const records = clearWin().map((record) => (record.arm === "variant" && record.feedbackScore !== null ? { ...record, feedbackScore: record.feedbackScore - 0.3 } : record));
    expect(buildExperimentReport({ experiment: "exp", records, since: SINCE, until: UNTIL }).verdict).toContain("significantly lower feedback (variant 0.55 vs control 0.85");
    const thin = clearWin().map((record) => ({ ...record, feedbackScore: null }));
    expect(buildExperimentReport({ experiment: "exp", records: thin, since: SINCE, until: UNTIL }).verdict).toContain("too little feedback to compare (0 vs 0 scores; need ≥ 10 per arm)");
  });
});

describe("generateExperimentReports", () => {
  it("reads the log, lists configured and logged experiments, and formats them", async () => {
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    for (const record of FIXED) log.write(record);
    const config = parseConfig({ experiments: [{ name: "exp", share: 0.5, variant: { tier: "premium" } }, { name: "idle", share: 0.1, variant: { tier: "mid" } }] });
    const { reports, truncated } = await generateExperimentReports(log, { since: SINCE, until: UNTIL, experiments: config.experiments });
    expect(truncated).toBe(false);
    expect(reports.map((report) => [report.experiment, report.arms.control.requests + report.arms.variant.requests, report.config?.share ?? null])).toEqual([
      ["exp", 10, 0.5],
      ["idle", 0, 0.1],
      ["other", 1, null],
    ]);
    const text = formatExperimentReports(reports);
    expect(text).toContain("Experiment exp (share 0.5 to {\"tier\":\"premium\"})");
    expect(text).toContain("control  5 ");
    expect(text).toContain("Verdict: not enough data");
    // A percentile from a handful of values has an open side: said in words, never "(2–?)".
    expect(text).not.toMatch(/–\?|\?–/);
    const one = await generateExperimentReports(log, { since: SINCE, until: UNTIL, experiments: config.experiments, name: "exp", minRequestsPerArm: 5, minUnitsPerArm: 5 });
    expect(one.reports).toHaveLength(1);
    // Half the cost, but five requests a side cannot show it.
    expect(one.reports[0]?.verdict).toBe(
      "no significant change in cost per request (−50%, CI −79% to +20%) with too little feedback to compare (0 vs 2 scores; need ≥ 10 per arm); error rate unchanged (0.0% vs 20.0%).",
    );
    await log.close();
  });
});
