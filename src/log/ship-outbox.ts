/**
 * Shipping the outbox (ADR 0008): the records waiting in it go to the decisions table oldest first, one batch per
 * transaction, and leave the outbox once the table has them; records the table refuses on their own are set aside
 * (`refused-records.ts`) and tried again once per process.
 * @module
 */
import type { DecisionOutbox } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { insertEach, insertSettingAsideRefused, type RefusedRecord } from "./refused-records.js";

/** Moves every record waiting in the outbox to the backend, oldest first, one batch per transaction. */
export async function shipOutbox(insertMany: (records: readonly DecisionRecord[]) => Promise<void>, outbox: DecisionOutbox, batchSize: number, retry: <T>(run: () => T) => Promise<T>, setAside: (refused: readonly RefusedRecord[], seqs: readonly number[]) => void): Promise<void> {
  for (let batch = await retry(() => outbox.peek(batchSize)); batch.length > 0; batch = await retry(() => outbox.peek(batchSize))) {
    const refused = await insertSettingAsideRefused(insertMany, batch.map((entry) => entry.record));
    const seqs = batch.map((entry) => entry.seq);
    if (refused.length > 0) await retry(() => setAside(refused, seqs));
    const refusedAt = new Set(refused.map((entry) => entry.index));
    await retry(() => outbox.remove(batch.filter((_, index) => !refusedAt.has(index)).map((entry) => ({ seq: entry.seq, id: entry.record.id }))));
  }
}

/**
 * Tries the records set aside earlier once more, each alone, oldest first; those the backend takes now (after an
 * upgrade that fixed the cause) leave the set-aside table, the rest stay. Called once per process, after the outbox
 * shipped (so the backend is up). Rejects, leaving the rest for the next process, if the backend becomes unavailable.
 */
export async function retrySetAside(insertMany: (records: readonly DecisionRecord[]) => Promise<void>, outbox: DecisionOutbox, retry: <T>(run: () => T) => Promise<T>): Promise<number> {
  const entries = await retry(() => outbox.setAsideRecords(MAX_SET_ASIDE_RETRIED));
  const refused = await insertEach(insertMany, entries.map((entry, index) => ({ index, record: entry.record })));
  const stillRefused = new Set(refused.map((entry) => entry.index));
  const taken = entries.filter((_, index) => !stillRefused.has(index)).map((entry) => entry.seq);
  if (taken.length > 0) await retry(() => outbox.forgetSetAside(taken));
  return taken.length;
}

/** Most set-aside records one process tries again (each is one insert of its own). */
export const MAX_SET_ASIDE_RETRIED = 10_000;
