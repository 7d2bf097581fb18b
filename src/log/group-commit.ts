/**
 * Group commit for the durable decision log (`create-decision-log.ts`, ADR 0008): the records written in one
 * event-loop turn share one local commit.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";

/** What `createGroupCommit` returns. */
export interface GroupCommit {
  /** Adds a record to the waiting group (which commits at the end of this turn). */
  add(record: DecisionRecord): void;
  /** Settles when the group a record just written rides in has committed; rejects with the disk's refusal. */
  committed(): Promise<void>;
  /** Starts committing what waits as soon as no group commits; settles when every record so far is committed or refused. */
  commitNow(): Promise<void>;
}

/**
 * Collects the records written during one event-loop turn and commits them together at `setImmediate` (after
 * the turn's I/O callbacks); `commit` resolves to the error when the disk refused. At most one group commits at a
 * time: records written while a group waits for a lock (async retries) gather into the next group, which starts when
 * that one ends, so a long lock costs one waiting commit, not one per turn. `committed` is the promise of the group
 * the waiting records ride in (else of the group committing; resolved when nothing does); `commitNow` starts
 * committing what is waiting as soon as no group commits (flush, close) and resolves when every record written so far
 * has been committed or refused.
 */
export function createGroupCommit(commit: (records: DecisionRecord[]) => Promise<Error | undefined>): GroupCommit {
  let waiting: DecisionRecord[] = [];
  let committed: Promise<void> | undefined;
  let settle: (failure: Error | undefined) => void = () => {};
  let immediate: NodeJS.Immediate | undefined;
  // The group committing now: its riders' promise, and the commit's own (which never rejects).
  let inFlight: { riders: Promise<void>; run: Promise<void> } | undefined;
  const startNext = (): void => {
    if (inFlight || waiting.length === 0 || !committed) return;
    const records = waiting;
    const done = settle;
    const riders = committed;
    waiting = [];
    committed = undefined;
    const run = commit(records)
      .then(done, (error: unknown) => done(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        inFlight = undefined;
        startNext();
      });
    inFlight = { riders, run };
  };
  const commitNow = (): Promise<void> => {
    if (immediate) clearImmediate(immediate);
    immediate = undefined;
    startNext();
    // The group waiting (if any) starts once the one in flight ends and settles after it: wait for both.
    return Promise.all([inFlight?.run, committed?.catch(() => undefined)]).then(() => undefined);
  };
  return {
    add(record) {
      waiting.push(record);
      if (!committed) {
        const group = new Promise<void>((resolve, reject) => (settle = (failure) => (failure ? reject(failure) : resolve())));
        // Whoever waits sees the failure; a group nobody waited on must not be an unhandled rejection.
        group.catch(() => undefined);
        committed = group;
        immediate = setImmediate(() => void commitNow());
      }
    },
    // The group a record just written rides in; else the group still committing (all written so far).
    committed: () => committed ?? inFlight?.riders ?? Promise.resolve(),
    commitNow,
  };
}
