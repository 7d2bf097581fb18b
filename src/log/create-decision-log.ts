/**
 * The decision log over a backend, in one of two modes.
 * - Batching (library and tests): `write` only appends to a buffer (no I/O on the request path); the buffer is
 *   written in one transaction every `flushIntervalInMs` or as soon as it holds `maxBatchSize` records, and is
 *   drained by `flush()` and `close()`. A crash loses the buffer.
 * - Durable (`durable: true`, the gateway): `whenDurable()` settles once every record written so far is on local
 *   disk, and the gateway awaits it before a response's last byte, so the record survives kill -9 (ADR 0008).
 *   Records written in one event-loop turn share one commit (group commit, at `setImmediate`): under load one
 *   transaction carries many records; alone, a record waits only for the end of the current turn. The records
 *   go through the `outbox` (an index-free local table, shipped in batches like the buffer and replayed by the
 *   first `flush()` after a restart), or straight into a local backend with `insertNow`; with both, a group of
 *   at least DIRECT_GROUP_MIN_RECORDS records goes straight in (cheaper in CPU than the outbox under load).
 * Reads flush first, so a decision is visible to feedback and reports as soon as its request has finished; a flush that
 * fails is reported and the read answers from what the store holds.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";
import type { DecisionLogBackend, DecisionLogStore, DecisionOutbox } from "./decision-log-store.js";
import { RecordNotDurableError } from "../core/errors/index.js";
import { createFlushScheduler } from "./flush-scheduler.js";
import { createGroupCommit } from "./group-commit.js";
import { RecordsLostAtCloseError, reportQuietly } from "./log-failures.js";
import { queriesAfterFlush } from "./queries-after-flush.js";
import { createPromptRedactor } from "./redact-prompt.js";
import { createRefusalWatch, storedBytes } from "./refusal-watch.js";
import { DecisionRecordsRefusedError, insertSettingAsideRefused, type RefusedRecord } from "./refused-records.js";
import { retrySetAside, shipOutbox } from "./ship-outbox.js";
import { WaitingRecords, type WaitingRecordPatch } from "./waiting-records.js";

/**
 * Groups at least this large go straight into a local backend (`insertNow`) instead of through the outbox
 * (`bench/spend/outbox-vs-direct.ts`: CPU per record, direct against outbox append + ship, by group size).
 */
export const DIRECT_GROUP_MIN_RECORDS = 4;

/** Options of `createDecisionLog`. */
export interface DecisionLogOptions {
  backend: DecisionLogBackend;
  /** Default 100 ms. */
  flushIntervalInMs?: number;
  /** Default 200 records. */
  maxBatchSize?: number;
  /** `log.store_prompts`: keep prompt text (redacted). Default false: prompts are dropped before storage. */
  storePrompts?: boolean;
  /** `log.store_features`: keep the prompt-free routing features. Default true. */
  storeFeatures?: boolean;
  /** `log.redact`: extra regexes applied with the built-in ones. */
  redact?: readonly string[];
  /**
   * If the store keeps failing, at most this many records wait in memory for the next try; beyond it the
   * oldest are dropped and reported through `onError`. Default 100,000.
   */
  maxPendingRecords?: number;
  /** Background write failures. Default: ignored (the records stay buffered and are retried). */
  onError?: (error: unknown, pendingRecords: number) => void;
  /**
   * Commit every record to local disk before `whenDurable()` settles (group commit): through `outbox`
   * when given, else through `backend.insertNow` when the backend has it. Without either, records are batched as
   * when false. Default false.
   */
  durable?: boolean;
  /** The local outbox in front of the backend (used when `durable`): SQLite's own decisions table, or Postgres. */
  outbox?: DecisionOutbox;
  /**
   * Runs one local commit (the outbox's calls, `insertNow`), trying it again after async pauses while another
   * process holds the store's lock (`storage.retryWhileBusy` for SQLite), so a group commit waits for the lock
   * without blocking the event loop. Default: one try.
   */
  retryWhileBusy?: <T>(run: () => T) => Promise<T>;
}

