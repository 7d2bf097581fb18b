/**
 * A decision looked up by id, looked for again for a moment when the store does not hold it yet: feedback and the
 * admin API's decision page, straight after the answer, on another instance than the one that answered (ADR 0077).
 * @module
 */
import { setTimeout as sleep } from "node:timers/promises";
import { decisionIdTime } from "../core/id-generator.js";
import type { DecisionLogQueries } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";

/**
 * How long to look again for a decision the store does not hold yet. Instances sharing Postgres each keep their
 * records in a local outbox until the next ship (every 100 ms): feedback sent at once to another instance than the one
 * that answered found no record and was answered 404, which no client retries, so the score was lost.
 */
export interface LateRecordWait {
  /** How long after the time its id carries a decision is looked for again (the route: `LATE_RECORD_WAIT_MS`). */
  withinMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /**
   * How many lookups may be looking again at once (the route's own count: `LATE_RECORD_MAX_WAITING`). A flood of
   * fresh forged ids held a wait each, without bound (round 22); past the cap a miss is answered from its one read.
   */
  maxWaiting: number;
  /** How many are looking again now (kept by `findDecision`; start at 0). */
  waiting: number;
  /**
   * How many of them one caller (a virtual key) may hold (the route's: `LATE_RECORD_MAX_WAITING_PER_CALLER`). Without
   * it one key's forged fresh ids held every wait and another key's real feedback sent to another instance was
   * answered 404 at once, lost (round 22 review). Unset: no share (one caller, a gateway without keys).
   */
  maxWaitingPerCaller?: number;
  /** How many each caller holds now (kept by `findDecision`). */
  waitingBy?: Map<string, number>;
  /**
   * Until when (on `now`) a caller whose wait found nothing may not wait (kept by `findDecision`, with
   * `LATE_RECORD_MISS_PAUSE_MS`). An honest wait ends at the answering instance's next ship; one that runs out
   * looked for a forged id, or a record lost. Without the pause, four keys of one tenant held all sixteen waits
   * again and again (round 23). Unset: no pause.
   */
  pausedUntil?: Map<string, number>;
  /**
   * The id whose wait ran out and paused each caller (kept by `findDecision`). A wait also runs out on a real record
   * that is only slow to land (the answering instance's store down for a few seconds): that key's feedback was then
   * answered from one read for a minute, and lost when sent to another instance. A paused caller's next miss reads
   * that id once more; found, the miss that paused it was honest, and the pause is lifted (round 24). A forged id is
   * never found, so a forger stays paused.
   */
  pausedOn?: Map<string, string>;
  /**
   * A decision id carries the time its request started, so a long answer's feedback, sent to another instance the
   * moment the answer ended, came with an id past `withinMs` and was answered 404 from one read, lost, while the record
   * waited its next ship. An id at most `withinMs` of this old is looked for again for `lookMs` from now (the route's:
   * `LONG_ANSWER_WITHIN_MS`, `LONG_ANSWER_LOOK_MS`), under the same caps and pause. Unset: ids past `withinMs` get no
   * look again.
   */
  longAnswer?: { withinMs: number; lookMs: number };
}

/** Three seconds: thirty ship intervals, far past a healthy instance's next ship. */
export const LATE_RECORD_WAIT_MS = 3_000;

/**
 * Sixteen lookups looking again at once per route: far more than feedback sent to another instance within one ship
 * interval by honest clients (each wait ends at the next ship, 100 ms), few enough that forged ids hold little.
 */
export const LATE_RECORD_MAX_WAITING = 16;

/** Four of them per virtual key: one tenant's flood of forged ids leaves the other twelve to everyone else. */
export const LATE_RECORD_MAX_WAITING_PER_CALLER = 4;

/**
 * A minute without waits for a caller whose wait ran out: a tenant's keys then hold every wait for three seconds of
 * each sixty-three, unless it has some eighty keys to take turns with.
 */
export const LATE_RECORD_MISS_PAUSE_MS = 60_000;

/**
 * Fifteen minutes: longer than any answer is let run (the default total timeout is two minutes an attempt), so an id
 * from that long ago may be a long answer that has just ended.
 */
export const LONG_ANSWER_WITHIN_MS = 15 * 60_000;

/** A second and a half from the lookup: fifteen ship intervals, the reads at 100, 200, 400 and 800 ms. */
export const LONG_ANSWER_LOOK_MS = 1_500;

/** The first look again, after which each waits twice as long as the one before. */
const FIRST_LOOK_MS = 100;

/** The wait the gateway's routes use: `LATE_RECORD_WAIT_MS` on this clock, with real timers, one count per route. */
export function lateRecordWait(now: () => number, maxWaiting = LATE_RECORD_MAX_WAITING): LateRecordWait {
  return {
    withinMs: LATE_RECORD_WAIT_MS,
    now,
    sleep: (ms) => sleep(ms),
    maxWaiting,
    waiting: 0,
    maxWaitingPerCaller: LATE_RECORD_MAX_WAITING_PER_CALLER,
    waitingBy: new Map(),
    pausedUntil: new Map(),
    pausedOn: new Map(),
    longAnswer: { withinMs: LONG_ANSWER_WITHIN_MS, lookMs: LONG_ANSWER_LOOK_MS },
  };
}

