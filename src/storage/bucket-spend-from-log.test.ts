import { describe, expect, it } from "vitest";
import { bindBudgets, bucketsAt } from "../budget/match-budgets.js";
import { bucketFilter } from "./bucket-spend-from-log.js";

const NOW = Date.UTC(2026, 11, 3, 23, 59, 59, 900);
const DAY = { since: Date.UTC(2026, 11, 3), until: Date.UTC(2026, 11, 4) };
const MONTH = { since: Date.UTC(2026, 11, 1), until: Date.UTC(2027, 0, 1) };

describe("bucketFilter", () => {
  it("reads back the target and window of every bucket match-budgets makes, odd names included", () => {
    const budgets = [
      { scope: "global" as const, window: "day" as const, limit_usd: 1 },
      { scope: "key" as const, window: "month" as const, limit_usd: 1 },
      { scope: "task" as const, window: "day" as const, limit_usd: 1 },
      { scope: "tier" as const, window: "month" as const, limit_usd: 1 },
    ];
    const buckets = bucketsAt(bindBudgets(budgets, { keyId: "key_1", task: "a/b@c:d", tier: "premium" }), NOW);
    expect(buckets.map(bucketFilter)).toEqual([
      DAY,
      { ...MONTH, keyId: "key_1" },
      { ...DAY, task: "a/b@c:d" },
      { ...MONTH, tier: "premium" },
    ]);
  });

  it("counts nothing for an id it cannot read", () => {
    expect(bucketFilter({ id: "nonsense", windowEndsAt: NOW })).toBeUndefined();
    expect(bucketFilter({ id: "team:x/day@2026-12-03", windowEndsAt: NOW })).toBeUndefined();
  });
});
