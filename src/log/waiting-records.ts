/**
 * The decision records waiting in memory for the backend (`create-decision-log.ts`): every record in batching mode,
 * and in durable mode those a local commit could not take. Bounded, so a store that keeps failing costs the oldest
 * records, reported, rather than all of memory.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** The fields a record may still change while it waits (the request's end, after its record was written). */
export type WaitingRecordPatch = Partial<Pick<DecisionRecord, "status" | "outcome" | "errorType">>;

/** Records waiting in memory, oldest first. */
export class WaitingRecords {
  #records: DecisionRecord[] = [];
  readonly #maxPendingRecords: number;

  /** `maxPendingRecords`: the most kept when batches are put back after a failure; the oldest beyond it are dropped. */
  constructor(maxPendingRecords: number) {
    this.#maxPendingRecords = maxPendingRecords;
  }

  get length(): number {
    return this.#records.length;
  }

  push(...records: readonly DecisionRecord[]): void {
    this.#records.push(...records);
  }

  /** Takes the oldest `size` records out. */
  takeBatch(size: number): DecisionRecord[] {
    const batch = this.#records.slice(0, size);
    this.#records = this.#records.slice(batch.length);
    return batch;
  }

  /** Puts a batch the store could not take back in front; beyond `maxPendingRecords`, the oldest are dropped. */
  putBack(batch: readonly DecisionRecord[]): void {
    this.#records = [...batch, ...this.#records];
    const overflow = this.#records.length - this.#maxPendingRecords;
    if (overflow > 0) this.#records = this.#records.slice(overflow);
  }

  /** Changes a waiting record; false when none with this id waits. */
  amend(id: string, patch: WaitingRecordPatch): boolean {
    const index = this.#records.findIndex((waiting) => waiting.id === id);
    const waiting = this.#records[index];
    if (waiting) this.#records[index] = { ...waiting, ...patch };
    return waiting !== undefined;
  }
}
