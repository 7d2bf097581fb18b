/**
 * At start, before listening: turns the markers that dead processes left (`in-flight.ts`) into the records of the
 * requests their crash cut. A marker whose request did get its record (the process died between committing the
 * record and clearing the marker) is only forgotten, so no finished request is recorded twice.
 * @module
 */
import { interruptedRecord, type InFlightMarker, type InFlightStore } from "./in-flight.js";
import type { DecisionRecord } from "./decision-record.js";

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
}

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
    for (const marker of markers) {
      seen.add(marker.id);
      if (!input.isGone(marker)) result.stillRunning += 1;
      else if (await input.recorded(marker.id)) forget.push(marker.id);
      else records.push(interruptedRecord(marker, input.chargeOpen));
    }
    input.store.adopt(records, [...forget, ...records.map((record) => record.id)]);
    result.recorded += records.length;
    result.alreadyRecorded += forget.length;
  }
}
