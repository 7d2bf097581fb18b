import { describe, expect, it } from "vitest";
import { createDecisionLog } from "./create-decision-log.js";
import type { DecisionRecord } from "./decision-record.js";
import { buildExperimentReport } from "./experiment-report.js";
import { generateExperimentReports } from "./experiment-report-generate.js";
import { excludesZero } from "./experiment-report-stats.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { checkPromotionGate } from "./promotion-gate.js";
import { createMemoryDecisionLogBackend } from "../storage/memory/memory-decision-log.js";

/**
 * An arm whose units (users) each make `perUnit` requests. Each unit has its own typical cost (users differ: long
 * prompts, short prompts); its requests vary ±10% around it. Feedback: every other request, the same cycle in both
 * arms. `withUnits: false` logs the records as if each request were its own unit (what the log held before).
 */
function arm(name: "control" | "variant", unitCosts: readonly number[], perUnit: number, withUnits = true): DecisionRecord[] {
  return unitCosts.flatMap((unitCost, unit) =>
    Array.from({ length: perUnit }, (_, i) =>
      makeDecisionRecord({
        experiment: "candidate",
        arm: name,
        experimentUnit: withUnits ? `${name}-unit-${unit}` : null,
        costUsd: unitCost * (0.9 + (i % 5) * 0.05),
        feedbackScore: i % 2 === 0 ? 0.8 + ((i % 6) - 2) * 0.05 : null,
      }),
    ),
  );
}

const report = (records: DecisionRecord[], minUnitsPerArm?: number) =>
  buildExperimentReport({ experiment: "candidate", records, since: 0, until: Date.UTC(2030, 0, 1), config: null, ...(minUnitsPerArm === undefined ? {} : { minUnitsPerArm }) });

/** `count` unit costs spread ±40% around `mean`, deterministically. */
const spread = (count: number, mean: number): number[] => Array.from({ length: count }, (_, k) => mean * (0.6 + 0.8 * ((k * 0.618034) % 1)));

