/**
 * The contract every Ledger adapter passes. Each adapter's test file calls `runLedgerContract`.
 * @module
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Ledger, LedgerBucket } from "./ledger.js";

/** How the contract gets a fresh, empty ledger. */
export interface LedgerContractOptions {
  create(): Promise<Ledger>;
}

const DAY_END = Date.UTC(2026, 0, 2);

function bucket(id: string, limitInNanoUsd: number): LedgerBucket {
  return { id, budget: id.split("@")[0] ?? id, limitInNanoUsd, windowEndsAt: DAY_END };
}

/** Runs the Ledger contract against an adapter. */
export function runLedgerContract({ create }: LedgerContractOptions): void {
  let ledger: Ledger;
  let counter = 0;
  const newId = (): string => `r${++counter}`;
  const open = async (): Promise<Ledger> => (ledger = await create());
  afterEach(async () => ledger?.close());

  const reserve = (l: Ledger, buckets: LedgerBucket[], amount: number, now = 1_000, ttl = 600_000) =>
    l.reserve({ reservationId: newId(), buckets, amountInNanoUsd: amount, now, expiresAt: now + ttl });

  describe("ledger contract", () => {
    it("reserves within the limit and reports it as reserved", async () => {
      const l = await open();
      const result = await reserve(l, [bucket("global/day@2026-01-01", 1_000)], 400);
      expect(result).toEqual({ ok: true });
      expect(await l.usage([bucket("global/day@2026-01-01", 1_000), bucket("nothing", 1_000)])).toEqual([
        { id: "global/day@2026-01-01", spentInNanoUsd: 0, reservedInNanoUsd: 400 },
        { id: "nothing", spentInNanoUsd: 0, reservedInNanoUsd: 0 },
      ]);
    });

    it("accepts a reservation that exactly fits and refuses one unit more", async () => {
      const l = await open();
      const b = bucket("global/day@2026-01-01", 1_000);
      expect(await reserve(l, [b], 600)).toEqual({ ok: true });
      expect(await reserve(l, [b], 401)).toEqual({ ok: false, budget: "global/day", bucketId: b.id, remainingInNanoUsd: 400 });
      expect(await reserve(l, [b], 400)).toEqual({ ok: true });
    });

    it("reserves in every bucket or in none", async () => {
      const l = await open();
      const roomy = bucket("global/day@2026-01-01", 10_000);
      const tight = bucket("task:math/day@2026-01-01", 100);
      const result = await reserve(l, [roomy, tight], 500);
      expect(result).toMatchObject({ ok: false, budget: "task:math/day", remainingInNanoUsd: 100 });
      expect(await l.usage([roomy, tight])).toEqual([
        { id: roomy.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 },
        { id: tight.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 },
      ]);
    });

    it("settles to the actual cost in every bucket, once", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 10_000);
      const b = bucket("tier:mid/day@2026-01-01", 10_000);
      await l.reserve({ reservationId: "s1", buckets: [a, b], amountInNanoUsd: 900, now: 1, expiresAt: 1_000 });
      await l.settle({ reservationId: "s1", actualInNanoUsd: 250, now: 2 });
      await l.settle({ reservationId: "s1", actualInNanoUsd: 250, now: 3 });
      await l.release({ reservationId: "s1", now: 4 });
      expect(await l.usage([a, b])).toEqual([
        { id: a.id, spentInNanoUsd: 250, reservedInNanoUsd: 0 },
        { id: b.id, spentInNanoUsd: 250, reservedInNanoUsd: 0 },
      ]);
    });

    it("releases a reservation without spending, once; unknown ids do nothing", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 1_000);
      await l.reserve({ reservationId: "x1", buckets: [a], amountInNanoUsd: 700, now: 1, expiresAt: 1_000 });
      await l.release({ reservationId: "x1", now: 2 });
      await l.release({ reservationId: "x1", now: 3 });
      await l.settle({ reservationId: "x1", actualInNanoUsd: 5, now: 3 });
      await l.settle({ reservationId: "never", actualInNanoUsd: 5, now: 3 });
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 }]);
      expect(await reserve(l, [a], 1_000)).toEqual({ ok: true });
    });

    it("settles, releases and expires a reservation of nothing (a free model's worst case), every bucket left at 0", async () => {
      // Redis's scripts took back `-amount`, which Lua writes "-0" for a 0 that HINCRBY refuses: every free request's
      // settle failed (a warning each) and its reservation stayed held; the expiry then stopped at it.
      const l = await open();
      const a = bucket("global/day@2026-01-01", 1_000);
      await l.reserve({ reservationId: "z1", buckets: [a], amountInNanoUsd: 0, now: 1, expiresAt: 100 });
      await l.reserve({ reservationId: "z2", buckets: [a], amountInNanoUsd: 0, now: 1, expiresAt: 100 });
      await l.reserve({ reservationId: "z3", buckets: [a], amountInNanoUsd: 0, now: 1, expiresAt: 100 });
      await l.reserve({ reservationId: "z4", buckets: [a], amountInNanoUsd: 200, now: 1, expiresAt: 100 });
      await l.settle({ reservationId: "z1", actualInNanoUsd: 0, now: 2 });
      await l.release({ reservationId: "z2", now: 2 });
      expect(await l.expireReservations({ now: 100, policy: "charge" })).toBe(2);
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 200, reservedInNanoUsd: 0 }]);
      if (l.reservationCharges) expect(await l.reservationCharges(["z1", "z2"])).toEqual(new Map([["z1", 0], ["z2", 0]]));
    });

    it("charges an expired reservation's worst case, and a late settle corrects it", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 1_000);
      await l.reserve({ reservationId: "e1", buckets: [a], amountInNanoUsd: 300, now: 0, expiresAt: 100 });
      await l.reserve({ reservationId: "e2", buckets: [a], amountInNanoUsd: 200, now: 0, expiresAt: 500 });
      expect(await l.expireReservations({ now: 99, policy: "charge" })).toBe(0);
      expect(await l.expireReservations({ now: 100, policy: "charge" })).toBe(1);
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 300, reservedInNanoUsd: 200 }]);
      expect(await l.expireReservations({ now: 200, policy: "charge" })).toBe(0);
      await l.settle({ reservationId: "e1", actualInNanoUsd: 120, now: 300 });
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 120, reservedInNanoUsd: 200 }]);
    });

    it("takes an expired reservation's worst case back on a late release, once (a release held while Redis was down)", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 1_000);
      await l.reserve({ reservationId: "e4", buckets: [a], amountInNanoUsd: 300, now: 0, expiresAt: 100 });
      expect(await l.expireReservations({ now: 100, policy: "charge" })).toBe(1);
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 300, reservedInNanoUsd: 0 }]);
      await l.release({ reservationId: "e4", now: 300 });
      await l.release({ reservationId: "e4", now: 301 });
      await l.settle({ reservationId: "e4", actualInNanoUsd: 50, now: 302 });
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 }]);
      if (l.reservationCharges) expect(await l.reservationCharges(["e4"])).toEqual(new Map([["e4", 0]]));
    });

    it("can release expired reservations instead of charging them", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 1_000);
      await l.reserve({ reservationId: "e3", buckets: [a], amountInNanoUsd: 300, now: 0, expiresAt: 100 });
      expect(await l.expireReservations({ now: 100, policy: "release" })).toBe(1);
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 }]);
      await l.settle({ reservationId: "e3", actualInNanoUsd: 50, now: 300 });
      expect(await l.usage([a])).toEqual([{ id: a.id, spentInNanoUsd: 50, reservedInNanoUsd: 0 }]);
    });

    it("lets exactly limit / amount of 200 parallel reserves through", async () => {
      const l = await open();
      const a = bucket("global/day@2026-01-01", 37_000);
      const b = bucket("key:k1/day@2026-01-01", 1_000_000);
      const results = await Promise.all(Array.from({ length: 200 }, () => reserve(l, [a, b], 1_000)));
      expect(results.filter((r) => r.ok)).toHaveLength(37);
      expect(await l.usage([a, b])).toEqual([
        { id: a.id, spentInNanoUsd: 0, reservedInNanoUsd: 37_000 },
        { id: b.id, spentInNanoUsd: 0, reservedInNanoUsd: 37_000 },
      ]);
    });

    it("counts buckets with different ids apart (windows roll over by id)", async () => {
      const l = await open();
      const today = bucket("global/day@2026-01-01", 1_000);
      const tomorrow = bucket("global/day@2026-01-02", 1_000);
      await reserve(l, [today], 1_000);
      expect(await reserve(l, [today], 1)).toMatchObject({ ok: false });
      expect(await reserve(l, [tomorrow], 1_000)).toEqual({ ok: true });
    });
  });
}
