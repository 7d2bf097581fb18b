import { describe, expect, it } from "vitest";
import { buildExperimentReport } from "./experiment-report.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { excludesZero, meanDifference, relativeChange } from "./experiment-report-stats.js";
import { checkPromotionGate } from "./promotion-gate.js";
import type { DecisionRecord } from "./decision-record.js";

/** `n` records of an arm with costs and feedback drawn from a small deterministic cycle. */
function arm(name: "control" | "variant", n: number, cost: number, feedback: (i: number) => number | null, extra: Partial<DecisionRecord> = {}): DecisionRecord[] {
  return Array.from({ length: n }, (_, i) =>
    makeDecisionRecord({ experiment: "candidate", arm: name, costUsd: cost * (0.9 + (i % 5) * 0.05), feedbackScore: feedback(i), ...extra }),
  );
}

function gate(records: DecisionRecord[]) {
  return checkPromotionGate(buildExperimentReport({ experiment: "candidate", records, since: 0, until: Date.UTC(2030, 0, 1), config: null }));
}

const good = (i: number) => (i % 10 === 0 ? 0.8 : 0.9);

describe("the promotion gate", () => {
  it("passes a variant that is cheaper at 95% with feedback no lower", () => {
    const result = gate([...arm("control", 60, 0.01, good), ...arm("variant", 60, 0.004, good)]);
    expect(result.failures).toEqual([]);
    expect(result.wins).toBe(true);
    expect(result.verdict).toMatch(/cheaper per request/);
  });

  it("passes a cheaper variant whose feedback equals the control's exactly, whatever the rounding of the summed means", () => {
    const result = gate([...arm("control", 90, 0.01, () => 0.9), ...arm("variant", 83, 0.004, () => 0.9)]);
    expect(result.failures).toEqual([]);
    expect(result.wins).toBe(true);
    // Moments from the log's sums: equal scores summed in another order differ in the last bits, with no spread.
    const rounded = meanDifference({ n: 160, mean: 0.9, variance: 0 }, { n: 160, mean: 0.9000000000000001, variance: 0 });
    expect(excludesZero(rounded)).toBe(false);
    expect(excludesZero(relativeChange({ n: 50, mean: 0.3, variance: 0 }, { n: 50, mean: 0.30000000000000004, variance: 0 }))).toBe(false);
    // A real difference with no spread still counts.
    expect(excludesZero(meanDifference({ n: 160, mean: 0.8, variance: 0 }, { n: 160, mean: 0.9, variance: 0 }))).toBe(true);
  });

  it("refuses a cheaper variant whose feedback is significantly lower", () => {
    const result = gate([...arm("control", 60, 0.01, good), ...arm("variant", 60, 0.004, (i) => (i % 2 ? 0.2 : 0.4))]);
    expect(result.wins).toBe(false);
    expect(result.failures).toContain("feedback is significantly lower on the variant");
    expect(result.lost).toBe(true);
  });

  it("calls a variant that costs significantly more lost, and one short of requests not (yet)", () => {
    const dearer = gate([...arm("control", 60, 0.01, good), ...arm("variant", 60, 0.03, good)]);
    expect(dearer.failures).toContain("cost per request is higher at 95% confidence");
    expect(dearer.lost).toBe(true);
    const few = gate([...arm("control", 10, 0.01, good), ...arm("variant", 10, 0.03, good)]);
    expect(few.lost).toBe(false);
    expect(few.shortOfData).toBe(true);
    expect(dearer.shortOfData).toBe(false);
  });

  it("refuses when the cost is not lower at 95%, when feedback is missing, and when there are too few requests", () => {
    expect(gate([...arm("control", 60, 0.01, good), ...arm("variant", 60, 0.01, good)]).failures).toContain("cost per request is not lower at 95% confidence");
    expect(gate([...arm("control", 60, 0.01, () => null), ...arm("variant", 60, 0.004, () => null)]).failures.join()).toMatch(/not enough feedback/);
    expect(gate([...arm("control", 10, 0.01, good), ...arm("variant", 10, 0.004, good)]).failures.join()).toMatch(/not enough requests/);
  });

  it("refuses a variant whose error or escalation rate rose significantly", () => {
    const escalating = arm("variant", 60, 0.004, good, { escalatedTo: "standard" });
    expect(gate([...arm("control", 60, 0.01, good), ...escalating]).failures).toContain("the escalation rate rose significantly");
  });
});
