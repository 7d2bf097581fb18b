/**
 * Writes that must survive a Redis reconnect: the ledger's settles and releases. The client keeps no offline queue
 * (a request's reserve or rate-limit hit fails at once while Redis is unreachable: 503), so a settle sent during a
 * reconnect blip failed at once and its reservation was charged at its worst case when it expired. Here such a write
 * is kept (bounded, in order) and sent again as soon as the client is `ready`; its caller does not wait for that.
 * Only idempotent writes belong here: a write whose reply was lost may run twice (the ledger's scripts are no-ops the
 * second time for the same reservation id).
 * @module
 */
import type { Redis } from "ioredis";

/** Options of `createDeferredWrites`. */
export interface DeferredWritesOptions {
  /** Writes kept while Redis is unreachable; beyond it the oldest are dropped (their reservations expire). Default 100,000. */
  maxWaiting?: number;
  /** A write dropped for the bound, or a kept write Redis refused once back. Default: ignored. */
  onError?: (error: unknown, what: string) => void;
}

/** Sends idempotent writes now, or once Redis is back when it cannot be reached. */
export interface DeferredWrites<T = undefined> {
  /**
   * Runs `write`; if Redis cannot be reached, keeps it and resolves (it is sent again on `ready`). Redis's own errors
   * reject. `held` describes the write as data, for `held()`.
   */
  run(what: string, write: () => Promise<unknown>, held?: T): Promise<void>;
  /** How many writes wait for Redis (kept, or resent and not answered yet). */
  waiting(): number;
  /**
   * The `held` of each write waiting for Redis (those given one), oldest first, a resend Redis has not answered yet
   * included: what a stop would lose.
   */
  held(): T[];
}

interface Waiting<T> {
  what: string;
  write: () => Promise<unknown>;
  held?: T | undefined;
}

/** True when Redis itself answered with an error (a script error): sending again would not help. */
function isReplyError(error: unknown): boolean {
  return error instanceof Error && error.name === "ReplyError";
}

/** Creates the deferred writes of one client; they are sent again, in order, each time it becomes `ready`. */
export function createDeferredWrites<T = undefined>(redis: Redis, { maxWaiting = 100_000, onError = () => {} }: DeferredWritesOptions = {}): DeferredWrites<T> {
  let queue: Waiting<T>[] = [];
  // The batch a drain sent and Redis has not answered yet: still held (a stop meanwhile must save it, ADR 0059).
  let sending: Waiting<T>[] = [];
  let draining = false;
  // Listens for `ready` only while writes wait, so many ledgers on one client add no lasting listeners.
  let listening = false;
  const drainWhenReady = (): void => {
    if (listening) return;
    listening = true;
    redis.once("ready", () => {
      listening = false;
      void drain();
    });
  };

  const keep = (entry: Waiting<T>): void => {
    drainWhenReady();
    queue.push(entry);
    if (queue.length > maxWaiting) {
      const dropped = queue.shift();
      if (dropped) onError(new Error(`Redis unreachable and ${maxWaiting} writes waiting: dropped the oldest`), dropped.what);
    }
  };

  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (queue.length > 0 && redis.status === "ready") {
        const batch = queue;
        queue = [];
        sending = batch;
        // Sent back to back (pipelined by the client), in the order they were kept.
        const results = await Promise.allSettled(batch.map((entry) => entry.write())).finally(() => (sending = []));
        const again: Waiting<T>[] = [];
        results.forEach((result, index) => {
          const entry = batch[index];
          if (result.status === "fulfilled" || !entry) return;
          if (isReplyError(result.reason)) onError(result.reason, entry.what);
          else again.push(entry);
        });
        queue = [...again, ...queue];
        // The connection dropped again: wait for the next `ready`.
        if (again.length > 0) break;
      }
      if (queue.length > 0) drainWhenReady();
    } finally {
      draining = false;
    }
  };

  return {
    async run(what, write, held) {
      // Behind writes still waiting, so a later settle never overtakes an earlier one.
      if (queue.length > 0) {
        keep({ what, write, held });
        if (redis.status === "ready") void drain();
        return;
      }
      try {
        await write();
      } catch (error) {
        if (isReplyError(error) || redis.status === "end") throw error;
        keep({ what, write, held });
        // The client may already be back (the error was a dropped connection it has since replaced).
        if (redis.status === "ready") void drain();
      }
    },
    waiting: () => sending.length + queue.length,
    held: () => [...sending, ...queue].flatMap((entry) => (entry.held === undefined ? [] : [entry.held])),
  };
}
