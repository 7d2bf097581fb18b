import { describe, expect, it } from "vitest";
import { createMemoryLedger } from "../storage/memory/memory-ledger.js";
import { createSpendGuard } from "./create-spend-guard.js";
import type { Ledger } from "./ledger.js";

describe("the sweep before a reserve", () => {
  it("does not fail the reserve when the sweep fails: the failure is reported and the request goes on", async () => {
    // Walk round 24: a Redis script error in the expiry sweep (a $0 reservation, Lua's "-0") reached the request that
    // ran the sweep as a 500 internal_error, though the reserve itself would have worked.
    const memory = createMemoryLedger();
    const ledger: Ledger = { ...memory, expireReservations: () => Promise.reject(new Error("ERR value is not an integer or out of range")) };
    const reported: unknown[] = [];
    const guard = createSpendGuard({
      ledger,
      budgets: [{ scope: "global", window: "day", limit_usd: 1 }],
      clock: { now: () => Date.UTC(2026, 2, 1, 12) },
      onSweepError: (error) => reported.push(error),
    });
    const reservation = await guard.reserve({ requestId: "q1", scope: { task: "chat", tier: "budget" }, amountUsd: 0.25 });
    expect(reservation.amountUsd).toBe(0.25);
    expect(reported).toHaveLength(1);
    const [status] = await guard.status();
    expect(status).toMatchObject({ reservedUsd: 0.25 });
  });

  it("still fails the reserve with the ledger's own error when the ledger is down", async () => {
    const down = new Error("connection refused");
    const ledger: Ledger = { ...createMemoryLedger(), expireReservations: () => Promise.reject(down), reserve: () => Promise.reject(down) };
    const guard = createSpendGuard({ ledger, budgets: [{ scope: "global", window: "day", limit_usd: 1 }], clock: { now: () => 0 }, onSweepError: () => {} });
    await expect(guard.reserve({ requestId: "q1", scope: { task: "chat", tier: "budget" }, amountUsd: 0.25 })).rejects.toBe(down);
  });
});
