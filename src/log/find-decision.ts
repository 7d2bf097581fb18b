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
}

/** Three seconds: thirty ship intervals, far past a healthy instance's next ship. */
export const LATE_RECORD_WAIT_MS = 3_000;

/** The wait the gateway's routes use: `LATE_RECORD_WAIT_MS` on this clock, with real timers. */
export function lateRecordWait(now: () => number): LateRecordWait {
  return { withinMs: LATE_RECORD_WAIT_MS, now, sleep: (ms) => sleep(ms) };
}

/**
 * The decision, looked for again (after 100, 200, 400, … ms) while its id says it was made within `withinMs`: at most
 * `withinMs` in all and a handful of reads, so an id forged with the current time costs a few reads, not a loop. An id
 * of another shape, an old one, or one dated in the future is answered from one read.
 */
export async function findDecision(decisions: Pick<DecisionLogQueries, "get">, decisionId: string, wait: LateRecordWait | undefined): Promise<DecisionRecord | undefined> {
  const found = await decisions.get(decisionId);
  const madeAt = decisionIdTime(decisionId);
  if (found || !wait || madeAt === undefined) return found;
  const start = wait.now();
  if (madeAt > start + 1_000) return undefined;
  const deadline = Math.min(madeAt, start) + wait.withinMs;
  for (let delay = 100; wait.now() + delay <= deadline; delay *= 2) {
    await wait.sleep(delay);
    const late = await decisions.get(decisionId);
    if (late) return late;
  }
  return undefined;
}
