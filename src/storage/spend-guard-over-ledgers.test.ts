import { describe, expect, it } from "vitest";
import type { BudgetConfig } from "../config/config-schema.js";
import { BudgetExceededError, GatewayError } from "../core/errors/index.js";
import { createMemoryLedger } from "./memory/memory-ledger.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteLedger } from "./sqlite/sqlite-ledger.js";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import type { Ledger } from "../budget/ledger.js";

const SCOPE = { task: "chat", tier: "budget" };
const clockAt = (iso: string) => {
  const clock = { at: Date.parse(iso), now: () => clock.at };
  return clock;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function refusal(promise: Promise<unknown>): Promise<BudgetExceededError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BudgetExceededError);
  return error as BudgetExceededError;
}

describe.each([
  ["memory", (): Ledger => createMemoryLedger()],
  ["sqlite", (): Ledger => createSqliteLedger(openSqliteDatabase(":memory:"), { closeDatabase: true })],
])("createSpendGuard over the %s ledger", (_name, newLedger) => {
  it("200 racing requests never settle more than the global daily cap, and none is refused early", async () => {
    const limitUsd = 1;
    const guard = createSpendGuard({ ledger: newLedger(), budgets: [{ scope: "global", window: "day", limit_usd: limitUsd }], clock: clockAt("2026-03-01T12:00:00Z") });
    let settled = 0;
    const refusals: BudgetExceededError[] = [];
    const request = async (index: number) => {
      const worstCase = 0.01 + (index % 7) * 0.005;
      let reservation;
      try {
        reservation = await guard.reserve({ requestId: `q${index}`, scope: SCOPE, amountUsd: worstCase });
      } catch (error) {
        refusals.push(error as BudgetExceededError);
        return;
      }
      await sleep(index % 5);
      if (index % 11 === 0) return guard.release(reservation);
      const actual = worstCase * (0.5 + (index % 3) * 0.25);
      await guard.settle(reservation, actual);
      settled += actual;
    };
    await Promise.all(Array.from({ length: 200 }, (_, index) => request(index)));
    expect(refusals.length).toBeGreaterThan(0);
    for (const error of refusals) {
      expect(GatewayError.isInstance(error) && error.status).toBe(402);
      expect(error.code).toBe("budget_exceeded");
      expect(error.budget).toBe("global/day");
      // A refusal only happens when the worst case really did not fit.
      expect(error.remainingUsd).toBeLessThan(error.requestedUsd);
    }
    expect(settled).toBeLessThanOrEqual(limitUsd + 1e-9);
    const [status] = await guard.status();
    expect(status).toMatchObject({ budget: "global/day", reservedUsd: 0, limitUsd });
    expect(status?.spentUsd).toBeCloseTo(settled, 9);
  });

  it("serves while a worst-case request still fits, then refuses naming the budget and what is left", async () => {
    const guard = createSpendGuard({ ledger: newLedger(), budgets: [{ scope: "global", window: "day", limit_usd: 0.05 }], clock: clockAt("2026-03-01T00:00:00Z") });
    for (let index = 0; index < 5; index += 1) {
      const reservation = await guard.reserve({ requestId: `r${index}`, scope: SCOPE, amountUsd: 0.01 });
      await guard.settle(reservation, 0.01);
    }
    const error = await refusal(guard.reserve({ requestId: "r6", scope: SCOPE, amountUsd: 0.01 }));
    expect(error.message).toContain("global/day");
    expect(error.message).toContain("$0.000000 left");
    expect(error.toEnvelope().error).toMatchObject({ type: "budget_exceeded", code: "budget_exceeded" });
  });

  it("a fallback to a dearer model near the cap reserves again and is refused when it does not fit", async () => {
    const guard = createSpendGuard({ ledger: newLedger(), budgets: [{ scope: "global", window: "day", limit_usd: 0.1 }], clock: clockAt("2026-03-01T00:00:00Z") });
    const spent = await guard.reserve({ requestId: "a", scope: SCOPE, amountUsd: 0.07 });
    await guard.settle(spent, 0.07);
    const cheap = await guard.reserve({ requestId: "b", scope: SCOPE, amountUsd: 0.02 });
    await guard.release(cheap); // the cheap model failed: its reservation goes back
    const error = await refusal(guard.reserve({ requestId: "b", scope: SCOPE, amountUsd: 0.05 }));
    expect(error.remainingUsd).toBeCloseTo(0.03, 9);
    const smaller = await guard.reserve({ requestId: "b", scope: SCOPE, amountUsd: 0.03 });
    await guard.settle(smaller, 0.025);
    expect((await guard.status())[0]?.spentUsd).toBeCloseTo(0.095, 9);
  });

  it("rolls the daily window over at UTC midnight and the monthly one at the month's end", async () => {
    const clock = clockAt("2026-01-31T23:59:59.999Z");
    const budgets: BudgetConfig[] = [
      { scope: "global", window: "day", limit_usd: 1 },
      { scope: "global", window: "month", limit_usd: 1.5 },
    ];
    const guard = createSpendGuard({ ledger: newLedger(), budgets, clock });
    await guard.settle(await guard.reserve({ requestId: "a", scope: SCOPE, amountUsd: 1 }), 1);
    const daily = await refusal(guard.reserve({ requestId: "b", scope: SCOPE, amountUsd: 0.1 }));
    expect(daily.budget).toBe("global/day");
    // The refusal says when the refusing budget starts again, in UTC and saying so.
    expect(daily.resetsAt).toBe(Date.parse("2026-02-01T00:00:00Z"));
    expect(daily.message).toContain("it starts again at 2026-02-01 00:00 UTC.");
    clock.at = Date.parse("2026-02-01T00:00:00Z");
    await guard.settle(await guard.reserve({ requestId: "c", scope: SCOPE, amountUsd: 1 }), 1);
    clock.at = Date.parse("2026-02-02T00:00:00Z");
    await guard.settle(await guard.reserve({ requestId: "d", scope: SCOPE, amountUsd: 0.5 }), 0.5);
    const monthly = await refusal(guard.reserve({ requestId: "e", scope: SCOPE, amountUsd: 0.4 }));
    expect([monthly.budget, monthly.message]).toEqual(["global/month", expect.stringContaining("it starts again at 2026-03-01 00:00 UTC.")]);
    const status = await guard.status();
    expect(status.map((s) => [s.budget, s.spentUsd, s.resetsAt])).toEqual([
      ["global/day", 0.5, "2026-02-03T00:00:00.000Z"],
      ["global/month", 1.5, "2026-03-01T00:00:00.000Z"],
    ]);
  });

  it("matches key, task and tier budgets, named or for each, and the key record's own limits", async () => {
    const budgets: BudgetConfig[] = [
      { scope: "key", window: "day", limit_usd: 10 },
      { scope: "key", name: "team-a", window: "day", limit_usd: 0.3 },
      { scope: "task", name: "math", window: "day", limit_usd: 0.2 },
      { scope: "tier", window: "month", limit_usd: 0.25 },
    ];
    const guard = createSpendGuard({ ledger: newLedger(), budgets, clock: clockAt("2026-03-01T00:00:00Z") });
    const teamA = { keyId: "key_1", keyName: "team-a", task: "math", tier: "mid" };
    expect((await guard.reserve({ requestId: "1", scope: teamA, amountUsd: 0.2 })).budgets).toEqual([
      "key:team-a/day",
      "task:math/day",
      "tier:mid/month",
    ]);
    expect((await refusal(guard.reserve({ requestId: "2", scope: { ...teamA, task: "chat" }, amountUsd: 0.11 }))).budget).toBe("key:team-a/day");
    expect((await refusal(guard.reserve({ requestId: "3", scope: { keyId: "key_2", task: "chat", tier: "mid" }, amountUsd: 0.1 }))).budget).toBe("tier:mid/month");
    const withLimit = { keyId: "key_3", keyName: "solo", keyLimits: { dailyUsd: 0.05 }, task: "chat", tier: "budget" };
    expect((await refusal(guard.reserve({ requestId: "4", scope: withLimit, amountUsd: 0.06 }))).budget).toBe("key:solo/day");
    const narrow = createSpendGuard({ ledger: newLedger(), budgets: budgets.slice(1, 3), clock: clockAt("2026-03-01T00:00:00Z") });
    const none = await narrow.reserve({ requestId: "5", scope: { keyId: "key_9", task: "chat", tier: "free" }, amountUsd: 99 });
    expect(none.budgets).toEqual([]);
  });

  it("looks up the key's name and own limits when the scope has only its id", async () => {
    const keys = { findById: async (id: string) => (id === "key_7" ? { name: "seven", dailyBudgetUsd: 0.1, monthlyBudgetUsd: null } : undefined) };
    const guard = createSpendGuard({ ledger: newLedger(), budgets: [], clock: clockAt("2026-03-01T00:00:00Z"), keys });
    const held = await guard.reserve({ requestId: "a", scope: { keyId: "key_7", task: "chat", tier: "mid" }, amountUsd: 0.08 });
    expect(held.budgets).toEqual(["key:seven/day"]);
    expect((await refusal(guard.reserve({ requestId: "b", scope: { keyId: "key_7", task: "chat", tier: "mid" }, amountUsd: 0.03 }))).message).toContain("key:seven/day");
    expect((await guard.reserve({ requestId: "c", scope: { keyId: "key_8", task: "chat", tier: "mid" }, amountUsd: 5 })).budgets).toEqual([]);
  });

  it("a refusal the settled spend leaves room for says requests in flight hold the rest, and when to retry (round 21)", async () => {
    const guard = createSpendGuard({ ledger: newLedger(), budgets: [{ scope: "global", window: "day", limit_usd: 1 }], clock: clockAt("2026-03-01T12:00:00Z") });
    const first = await guard.reserve({ requestId: "q1", scope: SCOPE, amountUsd: 0.8 });
    const held = await refusal(guard.reserve({ requestId: "q2", scope: SCOPE, amountUsd: 0.5 }));
    expect(held.heldUsd).toBe(0.8);
    expect(held.retryAfterSeconds).toBe(2);
    expect(held.message).toContain("$0.800000 of the budget is held by requests still in flight");
    expect(held.message).toContain("retry in a few seconds");
    // Once the first settles at 0.7, settled spend itself leaves too little: the plain refusal, no retry hint.
    await guard.settle(first, 0.7);
    const spent = await refusal(guard.reserve({ requestId: "q3", scope: SCOPE, amountUsd: 0.5 }));
    expect(spent.heldUsd).toBe(0);
    expect(spent.retryAfterSeconds).toBeUndefined();
    expect(spent.message).not.toContain("in flight");
    expect(spent.message).toContain("Lower max_tokens");
    // 0.7 settled and 0.2 held: 0.25 fits beside the settled spend alone (held named), 0.35 does not (plain refusal).
    await guard.reserve({ requestId: "q4", scope: SCOPE, amountUsd: 0.2 });
    expect((await refusal(guard.reserve({ requestId: "q5", scope: SCOPE, amountUsd: 0.25 }))).heldUsd).toBe(0.2);
    expect((await refusal(guard.reserve({ requestId: "q6", scope: SCOPE, amountUsd: 0.35 }))).heldUsd).toBe(0);
  });

  it("no retry hint when another budget of the request is spent out by settled spend alone (round 21 review)", async () => {
    // The global budget refuses first (its room held by another key's request in flight), but the caller's own key
    // budget is spent by settled spend: no retry can pass before the key's window ends, so none may be promised.
    const budgets: BudgetConfig[] = [
      { scope: "global", window: "day", limit_usd: 1 },
      { scope: "key", window: "day", limit_usd: 0.6 },
    ];
    const guard = createSpendGuard({ ledger: newLedger(), budgets, clock: clockAt("2026-03-01T12:00:00Z") });
    const mine = { keyId: "key_a", keyName: "a", task: "chat", tier: "mid" };
    await guard.settle(await guard.reserve({ requestId: "a1", scope: mine, amountUsd: 0.5 }), 0.5);
    await guard.reserve({ requestId: "b1", scope: { keyId: "key_b", keyName: "b", task: "chat", tier: "mid" }, amountUsd: 0.45 });
    const refused = await refusal(guard.reserve({ requestId: "a2", scope: mine, amountUsd: 0.2 }));
    expect(refused.budget).toBe("global/day");
    expect(refused.heldUsd).toBe(0);
    expect(refused.retryAfterSeconds).toBeUndefined();
    expect(refused.message).not.toContain("retry in a few seconds");
    // With room left in the key's own budget, the same refusal does name what is held, and when to retry.
    expect((await refusal(guard.reserve({ requestId: "a3", scope: mine, amountUsd: 0.1 }))).heldUsd).toBe(0.45);
  });

  it("a key is not told what a budget other keys share has left or holds, only its own budget's figures (round 22)", async () => {
    const budgets: BudgetConfig[] = [
      { scope: "global", window: "day", limit_usd: 5 },
      { scope: "task", window: "day", limit_usd: 0.9 },
      { scope: "key", window: "day", limit_usd: 0.6 },
    ];
    const guard = createSpendGuard({ ledger: newLedger(), budgets, clock: clockAt("2026-03-01T12:00:00Z") });
    const mine = { keyId: "key_a", keyName: "a", task: "chat", tier: "mid" };
    const theirs = { keyId: "key_b", keyName: "b", task: "chat", tier: "mid" };
    // Key b spends 0.3 and holds 0.27 in flight: the shared task budget (0.9) has 0.33 left, 0.27 of it held.
    await guard.settle(await guard.reserve({ requestId: "b1", scope: theirs, amountUsd: 0.3 }), 0.3);
    const inFlight = await guard.reserve({ requestId: "b2", scope: theirs, amountUsd: 0.27 });
    const held = await refusal(guard.reserve({ requestId: "a1", scope: mine, amountUsd: 0.4 }));
    expect(held.budget).toBe("task:chat/day");
    expect(held.retryAfterSeconds).toBe(2);
    expect(held.message).toContain("which other keys share");
    expect(held.message).toContain("retry in a few seconds");
    expect(held.message).toContain("$0.400000"); // its own worst case
    expect(held.message).not.toMatch(/\$0\.(270000|330000|030000)/);
    // Settled spend of others: the plain advice, still without the shared budget's figures.
    await guard.settle(inFlight, 0.27);
    const spent = await refusal(guard.reserve({ requestId: "a2", scope: mine, amountUsd: 0.4 }));
    expect(spent.message).not.toMatch(/has \$/);
    expect(spent.message).toContain("Lower max_tokens");
    // The key's own budget is the key's own: its figures are said.
    await guard.settle(await guard.reserve({ requestId: "a3", scope: { ...mine, task: "other" }, amountUsd: 0.55 }), 0.55);
    const own = await refusal(guard.reserve({ requestId: "a4", scope: { ...mine, task: "other" }, amountUsd: 0.1 }));
    expect(own.budget).toBe("key:a/day");
    expect(own.message).toContain("has $0.050000 left");
    // A gateway without keys (the operator's own) is told everything, as before.
    expect((await refusal(guard.reserve({ requestId: "o1", scope: { task: "other", tier: "mid" }, amountUsd: 10 }))).message).toMatch(/Budget global\/day has \$\d\.\d{6} left/);
  });

  it("charges a reservation left by a crash once it expires, and not before", async () => {
    const clock = clockAt("2026-03-01T00:00:00Z");
    const ledger = newLedger();
    const budgets: BudgetConfig[] = [{ scope: "global", window: "day", limit_usd: 1 }];
    const crashed = createSpendGuard({ ledger, budgets, clock });
    await crashed.reserve({ requestId: "lost", scope: SCOPE, amountUsd: 0.6 });
    const restarted = createSpendGuard({ ledger, budgets, clock, reservationTtlInMs: 600_000 });
    clock.at += 599_999;
    await refusal(restarted.reserve({ requestId: "x", scope: SCOPE, amountUsd: 0.5 }));
    clock.at += 1;
    expect(await restarted.sweep()).toBe(1);
    expect((await restarted.status())[0]).toMatchObject({ spentUsd: 0.6, reservedUsd: 0 });
  });
});
