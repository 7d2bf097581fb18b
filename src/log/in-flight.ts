/**
 * Requests in flight (ADR 0008): a request whose upstream attempt has begun leaves a marker on local disk, and its
 * own record, once committed, clears it. A process killed mid-request (kill -9, OOM, power cut of the process)
 * cannot write that record, so the marker outlives it, and the next process to start on the same file turns it
 * into the request's record: `outcome: "failed"`, `errorType: "interrupted"`, the money its open reservation will be
 * charged. So a report after a crash lists every request that reached a model, finished or not.
 *
 * Markers are committed in groups at most `MARK_WITHIN_MS` after an attempt starts, off the request's path: a request
 * that ends sooner (its record committed) never writes one, and a failed marker write is reported while the request
 * goes on (its reservation still holds the money). A crash within that window of an attempt's start can still leave
 * that request without a record.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/**
 * The error type of a record written for a request a crash cut. Stores never let such a record replace one they hold
 * (a request that did finish, whose marker a start took while its owner was alive or racing it).
 */
export const INTERRUPTED = "interrupted";

/** Whether this record was written by a start for a request a crash cut. */
export function isInterrupted(record: Pick<DecisionRecord, "errorType">): boolean {
  return record.errorType === INTERRUPTED;
}

/** A request that began an upstream attempt and whose own record is not committed. */
export interface InFlightMarker {
  id: string;
  /** The process that wrote it (`server/process-owner.ts`). */
  owner: string;
  /** ms since epoch. */
  markedAt: number;
  /** The record as it stands at the attempt's start, already saying `interrupted`. */
  record: DecisionRecord;
}

/** Where markers live: the gateway's local SQLite file, beside the decision outbox. */
export interface InFlightStore {
  /** One transaction: upserts `marks`, deletes the markers of the `cleared` ids. */
  apply(marks: readonly InFlightMarker[], cleared: readonly string[]): void;
  /** The oldest `limit` markers. */
  left(limit: number): InFlightMarker[];
  /** One transaction: appends `records` to the decision outbox and deletes the markers of `forget`. */
  adopt(records: readonly DecisionRecord[], forget: readonly string[]): void;
}

/** What the request path uses. */
export interface InFlightMarks {
  /** Marks the request in flight; `build` runs at the group's commit, after the attempt's request has gone out. */
  mark(id: string, build: () => DecisionRecord): void;
  /** The request's own record is committed: forget its marker. */
  clear(id: string): void;
  /** Commits what waits now (tests, shutdown). */
  flush(): Promise<void>;
}

/** Options of `createInFlightMarks`. */
export interface InFlightMarksOptions {
  store: InFlightStore;
  /** This process, as `processOwner` (server/process-owner.ts) spells it. */
  owner: string;
  now: () => number;
  /** Runs a commit, waiting out another process's lock (`storage.retryWhileBusy`). Default: one try. */
  retryWhileBusy?: <T>(run: () => T) => Promise<T>;
  /** A marker write that failed: reported, never thrown (the request goes on). */
  onError?: (error: unknown) => void;
}

/**
 * Longest wait between an attempt's start and its marker's commit. Committing at once (at `setImmediate`) put the
 * marker's transaction between the upstream request going out and its answer coming in: on a fast upstream it added
 * its whole cost to the request's latency. Within this window a request that finishes writes nothing.
 */
export const MARK_WITHIN_MS = 10;

/**
 * How long a cleared marker may wait for its delete when no mark is committing. Deletes ride along with the next
 * marks' commit, or go every this often: a finished request's marker outliving it briefly costs nothing (a start
 * finds its record and only forgets it), one more transaction per request would.
 */
export const CLEAR_EVERY_MS = 100;

/** Collects marks and commits them together within MARK_WITHIN_MS, with the deletes of cleared markers. */
export function createInFlightMarks(options: InFlightMarksOptions): InFlightMarks {
  const { store, owner, now, onError = () => {} } = options;
  const retry = options.retryWhileBusy ?? (async <T>(run: () => T): Promise<T> => run());
  let marks = new Map<string, { build: () => DecisionRecord; markedAt: number }>();
  let cleared = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  /** When the pending timer fires (ms, `now()`'s clock). */
  let dueAt = Number.POSITIVE_INFINITY;
  let chain: Promise<void> = Promise.resolve();
  const commit = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    dueAt = Number.POSITIVE_INFINITY;
    const waiting = marks;
    const clearing = cleared;
    marks = new Map();
    cleared = new Set();
    if (waiting.size === 0 && clearing.size === 0) return chain;
    chain = chain.then(async () => {
      const built: InFlightMarker[] = [];
      for (const [id, { build, markedAt }] of waiting) {
        try {
          built.push({ id, owner, markedAt, record: build() });
        } catch (error) {
          onError(error); // one record that cannot be built costs only its own marker
        }
      }
      try {
        await retry(() => store.apply(built, [...clearing]));
      } catch (error) {
        // The markers are lost (the request goes on); the deletes wait for the next commit, or their rows would stay.
        for (const id of clearing) cleared.add(id);
        commitWithin(CLEAR_EVERY_MS);
        onError(error);
      }
    });
    return chain;
  };
  /** Commits within `ms` at the latest (an earlier commit already due stands). */
  const commitWithin = (ms: number): void => {
    const at = now() + ms;
    if (at >= dueAt) return;
    if (timer) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => void commit(), ms);
    timer.unref();
  };
  return {
    mark(id, build) {
      marks.set(id, { build, markedAt: now() });
      commitWithin(MARK_WITHIN_MS);
    },
    clear(id) {
      // Finished before its marker was committed: it never reaches the disk (an earlier attempt's may have).
      marks.delete(id);
      cleared.add(id);
      commitWithin(CLEAR_EVERY_MS);
    },
    flush: commit,
  };
}

/** The record of a request a crash cut, from its marker; `chargeOpen` when expired reservations are charged. */
export function interruptedRecord(marker: InFlightMarker, chargeOpen: boolean): DecisionRecord {
  const { record } = marker;
  const open = record.attempts.at(-1);
  const openUsd = chargeOpen && open?.errorType === "interrupted" ? (open.reservedUsd ?? 0) : 0;
  const reason = `The gateway stopped (a crash or kill) while this request was in flight; the next start recorded it. ${
    chargeOpen
      ? "Its cost counts the worst case reserved for the attempt it cut, as the budget ledger charges that reservation when it expires."
      : "Its cost leaves out the attempt it cut: that reservation is released when it expires."
  }`;
  return {
    ...record,
    outcome: "failed",
    status: 0,
    errorType: INTERRUPTED,
    finishReason: null,
    costUsd: record.costUsd + openUsd,
    latencyMs: Math.max(0, marker.markedAt - record.createdAt),
    reasons: [...(record.reasons ?? []).slice(0, 11), reason],
  };
}