/** Creates the batching decision log over a backend. */
export function createDecisionLog(options: DecisionLogOptions): DecisionLogStore {
  const { backend, maxBatchSize = 200, storePrompts = false, storeFeatures = true, onError = () => {} } = options;
  const redact = storePrompts ? createPromptRedactor(options.redact) : undefined;
  // The outbox is preferred when there is one: appending one row to an index-free local table costs a fraction
  // of inserting into the indexed, rolled-up decisions table, which then happens in batches off the request path.
  const outbox = options.durable ? options.outbox : undefined;
  const insertNow = options.durable ? backend.insertNow?.bind(backend) : undefined;
  const retry = options.retryWhileBusy ?? (async <T>(run: () => T): Promise<T> => run());
  const waiting = new WaitingRecords(options.maxPendingRecords ?? 100_000);
  // Records wait for their group as written; they are redacted once, when committed (or when a batch is written).
  const prepare = (record: DecisionRecord): DecisionRecord => {
    const prompt = redact && record.prompt !== null ? redact(record.prompt) : null;
    return prompt === record.prompt ? record : { ...record, prompt };
  };
  // The last local commit was refused: while its records wait in memory the disk takes no writes (readiness).
  let refusedLocally = false;
  // And until the disk takes a record again: with Postgres behind the outbox, the records it refused ship from memory
  // within a flush interval, while every request is still refused (ADR 0072).
  const refusal = createRefusalWatch({ probe: outbox?.probe?.bind(outbox), retry, everyMs: options.flushIntervalInMs ?? 100 });
  const group = createGroupCommit(async (records) => {
    // Prepared inside the try: a redaction that threw keeps the records waiting and reported, as before ADR 0072.
    let prepared: DecisionRecord[] = [];
    try {
      prepared = records.map(prepare);
      if ((await commitLocally(prepared, { outbox, insertNow, retry })) === "outbox") scheduler.schedule(true);
      refusedLocally = false;
      refusal.accepted();
      return undefined;
    } catch (error) {
      refusedLocally = true;
      refusal.refused(prepared.reduce((most, record) => Math.max(most, storedBytes(record)), 0));
      // The local disk refused (full, locked too long): keep the records in memory rather than lose them, and tell
      // the requests waiting on this commit, so none of them completes with a record only memory holds.
      waiting.push(...records);
      scheduler.schedule();
      reportQuietly(onError, error, waiting.length);
      return new RecordNotDurableError(error);
    }
  });
  const durable = insertNow !== undefined || outbox !== undefined;
  const insertMany = (records: readonly DecisionRecord[]): Promise<void> => backend.insertMany(records);
  const setAside = (refused: readonly RefusedRecord[], seqs?: readonly number[]): void => setAsideRefused(refused, seqs, outbox, (error) => reportQuietly(onError, error, waiting.length));
  let setAsideRetried = false;
  const writeWaiting = async (): Promise<void> => {
    await writeInBatches(waiting, maxBatchSize, (batch) => insertSettingAsideRefused(insertMany, batch.map(prepare)).then(setAside));
    if (!outbox) return;
    await shipOutbox(insertMany, outbox, maxBatchSize, retry, setAside);
    if (!setAsideRetried) {
      setAsideRetried = true;
      await retrySetAside(insertMany, outbox, retry);
    }
  };
  const scheduler = createFlushScheduler({
    commitWaitingGroup: () => group.commitNow(),
    writeWaiting,
    flushIntervalInMs: options.flushIntervalInMs ?? 100,
    recordsInMemory: () => waiting.length,
    recordsPending: () => waiting.length + (outbox?.count() ?? 0),
    hasOutbox: outbox !== undefined,
    onError,
  });
  const { flush } = scheduler;

  // Records a crashed predecessor left in the outbox ship without waiting for a new write.
  if (outbox && outbox.count() > 0) scheduler.schedule(true);

  return {
    write(record) {
      const kept = keptForStorage(record, storePrompts, storeFeatures);
      if (durable) {
        group.add(kept);
        return;
      }
      waiting.push(kept);
      if (waiting.length >= maxBatchSize) scheduler.flushInBackground();
      else scheduler.schedule();
    },
    ...(durable
      ? {
          whenDurable: () => group.committed(),
          amendWaiting: (id: string, patch: WaitingRecordPatch): boolean => waiting.amend(id, patch),
          // Retried every flush interval, so once they reach the store (the disk took them) this turns false by itself.
          refusingWrites: (): boolean => (refusedLocally && waiting.length > 0) || refusal.holds(),
        }
      : {}),
    flush,
    async close() {
      scheduler.stop();
      try {
        await flush(); // close keeps its error: the caller must know records still wait
      } catch (error) {
        // Those in memory end here (the outbox's ship at the next start): said with their number, never lost unsaid.
        throw waiting.length > 0 ? new RecordsLostAtCloseError(waiting.length, error) : error;
      } finally {
        refusal.stop();
        await backend.close();
      }
    },
    ...queriesAfterFlush(backend, scheduler.flushBeforeRead),
  };
}

