/**
 * An in-process Ledger: the library default when no storage is configured, and a reference for the contract.
 * Atomic because JavaScript runs each call to completion; it does not survive a restart.
 * @module
 */
import type { ExpiredReservationPolicy, Ledger, LedgerBucketUsage, LedgerReserveInput, LedgerReserveResult } from "../../budget/ledger.js";

interface HeldReservation {
  amount: number;
  bucketIds: string[];
  expiresAt: number;
  /** Settled and released reservations are deleted, so settling them again finds nothing and does nothing. */
  state: "held" | "expired_charged" | "expired_released";
}

/** Creates an in-memory ledger. */
export function createMemoryLedger(): Ledger {
  const buckets = new Map<string, { spent: number; reserved: number }>();
  const reservations = new Map<string, HeldReservation>();
  const bucket = (id: string): { spent: number; reserved: number } => {
    let found = buckets.get(id);
    if (!found) {
      found = { spent: 0, reserved: 0 };
      buckets.set(id, found);
    }
    return found;
  };

  const expire = (id: string, held: HeldReservation, policy: ExpiredReservationPolicy): void => {
    for (const bucketId of held.bucketIds) {
      const b = bucket(bucketId);
      b.reserved -= held.amount;
      if (policy === "charge") b.spent += held.amount;
    }
    held.state = policy === "charge" ? "expired_charged" : "expired_released";
    reservations.set(id, held);
  };

  return {
    async reserve(input: LedgerReserveInput): Promise<LedgerReserveResult> {
      if (reservations.has(input.reservationId)) throw new Error(`Reservation ${input.reservationId} already exists`);
      for (const b of input.buckets) {
        const held = bucket(b.id);
        const remaining = b.limitInNanoUsd - held.spent - held.reserved;
        if (input.amountInNanoUsd > remaining) return { ok: false, budget: b.budget, bucketId: b.id, remainingInNanoUsd: remaining };
      }
      for (const b of input.buckets) bucket(b.id).reserved += input.amountInNanoUsd;
      reservations.set(input.reservationId, {
        amount: input.amountInNanoUsd,
        bucketIds: input.buckets.map((b) => b.id),
        expiresAt: input.expiresAt,
        state: "held",
      });
      return { ok: true };
    },
    async settle({ reservationId, actualInNanoUsd }) {
      const held = reservations.get(reservationId);
      if (!held) return;
      for (const bucketId of held.bucketIds) {
        const b = bucket(bucketId);
        if (held.state === "held") b.reserved -= held.amount;
        if (held.state === "expired_charged") b.spent -= held.amount;
        b.spent += actualInNanoUsd;
      }
      reservations.delete(reservationId);
    },
    async release({ reservationId }) {
      const held = reservations.get(reservationId);
      if (!held || held.state === "expired_released") return;
      // A late release (held while the store was down) takes back the worst case an expiry charged, as a settle does.
      for (const bucketId of held.bucketIds) {
        if (held.state === "held") bucket(bucketId).reserved -= held.amount;
        else bucket(bucketId).spent -= held.amount;
      }
      reservations.delete(reservationId);
    },
    async expireReservations({ now, policy }) {
      let count = 0;
      for (const [id, held] of reservations) {
        if (held.state === "held" && held.expiresAt <= now) {
          expire(id, held, policy);
          count += 1;
        }
      }
      return count;
    },
    async usage(wanted): Promise<LedgerBucketUsage[]> {
      return wanted.map(({ id }) => ({ id, spentInNanoUsd: buckets.get(id)?.spent ?? 0, reservedInNanoUsd: buckets.get(id)?.reserved ?? 0 }));
    },
    async close() {},
  };
}
