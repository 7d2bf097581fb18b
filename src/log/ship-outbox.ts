/**
 * Shipping the outbox (ADR 0008): the records waiting in it go to the decisions table oldest first, one batch per
 * transaction, and leave the outbox once the table has them; records the table refuses on their own are set aside
 * (`refused-records.ts`).
 * @module
 */
import type { DecisionOutbox } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { insertSettingAsideRefused, type RefusedRecord } from "./refused-records.js";

/** Moves every record waiting in the outbox to the backend, oldest first, one batch per transaction. */
export async function shipOutbox(insertMany: (records: readonly DecisionRecord[]) => Promise<void>, outbox: DecisionOutbox, batchSize: number, retry: <T>(run: () => T) => Promise<T>, setAside: (refused: readonly RefusedRecord[], seqs: readonly number[]) => void): Promise<void> {
  for (let batch = await retry(() => outbox.peek(batchSize)); batch.length > 0; batch = await retry(() => outbox.peek(batchSize))) {
    const refused = await insertSettingAsideRefused(insertMany, batch.map((entry) => entry.record));
    const seqs = batch.map((entry) => entry.seq);
    if (refused.length > 0) await retry(() => setAside(refused, seqs));
    const refusedAt = new Set(refused.map((entry) => entry.index));
    await retry(() => outbox.remove(seqs.filter((_, index) => !refusedAt.has(index))));
  }
}
