import { describe, expect, it } from "vitest";

// Half an hour off UTC, three and a half behind: a UTC day starts at 20:30 or 21:30 the evening before.
process.env.TZ = "America/St_Johns";
const { timeAxisLabels, timeHoverLabel } = await import("../../src/dashboard/time-axis.js");

describe("the overview charts' time axis", () => {
  const dec2 = Date.UTC(2026, 11, 2) / 1000;

  it("names a daily bar by its UTC day, not by the local date of its start (the day before, west of UTC)", () => {
    expect(new Date(dec2 * 1000).getDate()).toBe(1); // local time is still 1 December
    expect(timeAxisLabels("day", [dec2])[0]).toMatch(/\b2\b/);
    expect(timeHoverLabel("day", dec2)).toMatch(/\b2\b.*\(UTC\)$/);
    expect(timeHoverLabel("day", dec2)).not.toMatch(/\b1\b/);
  });

  it("labels hours in local time with the date under the first tick and where the day changes, never as M/D", () => {
    const hours = [dec2 - 3 * 3600, dec2 - 2 * 3600, dec2 + 7 * 3600];
    const labels = timeAxisLabels("hour", hours);
    expect(labels.map((label) => label.includes("\n"))).toEqual([true, false, true]);
    for (const label of labels) expect(label).not.toMatch(/\d+\/\d+/);
    expect(timeHoverLabel("hour", null)).toBe("");
  });
});