/**
 * The decision, looked for again (after 100, 200, 400, … ms) while its id says it was made within `withinMs`: at most
 * `withinMs` in all and a handful of reads, so an id forged with the current time costs a few reads, not a loop; an id
 * from the last `longAnswer.withinMs` is looked for again for `longAnswer.lookMs`. An id of another shape, an old one, or one dated in the future is answered from one read, and so is any miss while
 * `maxWaiting` lookups are already looking again, or while `caller` (a virtual key's id) already holds its share or
 * is paused after a wait of its that found nothing.
 */
export async function findDecision(decisions: Pick<DecisionLogQueries, "get">, decisionId: string, wait: LateRecordWait | undefined, caller?: string | null): Promise<DecisionRecord | undefined> {
  const found = await decisions.get(decisionId);
  const madeAt = decisionIdTime(decisionId);
  if (found || !wait || madeAt === undefined) return found;
  const start = wait.now();
  const deadline = lookUntil(wait, madeAt, start);
  // An old id has no wait to hold: answered from its one read, it takes no slot and pauses no one (a purged id: the
  // key's next fresh feedback was answered 404 at once; round 23 review).
  if (madeAt > start + 1_000 || start + FIRST_LOOK_MS > deadline || wait.waiting >= wait.maxWaiting) return undefined;
  if (caller) await liftHonestPause(decisions, wait, caller);
  const share = caller ? callerShare(wait, caller) : undefined;
  if (share && !share.take()) return undefined;
  wait.waiting += 1;
  try {
    for (let delay = FIRST_LOOK_MS; wait.now() + delay <= deadline; delay *= 2) {
      await wait.sleep(delay);
      const late = await decisions.get(decisionId);
      if (late) return late;
    }
    if (caller) pause(wait, caller, decisionId);
    return undefined;
  } finally {
    wait.waiting -= 1;
    share?.give();
  }
}

/** Until when a miss on an id made at `madeAt` is looked for again: `withinMs` after it, or a long answer's look. */
function lookUntil(wait: LateRecordWait, madeAt: number, start: number): number {
  const fresh = Math.min(madeAt, start) + wait.withinMs;
  const long = wait.longAnswer;
  return long !== undefined && start - madeAt <= long.withinMs ? Math.max(fresh, start + long.lookMs) : fresh;
}

/** `caller`'s share of the waits, when the wait has one: `take` one if it holds fewer than its share, `give` it back. */
function callerShare(wait: LateRecordWait, caller: string): { take(): boolean; give(): void } | undefined {
  const { maxWaitingPerCaller: most, waitingBy: by } = wait;
  if (most === undefined || by === undefined) return undefined;
  return {
    take: () => {
      if (paused(wait, caller)) return false;
      const held = by.get(caller) ?? 0;
      if (held >= most) return false;
      by.set(caller, held + 1);
      return true;
    },
    give: () => {
      const held = (by.get(caller) ?? 1) - 1;
      if (held > 0) by.set(caller, held);
      else by.delete(caller);
    },
  };
}

/** Whether `caller` is paused now (a pause that has ended is forgotten). */
function paused(wait: LateRecordWait, caller: string): boolean {
  const until = wait.pausedUntil?.get(caller);
  if (until === undefined) return false;
  if (until > wait.now()) return true;
  wait.pausedUntil?.delete(caller);
  wait.pausedOn?.delete(caller);
  return false;
}

/** Pauses `caller`'s waits for `LATE_RECORD_MISS_PAUSE_MS` (its wait for `decisionId` ran out); forgets ended pauses. */
function pause(wait: LateRecordWait, caller: string, decisionId: string): void {
  const now = wait.now();
  for (const [other, until] of wait.pausedUntil ?? []) {
    if (until > now) continue;
    wait.pausedUntil?.delete(other);
    wait.pausedOn?.delete(other);
  }
  wait.pausedUntil?.set(caller, now + LATE_RECORD_MISS_PAUSE_MS);
  wait.pausedOn?.set(caller, decisionId);
}

/** Lifts `caller`'s pause when the id whose miss paused it has landed since: that wait was honest, only too short. */
async function liftHonestPause(decisions: Pick<DecisionLogQueries, "get">, wait: LateRecordWait, caller: string): Promise<void> {
  const pausedOn = wait.pausedOn?.get(caller);
  if (pausedOn === undefined || !paused(wait, caller)) return;
  if ((await decisions.get(pausedOn)) === undefined) return;
  // Paused again while it read (a wait begun before the pause ran out on another id): that pause stands.
  if (wait.pausedOn?.get(caller) !== pausedOn) return;
  wait.pausedUntil?.delete(caller);
  wait.pausedOn?.delete(caller);
}
