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
import { createPromptRedactor } from "./redact-prompt.js";
import { DecisionRecordsRefusedError, insertSettingAsideRefused, type RefusedRecord } from "./refused-records.js";
import { retrySetAside, shipOutbox } from "./ship-outbox.js";
import { reportQuietly, type FlushFailure } from "./log-failures.js";
import { createGroupCommit } from "./group-commit.js";
import { queriesAfterFlush } from "./queries-after-flush.js";

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
  const {
    backend,
    flushIntervalInMs = 100,
    maxBatchSize = 200,
    storePrompts = false,
    storeFeatures = true,
    maxPendingRecords = 100_000,
    onError = () => {},
  } = options;
  const redact = storePrompts ? createPromptRedactor(options.redact) : undefined;
  // The outbox is preferred when there is one: appending one row to an index-free local table costs a fraction
  // of inserting into the indexed, rolled-up decisions table, which then happens in batches off the request path.
  const outbox = options.durable ? options.outbox : undefined;
  const insertNow = options.durable ? backend.insertNow?.bind(backend) : undefined;
  const retry = options.retryWhileBusy ?? (async <T>(run: () => T): Promise<T> => run());
  let buffer: DecisionRecord[] = [];
  // Records wait for their group as written; they are redacted once, when committed (or when a batch is written).
  const group = createGroupCommit(async (records) => {
    try {
      const prepared = records.map(prepare);
      // A local backend takes a large group straight into its table: one indexed batch costs less CPU than the
      // outbox's append, read-back, ship and delete of the same records. A small group (one request alone in its
      // turn) takes the cheaper append, so a lone request waits for as little as possible. Each try is the whole
      // commit (one transaction), retried while another process holds the lock.
      if (outbox && !(insertNow && prepared.length >= DIRECT_GROUP_MIN_RECORDS)) {
        await retry(() => outbox.append(prepared));
        schedule(true);
      } else if (insertNow) await retry(() => insertNow(prepared));
      return undefined;
    } catch (error) {
      // The local disk refused (full, locked too long): keep the records in memory rather than lose them, and tell
      // the requests waiting on this commit, so none of them completes with a record only memory holds.
      buffer.push(...records);
      schedule();
      reportQuietly(onError, error, buffer.length);
      return new RecordNotDurableError(error);
    }
  });
  const durable = insertNow !== undefined || outbox !== undefined;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const prepare = (record: DecisionRecord): DecisionRecord => {
    const prompt = redact && record.prompt !== null ? redact(record.prompt) : null;
    return prompt === record.prompt ? record : { ...record, prompt };
  };

  const insertMany = (records: readonly DecisionRecord[]): Promise<void> => backend.insertMany(records);
  const setAside = (refused: readonly RefusedRecord[], seqs?: readonly number[]): void => {
    if (refused.length === 0) return;
    if (outbox) outbox.setAside(refused.map(({ index, record, reason }) => ({ ...(seqs ? { seq: seqs[index] } : {}), record, reason })));
    const keptAt = outbox ? "they are kept in the outbox's decision_outbox_refused table and tried again, each alone, once by the next process" : "with no outbox to keep them, they are dropped";
    reportQuietly(onError, new DecisionRecordsRefusedError(refused, keptAt), buffer.length);
  };

  let setAsideRetried = false;
  const writeBuffered = async (): Promise<void> => {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, maxBatchSize);
      buffer = buffer.slice(batch.length);
      try {
        setAside(await insertSettingAsideRefused(insertMany, batch.map(prepare)));
      } catch (error) {
        // Keep the records for the next flush; a failing store must not silently lose decisions.
        buffer = [...batch, ...buffer];
        const overflow = buffer.length - maxPendingRecords;
        if (overflow > 0) buffer = buffer.slice(overflow);
        throw error;
      }
    }
    if (!outbox) return;
    await shipOutbox(insertMany, outbox, maxBatchSize, retry, setAside);
    if (!setAsideRetried) {
      setAsideRetried = true;
      await retrySetAside(insertMany, outbox, retry);
    }
  };

  const flush = (): Promise<void> => {
    const committing = group.commitNow();
    if (timer) clearTimeout(timer);
    timer = undefined;
    const run = chain.then(() => committing).then(writeBuffered);
    // A failed flush leaves records waiting (buffer or outbox): try again later whoever asked for it.
    chain = run.catch(() => schedule(outbox !== undefined));
    return run;
  };

  // A read answers from what the store holds even when shipping fails (a record it refuses waiting alone, a lock):
  // the failure is reported and retried as any background one; a store that is down fails the read on its own.
  const flushBeforeRead = (): Promise<FlushFailure | undefined> =>
    flush().then(
      () => undefined,
      (error: unknown) => {
        reportQuietly(onError, error, buffer.length + (outbox?.count() ?? 0));
        return { error };
      },
    );

  const flushInBackground = (): void => {
    flush().catch((error: unknown) => {
      reportQuietly(onError, error, buffer.length + (outbox?.count() ?? 0));
      schedule(outbox !== undefined);
    });
  };

  const schedule = (outboxWaits = false): void => {
    if (timer || closed || (buffer.length === 0 && !outboxWaits)) return;
    timer = setTimeout(flushInBackground, flushIntervalInMs);
    timer.unref();
  };

  // Records a crashed predecessor left in the outbox ship without waiting for a new write.
  if (outbox && outbox.count() > 0) schedule(true);

  return {
    write(record) {
      let kept = storePrompts || record.prompt === null ? record : { ...record, prompt: null };
      if (!storeFeatures && kept.features) kept = { ...kept, features: null };
      if (durable) {
        group.add(kept);
        return;
      }
      buffer.push(kept);
      if (buffer.length >= maxBatchSize) flushInBackground();
      else schedule();
    },
    ...(durable
      ? {
          whenDurable: () => group.committed(),
          amendWaiting: (id: string, patch: Partial<Pick<DecisionRecord, "status" | "outcome" | "errorType">>): boolean => {
            const index = buffer.findIndex((waiting) => waiting.id === id);
            const waiting = buffer[index];
            if (waiting) buffer[index] = { ...waiting, ...patch };
            return waiting !== undefined;
          },
        }
      : {}),
    flush,
    async close() {
      closed = true;
      try {
        await flush(); // close keeps its error: the caller must know records still wait
      } finally {
        await backend.close();
      }
    },
    ...queriesAfterFlush(backend, flushBeforeRead),
  };
}
