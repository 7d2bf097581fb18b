/**
 * A SpendGuard for tests that only keeps books: every reservation it hands out stays open until it is settled
 * or released, so a test can assert that a request left nothing reserved, whatever way it ended.
 * @module
 */
import type { Reservation, SpendGuard } from "../../src/budget/spend-guard.js";

/** The guard plus its books. */
export interface TrackingSpendGuard extends SpendGuard {
  /** Reservations neither settled nor released, by id, with the request that made them. */
  readonly open: Map<string, { requestId: string; amountUsd: number }>;
  /** Every settle, in order. */
  readonly settled: { requestId: string; actualUsd: number }[];
  /** How many reservations were made in all. */
  reserved: number;
}

/** A guard that never refuses and records every reserve, settle and release. */
export function trackingSpendGuard(): TrackingSpendGuard {
  const open = new Map<string, { requestId: string; amountUsd: number }>();
  const settled: { requestId: string; actualUsd: number }[] = [];
  const guard: TrackingSpendGuard = {
    open,
    settled,
    reserved: 0,
    async reserve({ requestId, amountUsd }) {
      guard.reserved += 1;
      const reservation: Reservation = { id: `res_${guard.reserved}`, amountUsd };
      open.set(reservation.id, { requestId, amountUsd });
      return reservation;
    },
    async settle(reservation, actualUsd) {
      const entry = open.get(reservation.id);
      if (!entry) throw new Error(`reservation ${reservation.id} settled twice or never made`);
      open.delete(reservation.id);
      settled.push({ requestId: entry.requestId, actualUsd });
    },
    async release(reservation) {
      if (!open.delete(reservation.id)) throw new Error(`reservation ${reservation.id} released twice or never made`);
    },
  };
  return guard;
}
