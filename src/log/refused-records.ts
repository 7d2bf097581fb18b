/**
 * One record a store refuses for what it holds (a value its driver or schema cannot take) must not stop every record
 * behind it for good. Before this, a batch the store refused was retried whole every 100 ms, forever: the records
 * after the bad one never shipped, and every read (which flushes first) failed with it.
 *
 * When a batch fails, its records are tried one at a time. Only if the store takes at least one of them, which shows
 * it is up, are the ones it still refuses on a second try set aside; if it takes none, the store is treated as down
 * and the whole batch waits for the next try, as before. A lone record therefore waits until another record ships
 * beside it (the next flush's batch holds both).
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** A record the store refused on its own, while it took others: its place in the batch and the store's reason. */
export interface RefusedRecord {
  index: number;
  record: DecisionRecord;
  reason: string;
}

/** Reported through the decision log's `onError` when records are set aside (kept in the outbox's refused table). */
export class DecisionRecordsRefusedError extends Error {
  readonly refused: readonly { id: string; reason: string }[];
  constructor(refused: readonly RefusedRecord[], keptAt: string) {
    const ids = refused.map((entry) => entry.record.id);
    super(`The decision log's store refused ${refused.length} record(s) on their own while it took the others (${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", …" : ""}: ${refused[0]?.reason ?? ""}). They were set aside so the records behind them keep shipping; ${keptAt}.`);
    this.name = "DecisionRecordsRefusedError";
    this.refused = refused.map((entry) => ({ id: entry.record.id, reason: entry.reason }));
  }
}

/** The first line of an error's message, bounded, for the refused table and the log line. */
export function refusalReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 300);
}

/**
 * Inserts the records; when the store refuses the batch, finds the records it refuses on their own (see the module
 * note). Resolves to those records (empty when the batch went in whole); rejects with the batch's error when the
 * store took none of them.
 */
export async function insertSettingAsideRefused(insert: (records: readonly DecisionRecord[]) => Promise<void>, records: readonly DecisionRecord[]): Promise<RefusedRecord[]> {
  try {
    await insert(records);
    return [];
  } catch (batchError) {
    if (records.length < 2) throw batchError;
    const failed = await insertEach(insert, records.map((record, index) => ({ index, record })));
    if (failed.length === records.length) throw batchError;
    // The store is up (it took the others): a record it refuses once more is refused for what it holds.
    return insertEach(insert, failed);
  }
}

async function insertEach(insert: (records: readonly DecisionRecord[]) => Promise<void>, entries: readonly { index: number; record: DecisionRecord }[]): Promise<RefusedRecord[]> {
  const refused: RefusedRecord[] = [];
  for (const { index, record } of entries) {
    try {
      await insert([record]);
    } catch (error) {
      refused.push({ index, record, reason: refusalReason(error) });
    }
  }
  return refused;
}
