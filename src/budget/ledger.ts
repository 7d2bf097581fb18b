/**
 * The storage port behind the SpendGuard: budget buckets (one per budget and window) holding spent and
 * reserved money, and reservations that each touch several buckets. Every adapter (memory, SQLite, Redis)
 * must make `reserve` atomic across all of its buckets, also across gateway instances sharing the store.
 * Amounts are integer nano-dollars (see `usd-units.ts`).
 * @module
 */

/** One budget in one window, e.g. `global/day` for 2026-11-26. */
export interface LedgerBucket {
  /** Unique per budget and window, e.g. `global/day@2026-11-26`. */
  id: string;
  /** The budget's display name, e.g. `global/day` or `key:team-a/month`. */
  budget: string;
  /** The cap, in nano-dollars. Passed on every reserve so a config change applies at once. */
  limitInNanoUsd: number;
  /** When the window ends (ms since epoch). Stores may drop the bucket some time after. */
  windowEndsAt: number;
}

/** What a bucket holds now. */
export interface LedgerBucketUsage {
  id: string;
  /** Settled spend. */
  spentInNanoUsd: number;
  /** Money held by open reservations. */
  reservedInNanoUsd: number;
}

/** The answer to a reserve: either everything was reserved, or nothing was and the first refusing budget is named. */
export type LedgerReserveResult =
  | { ok: true }
  | { ok: false; budget: string; bucketId: string; remainingInNanoUsd: number };

/** Input of `Ledger.reserve`. */
export interface LedgerReserveInput {
  /** Unique id; reusing an id is an error the adapter may reject. */
  reservationId: string;
  buckets: readonly LedgerBucket[];
  amountInNanoUsd: number;
  /** ms since epoch. */
  now: number;
  /** When the reservation counts as stale (crash) and `expireReservations` may resolve it. */
  expiresAt: number;
}

/** What to do with a reservation nobody settled before it expired (the gateway died mid-request). */
export type ExpiredReservationPolicy =
  /** Count the reserved worst case as spent: the upstream may have billed us. Never under-counts. */
  | "charge"
  /** Drop it, as if the attempt cost nothing. */
  | "release";

/** Budget buckets and reservations. */
export interface Ledger {
  /**
   * Atomically checks `spent + reserved + amount <= limit` on every bucket and, only when all pass,
   * adds `amount` to each bucket's reserved money and records the reservation.
   */
  reserve(input: LedgerReserveInput): Promise<LedgerReserveResult>;
  /**
   * Replaces the reservation by the actual cost on each of its buckets. Idempotent: settling an unknown
   * or already settled reservation does nothing. Settling an expired one corrects what expiry did.
   */
  settle(input: { reservationId: string; actualInNanoUsd: number; now: number }): Promise<void>;
  /** Drops the reservation (the attempt cost nothing). Idempotent. */
  release(input: { reservationId: string; now: number }): Promise<void>;
  /** Resolves reservations whose `expiresAt <= now`; returns how many. */
  expireReservations(input: { now: number; policy: ExpiredReservationPolicy }): Promise<number>;
  /**
   * The reservations among these ids that the ledger holds (as far back as it keeps settled ones, a day), each with
   * what it finally charged: the settled actual cost, 0 once released, `null` while held or expired (its worst case,
   * or what a late settle makes of it). An id it does not hold is absent. Recovery asks it what the attempt a crash
   * cut cost.
   */
  reservationCharges?(reservationIds: readonly string[]): Promise<Map<string, number | null>>;
  /**
   * Spent and reserved money of these buckets. A bucket the store does not hold reads as a reserve would find it:
   * zero, or, for a ledger that seeds missing buckets from a durable record (Redis with `spentSoFar`), that spend.
   */
  usage(buckets: readonly LedgerBucket[]): Promise<LedgerBucketUsage[]>;
  /**
   * The settles and releases this ledger accepted but has not applied yet, in order: a shared store's adapter keeps
   * them in memory while the store is unreachable and sends them once it is back. Absent: every write is applied
   * before it resolves.
   */
  heldWrites?(): HeldLedgerWrite[];
  /** Releases connections. */
  close(): Promise<void>;
}

/** A settle or release accepted and not applied yet (`Ledger.heldWrites`). Applying it twice changes nothing. */
export type HeldLedgerWrite = { kind: "settle"; reservationId: string; actualInNanoUsd: number } | { kind: "release"; reservationId: string };