/** The record as stored: its prompt dropped unless prompts are kept, its features dropped unless features are. */
function keptForStorage(record: DecisionRecord, storePrompts: boolean, storeFeatures: boolean): DecisionRecord {
  const kept = storePrompts || record.prompt === null ? record : { ...record, prompt: null };
  return !storeFeatures && kept.features ? { ...kept, features: null } : kept;
}

/**
 * Commits one group to local disk, each try the whole commit (one transaction), retried while another process holds
 * the lock. A local backend takes a large group straight into its table: one indexed batch costs less CPU than the
 * outbox's append, read-back, ship and delete of the same records. A small group (one request alone in its turn)
 * takes the cheaper append, so a lone request waits for as little as possible. Says where the records went.
 */
async function commitLocally(
  records: readonly DecisionRecord[],
  { outbox, insertNow, retry }: { outbox: DecisionOutbox | undefined; insertNow: ((records: readonly DecisionRecord[]) => void) | undefined; retry: <T>(run: () => T) => Promise<T> },
): Promise<"outbox" | "direct" | "nowhere"> {
  if (outbox && !(insertNow && records.length >= DIRECT_GROUP_MIN_RECORDS)) {
    await retry(() => outbox.append(records));
    return "outbox";
  }
  if (!insertNow) return "nowhere";
  await retry(() => insertNow(records));
  return "direct";
}

/** Writes the waiting records oldest first, `batchSize` at a time; a batch the store refuses goes back in front. */
async function writeInBatches(waiting: WaitingRecords, batchSize: number, insert: (batch: DecisionRecord[]) => Promise<void>): Promise<void> {
  while (waiting.length > 0) {
    const batch = waiting.takeBatch(batchSize);
    try {
      await insert(batch);
    } catch (error) {
      // Keep the records for the next flush; a failing store must not silently lose decisions.
      waiting.putBack(batch);
      throw error;
    }
  }
}

/** Records the backend refused on their own: kept in the outbox's refused table when there is one, and reported. */
function setAsideRefused(refused: readonly RefusedRecord[], seqs: readonly number[] | undefined, outbox: DecisionOutbox | undefined, report: (error: unknown) => void): void {
  if (refused.length === 0) return;
  if (outbox) outbox.setAside(refused.map(({ index, record, reason }) => ({ ...(seqs ? { seq: seqs[index] } : {}), record, reason })));
  const keptAt = outbox ? "they are kept in the outbox's decision_outbox_refused table and tried again, each alone, once by the next process" : "with no outbox to keep them, they are dropped";
  report(new DecisionRecordsRefusedError(refused, keptAt));
}
