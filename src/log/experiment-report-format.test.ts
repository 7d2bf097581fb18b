import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "./decision-record.js";
import { formatExperimentReports } from "./experiment-report-format.js";
import { buildExperimentReport } from "./experiment-report.js";
import { makeDecisionRecord } from "./make-decision-record.js";

const SINCE = Date.UTC(2026, 2, 1);
const UNTIL = Date.UTC(2026, 2, 2);

/** `count` requests of one arm whose costs cycle through `costs`, each its own unit. */
function arm(name: "control" | "variant", count: number, costs: readonly number[]): DecisionRecord[] {
  return Array.from({ length: count }, (_, index) =>
    makeDecisionRecord({ experiment: "cheap", arm: name, experimentUnit: `${name}-${index}`, costUsd: costs[index % costs.length] ?? 0 }),
  );
}

describe("the experiment table's cost per request", () => {
  it("keeps three significant digits of a budget-tier cost, so its interval's ends stay apart", () => {
    // A budget-tier arm costs about $0.000015 a request: six fixed decimals printed "0.000015 (0.000015–0.000015)", an
    // interval that read as exact although the dashboard showed $0.0000145 – $0.0000154 for the same figures.
    const records = [...arm("control", 40, [0.00025, 0.0003]), ...arm("variant", 40, [0.0000142, 0.0000158])];
    const report = buildExperimentReport({ experiment: "cheap", records, since: SINCE, until: UNTIL });
    const { value, ci_low: low, ci_high: high } = report.arms.variant.cost_per_request_usd;
    expect(value).toBeCloseTo(0.000015, 9);
    expect(low).not.toBeNull();
    expect(high).not.toBeNull();
    const text = formatExperimentReports([report]);
    const variantLine = text.split("\n").find((line) => line.startsWith("variant")) ?? "";
    const shown = /(\d\.\d+) \((\d\.\d+)–(\d\.\d+)\)/.exec(variantLine);
    expect(shown, variantLine).not.toBeNull();
    const [, shownValue = "", shownLow = "", shownHigh = ""] = shown ?? [];
    expect(shownValue).toBe("0.0000150");
    expect(shownLow).not.toBe(shownHigh);
    // Three significant digits: each end within half a unit of its third digit.
    expect(Math.abs(Number(shownLow) - (low ?? 0)) / (low ?? 1)).toBeLessThan(0.005);
    expect(Math.abs(Number(shownHigh) - (high ?? 0)) / (high ?? 1)).toBeLessThan(0.005);
  });

  it("prints costs of a tenth of a cent and more with six decimals, as before", () => {
    const records = [...arm("control", 40, [0.0021, 0.0023]), ...arm("variant", 40, [0.0012, 0.0013])];
    const text = formatExperimentReports([buildExperimentReport({ experiment: "cheap", records, since: SINCE, until: UNTIL })]);
    expect(text).toMatch(/\ncontrol +40 +40 +0\.002200 \(0\.00\d{4}–0\.00\d{4}\)/);
    expect(text).toMatch(/\nvariant +40 +40 +0\.001250 \(/);
  });
});

describe("the experiment block's heading", () => {
  it("writes its period as the report's own heading does (UTC minutes), not as ISO with milliseconds", () => {
    // The block read "2026-03-01T00:00:00.000Z to 2026-03-02T00:00:00.000Z" under "Spend from 2026-03-01 00:00 UTC to …".
    const records = [...arm("control", 4, [0.001]), ...arm("variant", 4, [0.001])];
    const text = formatExperimentReports([buildExperimentReport({ experiment: "cheap", records, since: SINCE, until: UNTIL + 90_500 })]);
    expect(text).toContain("Experiment cheap (not in the current config), 2026-03-01 00:00 UTC to 2026-03-02 00:01 UTC\n");
  });
});
