/**
 * When the decision log (`create-decision-log.ts`) writes what waits: on a timer after a write, at once when asked
 * (`flush`, close, before every read), and again later after a flush that failed. Flushes run one after another.
 * @module
 */
import { reportQuietly, type FlushFailure } from "./log-failures.js";

/** What the scheduler flushes and reports. */
export interface FlushSchedulerInput {
  /** Starts committing the records waiting for their group (durable mode); settles when they are committed or refused. */
  commitWaitingGroup: () => Promise<void>;
  /** Writes what waits: the records in memory, then the outbox. */
  writeWaiting: () => Promise<void>;
  /** The delay of a scheduled flush. */
  flushIntervalInMs: number;
  /** Records wait in memory. */
  recordsInMemory: () => number;
  /** Records wait in memory or in the outbox (what a failure report counts). */
  recordsPending: () => number;
  /** There is an outbox: records may wait there, so a failed flush is tried again with nothing in memory. */
  hasOutbox: boolean;
  /** Background failures. */
  onError: (error: unknown, pendingRecords: number) => void;
}

/** Flushes now or later. */
export interface FlushScheduler {
  /** Writes everything written so far; rejects with the store's error (what waits is kept and tried again). */
  flush(): Promise<void>;
  /** Flushes and settles with the failure instead of throwing it (reported, and tried again later). */
  flushBeforeRead(): Promise<FlushFailure | undefined>;
  /** Flushes now without waiting; a failure is reported and tried again later. */
  flushInBackground(): void;
  /** Flushes after the interval, unless one is already due; only when records wait in memory, or `outboxWaits`. */
  schedule(outboxWaits?: boolean): void;
  /** Schedules nothing more (the log closes). */
  stop(): void;
}

/** Creates the flush scheduler of one decision log. */
export function createFlushScheduler(input: FlushSchedulerInput): FlushScheduler {
  const { onError, hasOutbox } = input;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const flush = (): Promise<void> => {
    const committing = input.commitWaitingGroup();
    if (timer) clearTimeout(timer);
    timer = undefined;
    const run = chain.then(() => committing).then(input.writeWaiting);
    // A failed flush leaves records waiting (buffer or outbox): try again later whoever asked for it.
    chain = run.catch(() => schedule(hasOutbox));
    return run;
  };

  // A read answers from what the store holds even when shipping fails (a record it refuses waiting alone, a lock):
  // the failure is reported and retried as any background one; a store that is down fails the read on its own.
  const flushBeforeRead = (): Promise<FlushFailure | undefined> =>
    flush().then(
      () => undefined,
      (error: unknown) => {
        reportQuietly(onError, error, input.recordsPending());
        return { error };
      },
    );

  const flushInBackground = (): void => {
    flush().catch((error: unknown) => {
      reportQuietly(onError, error, input.recordsPending());
      schedule(hasOutbox);
    });
  };

  const schedule = (outboxWaits = false): void => {
    if (timer || stopped || (input.recordsInMemory() === 0 && !outboxWaits)) return;
    timer = setTimeout(flushInBackground, input.flushIntervalInMs);
    timer.unref();
  };

  const stop = (): void => {
    stopped = true;
  };
  return { flush, flushBeforeRead, flushInBackground, schedule, stop };
}
