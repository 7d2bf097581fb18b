/**
 * Requests in flight (ADR 0008): a request whose upstream attempt has begun leaves a marker on local disk, and its
 * own record, once committed, clears it. A process killed mid-request (kill -9, OOM, power cut of the process)
 * cannot write that record, so the marker outlives it, and the next process to start on the same file turns it
 * into the request's record: `outcome: "failed"`, `errorType: "interrupted"`, the money its open reservation will be
 * charged. So a report after a crash lists every request that reached a model, finished or not.
 *
 * A marker is committed as each attempt starts (with the other marks of the same event-loop turn), and the attempt
 * waits for that commit before its reservation and before its request goes out, so a crash at any point after the
 * reservation finds it. A marker write that waited out another process's lock is reported while the request goes on
 * (its reservation still holds the money); one the disk refused (full, read-only, an I/O error) refuses the request
 * before any model is called, since its record cannot be committed there either (ADR 0068).
 * @module
 */
import { RecordNotDurableError } from "../core/errors/index.js";
import type { DecisionRecord } from "./decision-record.js";
import { createRefusalWatch, storedBytes } from "./refusal-watch.js";

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
  /**
   * One transaction that writes a marker-sized row of `bytes` bytes and deletes it: whether the disk takes a
   * marker again while no request comes to try (readiness, ADR 0072). Throws what the disk answers.
   */
  probe?(bytes: number): void;
}

/** What the request path uses. */
export interface InFlightMarks {
  /**
   * Marks the request in flight: `build` runs now, and its marker is committed at the end of the current event-loop
   * turn with the other marks of that turn. The returned promise settles once the commit is done; the caller awaits it
   * before the reservation and before the attempt goes out, so a crash from then on finds the marker. A commit that
   * waited out another process's lock is reported and resolves (the request goes on); one the disk refused rejects
   * with a RecordNotDurableError (503 `storage_unavailable`): the request's record could not be committed either, so
   * an answer paid for would be thrown away. `undefined` when the record could not be built (reported).
   */
  mark(id: string, build: () => DecisionRecord): Promise<void> | undefined;
  /** The request's own record is committed: forget its marker. */
  clear(id: string): void;
  /** Commits what waits now (tests, shutdown). */
  flush(): Promise<void>;
  /**
   * The disk refused the last marker commit and has taken none since (`GET /readyz`, ADR 0072): every request is
   * refused meanwhile. Turns false by itself once the disk takes a marker again, tried every CLEAR_EVERY_MS with a
   * probe as large as the largest marker it refused, or by a request's own marker.
   */
  refusingWrites(): boolean;
  /** Stops the probe of `refusingWrites` (shutdown, after the last `flush`, before the store closes). */
  stop(): void;
}

/** Options of `createInFlightMarks`. */
export interface InFlightMarksOptions {
  store: InFlightStore;
  /** This process, as `processOwner` (server/process-owner.ts) spells it. */
  owner: string;
  now: () => number;
  /** Runs a commit, waiting out another process's lock (`storage.retryWhileBusy`). Default: one try. */
  retryWhileBusy?: <T>(run: () => T) => Promise<T>;
  /** A marker write that failed: reported (and, when the disk refused it, the marked requests refused). */
  onError?: (error: unknown) => void;
}

/**
 * How long a cleared marker may wait for its delete when no mark is committing. Deletes ride along with the next
 * marks' commit, or go every this often: a finished request's marker outliving it briefly costs nothing (a start
 * finds its record and only forgets it), one more transaction per request would.
 */
export const CLEAR_EVERY_MS = 100;

/**
 * Commits the marks of one event-loop turn together, at `setImmediate`, in one transaction with the deletes of the
 * markers cleared since the last commit; each mark's promise settles once that transaction has committed, and the
 * request awaits it before its reservation and before its attempt goes out, so a crash at any point after the
 * reservation still finds the marker. The deletes left over go within CLEAR_EVERY_MS.
 *
 * Under load many requests start their attempts in one turn (every socket the poll phase read), and one transaction
 * per mark was most of the markers' cost (ADR 0008, 2026-12-03 amendment); alone, a mark waits only for the end of the
 * current turn, as the decision log's group commit does. Marks were once committed up to 10 ms after the attempt had
 * gone out, off the request's path: a crash in that window left the request without a record while its reservation
 * stayed held. Waiting for the commit is what closes that window, grouped or not.
 */