describe("the experiment report counts units, not only requests", () => {
  const fewControl = [0.01, 0.006, 0.014];
  const fewVariant = [0.004, 0.012, 0.005];

  it("cannot reach a 95% verdict, nor pass the promotion gate, on 3 units per arm with 200 requests each", () => {
    const clustered = report([...arm("control", fewControl, 200), ...arm("variant", fewVariant, 200)]);
    expect([clustered.arms.control.units, clustered.arms.variant.units]).toEqual([3, 3]);
    expect(clustered.verdict).toMatch(/^not enough data: need ≥ 10 assigned units .* \(control 3, variant 3\)/);
    const gate = checkPromotionGate(clustered);
    expect(gate.wins).toBe(false);
    expect(gate.failures).toContain("not enough units: need ≥ 10 assigned users, keys or conversations per arm (control 3, variant 3)");
    // Even without the units rule, the interval over 3 units a side is wide enough to hold "no change".
    const unruled = report([...arm("control", fewControl, 200), ...arm("variant", fewVariant, 200)], 0);
    expect(excludesZero(unruled.comparison.cost_change)).toBe(false);
    expect(checkPromotionGate(unruled).failures).toContain("cost per request is not lower at 95% confidence");
    // The same requests read as independent (the log before units) looked decisive: what the units fix.
    const naive = report([...arm("control", fewControl, 200, false), ...arm("variant", fewVariant, 200, false)]);
    expect(checkPromotionGate(naive).wins).toBe(true);
    const width = (r: typeof naive): number => (r.arms.control.cost_per_request_usd.ci_high ?? 0) - (r.arms.control.cost_per_request_usd.ci_low ?? 0);
    expect(width(unruled)).toBeGreaterThan(5 * width(naive));
  });

  it("gives no interval at all to an arm of one unit, however many requests it made (2 units in all)", () => {
    const two = report([...arm("control", [0.01], 300), ...arm("variant", [0.004], 300)], 0);
    expect(two.arms.control.cost_per_request_usd).toMatchObject({ ci_low: null, ci_high: null });
    expect(two.comparison.cost_change).toMatchObject({ ci_low: null, ci_high: null });
    expect(checkPromotionGate(two).wins).toBe(false);
  });

  it("gives no interval to a rate of an arm of one unit either (errors, escalations and their differences)", () => {
    // One key a side, 300 requests each: 30 and 3 of them failed, 15 and 6 escalated.
    const oneUnit = (name: "control" | "variant", failed: number, escalated: number): DecisionRecord[] =>
      Array.from({ length: 300 }, (_, i) =>
        makeDecisionRecord({ experiment: "candidate", arm: name, experimentUnit: `${name}-key`, costUsd: 0.001, outcome: i < failed ? "failed" : "served", escalatedTo: i >= 100 && i < 100 + escalated ? "premium" : null }),
      );
    const two = report([...oneUnit("control", 30, 15), ...oneUnit("variant", 3, 6)], 0);
    expect(two.arms.control.error_rate).toEqual({ value: 0.1, ci_low: null, ci_high: null, count: 30 });
    expect(two.arms.variant.escalation_rate).toEqual({ value: 0.02, ci_low: null, ci_high: null, count: 6 });
    expect(two.comparison.error_rate_difference.value).toBeCloseTo(-0.09, 12);
    expect(two.comparison.error_rate_difference).toMatchObject({ ci_low: null, ci_high: null });
    expect(two.comparison.escalation_rate_difference).toMatchObject({ ci_low: null, ci_high: null });
    // With two units a side, the rates have intervals again.
    const four = report([...oneUnit("control", 30, 15), ...oneUnit("variant", 3, 6), ...arm("control", [0.001], 50), ...arm("variant", [0.001], 50)], 0);
    expect(four.arms.control.error_rate.ci_low).not.toBeNull();
    expect(four.comparison.error_rate_difference.ci_high).not.toBeNull();
  });

  it("reaches the verdict, and passes the gate, with many units", () => {
    const many = report([...arm("control", spread(40, 0.01), 10), ...arm("variant", spread(40, 0.005), 10)]);
    expect([many.arms.control.units, many.arms.variant.units]).toEqual([40, 40]);
    const gate = checkPromotionGate(many);
    expect(gate.failures).toEqual([]);
    expect(gate.wins).toBe(true);
    expect(many.verdict).toMatch(/^variant is 50% cheaper per request/);
  });

  it("sums the units in the log's own query, as the report from records does", async () => {
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    for (const record of [...arm("control", fewControl, 50), ...arm("variant", fewVariant, 50)]) log.write(record);
    const { reports } = await generateExperimentReports(log, { since: 0, until: Date.UTC(2030, 0, 1), experiments: [], name: "candidate" });
    expect(reports[0]?.arms.control.units).toBe(3);
    expect(reports[0]?.verdict).toMatch(/not enough data: need ≥ 10 assigned units/);
    await log.close();
  });

  it("takes the experiment's min_units_per_arm (and a caller's minimum over it): a few keys can reach a verdict", async () => {
    // Six keys a side, no `user`: the default 10 units can never be met.
    const records = [...arm("control", spread(6, 0.01), 10), ...arm("variant", spread(6, 0.005), 10)];
    const experiment = { name: "candidate", match: {}, share: 0.5, variant: { tier: "mid" }, enabled: true };
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    for (const record of records) log.write(record);
    const period = { since: 0, until: Date.UTC(2030, 0, 1), name: "candidate" };
    const byDefault = (await generateExperimentReports(log, { ...period, experiments: [experiment] })).reports[0];
    expect(byDefault?.min_units_per_arm).toBe(10);
    expect(byDefault?.verdict).toMatch(/^not enough data: need ≥ 10 assigned units .* \(control 6, variant 6\)/);
    expect(byDefault && checkPromotionGate(byDefault).wins).toBe(false);
    const configured = (await generateExperimentReports(log, { ...period, experiments: [{ ...experiment, min_units_per_arm: 5 }] })).reports[0];
    expect(configured?.min_units_per_arm).toBe(5);
    expect(configured?.verdict).toMatch(/^variant is 50% cheaper per request/);
    expect(configured && checkPromotionGate(configured)).toMatchObject({ wins: true, failures: [] });
    // `--min-units` (the caller's minimum) wins over the config's.
    const stricter = (await generateExperimentReports(log, { ...period, experiments: [{ ...experiment, min_units_per_arm: 5 }], minUnitsPerArm: 8 })).reports[0];
    expect(stricter?.verdict).toMatch(/^not enough data: need ≥ 8 assigned units/);
    await log.close();
  });

  it("still refuses the promotion when a lowered minimum is met but the verdict is not a win", () => {
    const few = buildExperimentReport({
      experiment: "candidate",
      records: [...arm("control", fewControl, 200), ...arm("variant", fewVariant, 200)],
      since: 0,
      until: Date.UTC(2030, 0, 1),
      config: { name: "candidate", match: {}, share: 0.5, variant: { tier: "mid" }, enabled: true, min_units_per_arm: 3 },
    });
    expect(few.verdict).not.toMatch(/not enough data/);
    const gate = checkPromotionGate(few);
    expect(gate.wins).toBe(false);
    expect(gate.failures).toEqual(["cost per request is not lower at 95% confidence"]);
  });
});
