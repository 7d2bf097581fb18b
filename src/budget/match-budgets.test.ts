import { describe, expect, it } from "vitest";
import { windowAt } from "./budget-window.js";
import { bindBudgets, bucketsAt } from "./match-budgets.js";

describe("windowAt", () => {
  it("uses UTC days and months, including leap days and year ends", () => {
    expect(windowAt("day", Date.parse("2028-02-29T23:59:59.999Z"))).toEqual({
      label: "2028-02-29",
      startsAt: Date.parse("2028-02-29T00:00:00Z"),
      endsAt: Date.parse("2028-03-01T00:00:00Z"),
    });
    expect(windowAt("month", Date.parse("2026-12-31T23:00:00Z"))).toMatchObject({ label: "2026-12", endsAt: Date.parse("2027-01-01T00:00:00Z") });
    expect(windowAt("month", Date.parse("2027-01-01T00:00:00Z")).label).toBe("2027-01");
  });
});

describe("bindBudgets", () => {
  it("shares one bucket between budgets on the same target and window, with the strictest limit", () => {
    const bound = bindBudgets(
      [
        { scope: "key", window: "day", limit_usd: 10 },
        { scope: "key", name: "team-a", window: "day", limit_usd: 3 },
        { scope: "task", name: "math", window: "day", limit_usd: 1 },
      ],
      { keyId: "key_1", keyName: "team-a", keyLimits: { dailyUsd: 5, monthlyUsd: null }, task: "chat", tier: "mid" },
    );
    expect(bound).toEqual([{ budget: "key:team-a/day", key: "key:key_1/day", window: "day", limitUsd: 3 }]);
    expect(bucketsAt(bound, Date.parse("2026-05-05T10:00:00Z"))).toEqual([
      { id: "key:key_1/day@2026-05-05", budget: "key:team-a/day", limitInNanoUsd: 3_000_000_000, windowEndsAt: Date.parse("2026-05-06T00:00:00Z") },
    ]);
  });

  it("applies key budgets only to requests with a key", () => {
    expect(bindBudgets([{ scope: "key", window: "month", limit_usd: 1 }], { task: "chat", tier: "mid" })).toEqual([]);
  });
});