export function createInFlightMarks(options: InFlightMarksOptions): InFlightMarks {
  const { store, owner, now, onError = () => {} } = options;
  const retry = options.retryWhileBusy ?? (async <T>(run: () => T): Promise<T> => run());
  let cleared = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  /** This turn's marks by request id (a later mark of one id replaces its earlier one), and when they commit. */
  let pending = new Map<string, InFlightMarker>();
  let pendingCommit: Promise<void> | undefined;
  const refusal = createRefusalWatch({ probe: store.probe?.bind(store), retry, everyMs: CLEAR_EVERY_MS });
  /** The cleared ids this commit may delete: never one it also marks (the store's one-batch rule). */
  const takeCleared = (marking: ReadonlyMap<string, InFlightMarker>): string[] => {
    const ids: string[] = [];
    if (cleared.size === 0) return ids;
    const kept = new Set<string>();
    for (const id of cleared) {
      if (marking.has(id)) kept.add(id);
      else ids.push(id);
    }
    cleared = kept;
    clearLater();
    return ids;
  };
  /** A commit failed: its markers are lost (their requests go on); the deletes wait for the next commit. */
  const failed = (clearing: readonly string[], error: unknown): void => {
    for (const id of clearing) cleared.add(id);
    clearLater();
    onError(error);
  };
  /** Commits marks and deletes; resolves to the store's error when it failed (never rejects). */
  const commit = (marks: ReadonlyMap<string, InFlightMarker>): Promise<unknown> => {
    const clearing = takeCleared(marks);
    if (marks.size === 0 && clearing.length === 0) return chain;
    // After the commit before it: a busy retry of one commit never lets a later one overtake it.
    const done = chain.then(() =>
      retry(() => store.apply([...marks.values()], clearing)).then(
        () => void (marks.size > 0 && refusal.accepted()),
        (error: unknown) => (marks.size > 0 && diskRefused(error) && refusal.refused(largest(marks.values())), failed(clearing, error), error),
      ),
    );
    chain = done.then(() => undefined);
    return done;
  };
  const commitPending = (): Promise<unknown> => {
    const marks = pending;
    pending = new Map();
    pendingCommit = undefined;
    return commit(marks);
  };
  // The timer stays armed across commits (a commit that took every delete leaves it to find nothing): re-arming it at
  // each turn's commit cost a setTimeout and a clearTimeout per turn under load. A delete still goes within
  // CLEAR_EVERY_MS: the timer it finds armed fires sooner than one it would arm.
  const clearLater = (): void => {
    if (timer || cleared.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void commit(new Map());
    }, CLEAR_EVERY_MS);
    timer.unref();
  };
  return {
    mark(id, build) {
      let marker: InFlightMarker;
      try {
        marker = { id, owner, markedAt: now(), record: build() };
      } catch (error) {
        onError(error); // one record that cannot be built costs only its own marker
        return undefined;
      }
      pending.set(id, marker);
      if (!pendingCommit) {
        pendingCommit = new Promise<void>((resolve, reject) =>
          setImmediate(() => void commitPending().then((error) => (error !== undefined && diskRefused(error) ? reject(new RecordNotDurableError(error)) : resolve()))),
        );
        // Every marked request awaits it; none left unhandled if one stopped waiting.
        pendingCommit.catch(() => undefined);
      }
      return pendingCommit;
    },
    clear(id) {
      cleared.add(id);
      clearLater();
    },
    flush: async () => void (await (pending.size > 0 ? commitPending() : commit(new Map()))),
    refusingWrites: () => refusal.holds(),
    stop: () => refusal.stop(),
  };
}

/** The largest marker's size in bytes, as the store writes it. */
function largest(marks: Iterable<InFlightMarker>): number {
  let bytes = 0;
  for (const mark of marks) bytes = Math.max(bytes, storedBytes(mark.record));
  return bytes;
}

/**
 * Whether a failed marker commit is the disk's refusal (full, read-only, an I/O error, a damaged file): anything but
 * another connection's lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes), which `retryWhileBusy` waited out
 * and which the request's own record may still get past.
 */
function diskRefused(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return !(typeof code === "string" && /^SQLITE_(?:BUSY|LOCKED)(?:_|$)/.test(code));
}

/**
 * The record of a request a crash cut, from its marker; `chargeOpen` when expired reservations are charged;
 * `ledgerChargedUsd` when the ledger shows what the cut attempt's reservation finally charged (0 when it never took
 * it, the actual cost when it had settled just before the crash): the record then costs that, not the worst case.
 */
export function interruptedRecord(marker: InFlightMarker, chargeOpen: boolean, ledgerChargedUsd?: number): DecisionRecord {
  const { record } = marker;
  const open = record.attempts.at(-1);
  const isOpen = open?.errorType === "interrupted";
  const known = isOpen && ledgerChargedUsd !== undefined;
  const openUsd = known ? ledgerChargedUsd : chargeOpen && isOpen ? (open.reservedUsd ?? 0) : 0;
  const reason = `The gateway stopped (a crash or kill) while this request was in flight; the next start recorded it. ${
    known
      ? "The cost of the attempt it cut is what the budget ledger charged for it (nothing when the crash came before its reservation or the budget refused it)."
      : chargeOpen
        ? "Its cost counts the worst case reserved for the attempt it cut, as the budget ledger charges that reservation when it expires."
        : "Its cost leaves out the attempt it cut: that reservation is released when it expires."
  }`;
  const attempts = known && ledgerChargedUsd === 0 ? [...record.attempts.slice(0, -1), { ...open, reservedUsd: 0 }] : record.attempts;
  return {
    ...record,
    attempts,
    outcome: "failed",
    status: 0,
    errorType: INTERRUPTED,
    finishReason: null,
    costUsd: record.costUsd + openUsd,
    latencyMs: Math.max(0, marker.markedAt - record.createdAt),
    reasons: [...(record.reasons ?? []).slice(0, 11), reason],
  };
}
