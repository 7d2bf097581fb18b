/**
 * At start, before listening: turns the markers that dead processes left (`in-flight.ts`) into the records of the
 * requests their crash cut. A marker whose request did get its record (the process died between committing the
 * record and clearing the marker) is only forgotten, so no finished request is recorded twice.
 * @module
 */
import { interruptedRecord, type InFlightMarker, type InFlightStore } from "./in-flight.js";
import type { DecisionRecord } from "./decision-record.js";
import { NANO_USD_PER_USD, toNanoUsd } from "../budget/usd-units.js";

/** Markers read per pass; a crash leaves at most the requests that were in flight. */
const BATCH = 500;

/** What recovery needs. */
export interface RecoverInterruptedInput {
  store: InFlightStore;
  /** Whether the process that wrote a marker is gone (see `server/process-owner.ts`). */
  isGone(marker: InFlightMarker): boolean;
  /** Whether the decision log holds (or is about to ship) a record of this id. Throws when it cannot tell. */
  recorded(id: string): Promise<boolean>;
  /** Expired reservations are charged (`charge`, the default) rather than released. */
  chargeOpen: boolean;
  /**
   * What the budget ledger finally charged for these reservation ids (`Ledger.reservationCharges`): absent when it
   * never took one, a number once settled or released, null while held. With it, a cut attempt costs what the ledger
   * charged for it: nothing when the crash came between its marker and its reserve (or the budget refused it), the
   * actual cost when it had settled just before the crash. Without it, every cut attempt counts its worst case.
   */
  reservationCharges?: (ids: readonly string[]) => Promise<Map<string, number | null>>;
  /** ms since epoch, to tell markers young enough for the ledger to still know their reservations. */
  now?: number;
  /**
   * Settles a reservation the ledger still holds for a process that is gone (`Ledger.settle`), at its worst case:
   * what the ledger's expiry would charge 10 minutes on, at once (round 27). Held, it counted against the budget as a
   * request in flight, so a 402 told callers to retry in a few seconds while the money could only become spent, and the
   * ledger said reserved where the record said spent. Only with `chargeOpen` (else the expiry releases it, as before),
   * and only for a marker `isDead` says is a dead process's.
   */
  settleHeld?: (reservationId: string, nanoUsd: number) => Promise<void>;
  /**
   * Whether the marker's process is known to have died (its pid no longer runs on this host), not only gone quiet:
   * `isGone` also takes a marker older than a live request should be (a paused process, a request past 10 minutes,
   * another host's clock ahead). A settled reservation ignores every later settle or release, so settling a live
   * owner's reservation kept its worst case where the owner's own settle would have said what it cost; the expiry
   * charges the same worst case and lets that late settle correct it (review of round 27). Absent: none is.
   */
  isDead?(marker: InFlightMarker): boolean;
}

/**
 * How long after its marker a reservation's absence from the ledger still means it was never taken: well within the
 * day the ledgers keep settled and expired reservations, so an old marker never loses a charge the ledger made.
 */
export const RESERVATION_KNOWN_FOR_MS = 12 * 3_600_000;

/** How recovery went. */
export interface RecoveredInterrupted {
  /** Records written for requests the crash cut. */
  recorded: number;
  /** Markers forgotten because their request had its record. */
  alreadyRecorded: number;
  /** Markers left alone: their process may still be running. */
  stillRunning: number;
}

/** Records the requests cut by earlier processes' crashes; a lookup that fails leaves the rest for the next start. */
export async function recoverInterrupted(input: RecoverInterruptedInput): Promise<RecoveredInterrupted> {
  const result: RecoveredInterrupted = { recorded: 0, alreadyRecorded: 0, stillRunning: 0 };
  const seen = new Set<string>();
  for (;;) {
    const markers = input.store.left(BATCH + seen.size).filter((marker) => !seen.has(marker.id));
    if (markers.length === 0) return result;
    const records: DecisionRecord[] = [];
    const forget: string[] = [];
    const cut: InFlightMarker[] = [];
    for (const marker of markers) {
      seen.add(marker.id);
      if (!input.isGone(marker)) result.stillRunning += 1;
      else if (await input.recorded(marker.id)) forget.push(marker.id);
      else cut.push(marker);
    }
    const charged = await openAttemptCharges(cut, input);
    for (const marker of cut) records.push(interruptedRecord(marker, input.chargeOpen, charged.get(marker.id)));
    input.store.adopt(records, [...forget, ...records.map((record) => record.id)]);
    result.recorded += records.length;
    result.alreadyRecorded += forget.length;
  }
}

/**
 * What the ledger charged for each marker's open attempt, in USD, for the markers young enough to tell (0 when it
 * never took the reservation); markers whose reservation is still open, or too old, are absent (their worst case).
 */
async function openAttemptCharges(markers: readonly InFlightMarker[], input: RecoverInterruptedInput): Promise<Map<string, number>> {
  const { reservationCharges, now } = input;
  const charged = new Map<string, number>();
  if (!reservationCharges || now === undefined) return charged;
  const byReservation = new Map<string, InFlightMarker>();
  for (const marker of markers) {
    const reservationId = marker.record.attempts.at(-1)?.reservationId;
    if (reservationId && now - marker.markedAt < RESERVATION_KNOWN_FOR_MS) byReservation.set(reservationId, marker);
  }
  if (byReservation.size === 0) return charged;
  const charges = await reservationCharges([...byReservation.keys()]);
  for (const [reservationId, marker] of byReservation) {
    const nanoUsd = charges.has(reservationId) ? charges.get(reservationId) : 0;
    if (typeof nanoUsd === "number") charged.set(marker.id, nanoUsd / NANO_USD_PER_USD);
    else if (input.settleHeld && input.chargeOpen && input.isDead?.(marker) === true) {
      // Still held, by a process that is gone: charged its worst case now rather than at its expiry.
      const worstNanoUsd = toNanoUsd(marker.record.attempts.at(-1)?.reservedUsd ?? 0);
      await input.settleHeld(reservationId, worstNanoUsd);
      charged.set(marker.id, worstNanoUsd / NANO_USD_PER_USD);
    }
  }
  return charged;
}
