/**
 * The Redis Ledger, for several gateway instances sharing budgets. Each operation is one Lua script
 * (`redis-ledger-scripts.ts`), so a reserve across all of a request's budgets is atomic.
 * @module
 */
import type { Redis } from "ioredis";
import type { HeldLedgerWrite, Ledger, LedgerBucket, LedgerBucketUsage, LedgerReserveInput, LedgerReserveResult } from "../../budget/ledger.js";
import { EXPIRE_SCRIPT, RELEASE_SCRIPT, RESERVE_SCRIPT, SEED_SCRIPT, SETTLE_SCRIPT } from "./redis-ledger-scripts.js";
import { createDeferredWrites } from "./redis-deferred-writes.js";

/** Options of `createRedisLedger`. */
export interface RedisLedgerOptions {
  /** Key prefix; keep a `{hash tag}` in it for Redis Cluster. Default `{switchyard}:`. */
  prefix?: string;
  /** Buckets live this long after their window ends. Default 40 days. */
  bucketRetentionInMs?: number;
  /** Settled reservations are kept this long, so a repeated settle stays a no-op. Default one day. */
  settledRetentionInMs?: number;
  /** Close the client on `close()`. Default false. */
  closeClient?: boolean;
  /**
   * A settle or release kept while Redis was unreachable that could not be applied (dropped beyond the bound,
   * refused by Redis once back): its reservation expires as its worst case. Default: ignored.
   */
  onDeferredError?: (error: unknown, what: string) => void;
  /**
   * What a bucket's window has already spent, in nano-dollars, read from a durable record (the decision log). With
   * it, a bucket this Redis does not hold (the first reserve of its window, or a Redis that restarted without
   * persistence or evicted the key) is created with that spend before any reserve counts against it, so a Redis that
   * lost its data cannot hand out a cap a second time. A failed read fails the reserve (budgets fail closed).
   * Default: none (a bucket starts at 0).
   */
  spentSoFar?: (bucket: LedgerBucket) => Promise<number>;
}

/** ioredis's rejection of a command it never wrote: the client was not connected and keeps no offline queue. */
const NEVER_SENT = "Stream isn't writeable and enableOfflineQueue options is false";

/**
 * Whether a command that failed with `error` may still have run on the server: anything but Redis's own answer (a
 * `ReplyError`) and a command the client never wrote. That includes a command left unanswered (`Command timed out`)
 * and one whose reply was lost with its connection, then given up on (`MaxRetriesPerRequestError` after the
 * reconnects failed, `Connection is closed.` once the client stops reconnecting).
 */
function mayHaveRun(error: unknown): boolean {
  return !(error instanceof Error && (error.name === "ReplyError" || error.message === NEVER_SENT));
}

type ScriptClient = Redis & {
  switchyardReserve(numberOfKeys: number, ...args: (string | number)[]): Promise<[number, number?, string?]>;
  switchyardSettle(...args: (string | number)[]): Promise<number>;
  switchyardRelease(...args: (string | number)[]): Promise<number>;
  switchyardExpire(...args: (string | number)[]): Promise<number>;
  switchyardSeed(numberOfKeys: number, ...args: (string | number)[]): Promise<number>;
};

/** Reserve replies: reserved, refused, duplicate id, buckets to seed first. */
type ReserveReply = [number, ...(number | string)[]];

const EXPIRE_BATCH = 200;

/** Creates a ledger over an ioredis client. */
export function createRedisLedger(redis: Redis, options: RedisLedgerOptions = {}): Ledger {
  const { prefix = "{switchyard}:", bucketRetentionInMs = 40 * 86_400_000, settledRetentionInMs = 86_400_000, closeClient = false } = options;
  const client = redis as ScriptClient;
  if (typeof client.switchyardReserve !== "function") {
    redis.defineCommand("switchyardReserve", { lua: RESERVE_SCRIPT });
    redis.defineCommand("switchyardSettle", { numberOfKeys: 2, lua: SETTLE_SCRIPT });
    redis.defineCommand("switchyardRelease", { numberOfKeys: 2, lua: RELEASE_SCRIPT });
    redis.defineCommand("switchyardExpire", { numberOfKeys: 1, lua: EXPIRE_SCRIPT });
    redis.defineCommand("switchyardSeed", { lua: SEED_SCRIPT });
  }
  const reservationKey = (id: string): string => `${prefix}r:${id}`;
  const bucketKey = (id: string): string => `${prefix}b:${id}`;
  const expiryKey = `${prefix}expiring`;
  // Settles and releases outlive a reconnect (the client keeps no offline queue): kept, then sent once Redis is back.
  // Their scripts are no-ops the second time for one reservation id, so a resend is harmless.
  const release = (reservationId: string): Promise<unknown> => client.switchyardRelease(reservationKey(reservationId), expiryKey, reservationId, settledRetentionInMs);
  const deferred = createDeferredWrites<HeldLedgerWrite>(redis, options.onDeferredError ? { onError: options.onDeferredError } : {});

  const seeding = new Map<string, Promise<void>>();
  /** Seeds the buckets this Redis lacks from `spentSoFar`, once per bucket at a time in this process. */
  const { spentSoFar = async () => 0 } = options;
  const seed = (buckets: readonly LedgerBucket[], now: number): Promise<unknown> =>
    Promise.all(
      buckets.map((bucket) => {
        let running = seeding.get(bucket.id);
        if (!running) {
          running = (async () => {
            const spent = Math.max(0, Math.round(await spentSoFar(bucket)));
            await client.switchyardSeed(1, bucketKey(bucket.id), bucketRetentionInMs, now, spent, bucket.windowEndsAt);
          })().finally(() => seeding.delete(bucket.id));
          seeding.set(bucket.id, running);
        }
        return running;
      }),
    );
  const reserveOnce = (input: LedgerReserveInput): Promise<ReserveReply> => {
    const keys = [reservationKey(input.reservationId), expiryKey, ...input.buckets.map((b) => bucketKey(b.id))];
    const args: (string | number)[] = [input.amountInNanoUsd, input.expiresAt, input.reservationId, input.buckets.length, bucketRetentionInMs, input.now];
    for (const bucket of input.buckets) args.push(bucket.limitInNanoUsd, bucket.windowEndsAt);
    if (options.spentSoFar) args.push("seed");
    return (client.switchyardReserve(keys.length, ...keys, ...args) as Promise<ReserveReply>).catch((error: unknown) => {
      // Unanswered is not undone: a stalled server runs the reserve once it wakes, and a reserve whose reply was lost
      // with its connection may have run before the drop; the request, refused now (503), would hold its worst case
      // until expiry and be charged it. The release follows the reserve on the connection (or is kept and resent
      // after ioredis resends the commands of the dropped connection), so it runs after it; it is a no-op when the
      // reserve never ran (RELEASE_SCRIPT touches only a held reservation).
      // Nobody awaits this release: a failure for good (Redis's own error, a closed client) is reported, never left
      // as an unhandled rejection, which would end the process.
      if (mayHaveRun(error)) {
        const what = `releasing reservation ${input.reservationId} whose reserve failed (${error instanceof Error ? error.message : String(error)})`;
        deferred.run(what, () => release(input.reservationId), { kind: "release", reservationId: input.reservationId }).catch((failure: unknown) => options.onDeferredError?.(failure, what));
      }
      throw error;
    });
  };

  return {
    async reserve(input): Promise<LedgerReserveResult> {
      let reply = await reserveOnce(input);
      // A bucket seeded now can vanish again only with another loss of Redis's data: a few tries are plenty.
      for (let tries = 0; reply[0] === -2 && tries < 3; tries += 1) {
        await seed(reply.slice(1).flatMap((index) => input.buckets[Number(index) - 1] ?? []), input.now);
        reply = await reserveOnce(input);
      }
      const [code, index, remaining] = reply;
      if (code === -2) throw new Error("Budget buckets vanished from Redis while they were being seeded; try again");
      if (code === -1) throw new Error(`Reservation ${input.reservationId} already exists`);
      if (code === 1) return { ok: true };
      const bucket = input.buckets[Number(index ?? 1) - 1];
      return { ok: false, budget: bucket?.budget ?? "", bucketId: bucket?.id ?? "", remainingInNanoUsd: Number(remaining) };
    },
    settle: ({ reservationId, actualInNanoUsd }) =>
      deferred.run(`settling reservation ${reservationId}`, () => client.switchyardSettle(reservationKey(reservationId), expiryKey, actualInNanoUsd, reservationId, settledRetentionInMs), { kind: "settle", reservationId, actualInNanoUsd }),
    release: ({ reservationId }) => deferred.run(`releasing reservation ${reservationId}`, () => release(reservationId), { kind: "release", reservationId }),
    heldWrites: () => deferred.held(),
    async expireReservations({ now, policy }) {
      let total = 0;
      for (;;) {
        const count = await client.switchyardExpire(expiryKey, now, policy, `${prefix}r:`, settledRetentionInMs, EXPIRE_BATCH);
        total += count;
        if (count < EXPIRE_BATCH) return total;
      }
    },
    async reservationCharges(ids) {
      const charges = new Map<string, number | null>();
      if (ids.length === 0) return charges;
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hmget(reservationKey(id), "state", "actual");
      const results = (await pipeline.exec()) ?? [];
      ids.forEach((id, index) => {
        const [error, values] = results[index] ?? [null, null];
        if (error) throw error;
        const [state, actual] = (values as (string | null)[] | null) ?? [];
        if (!state) return;
        // A settle from before the cost was kept: its charge is unknown, so the worst case stands.
        if (state === "settled") charges.set(id, actual === null || actual === undefined ? null : Number(actual));
        else charges.set(id, state === "released" || state === "expired_released" ? 0 : null);
      });
      return charges;
    },
    async usage(buckets): Promise<LedgerBucketUsage[]> {
      const read = async (): Promise<{ id: string; held: (string | null)[] | undefined }[]> => {
        const pipeline = redis.pipeline();
        for (const { id } of buckets) pipeline.hmget(bucketKey(id), "spent", "reserved");
        const results = (await pipeline.exec()) ?? [];
        return buckets.map(({ id }, index) => {
          const [error, values] = results[index] ?? [null, null];
          if (error) throw error;
          const held = (values as (string | null)[] | null) ?? [];
          // A bucket a reserve created holds `reserved` and, once settled, `spent`; one with neither is not held.
          return { id, held: held.some((value) => value !== null && value !== undefined) ? held : undefined };
        });
      };
      let rows = await read();
      // A bucket Redis lacks (lost data, or no reserve yet this window) reads as the reserve would seed it, so a
      // status after a Redis loss shows the window's spend rather than 0 until the first reserve.
      const missing = buckets.filter((_, index) => rows[index]?.held === undefined);
      if (options.spentSoFar && missing.length > 0) {
        // `now` only sets the seeded key's expiry (its window's end plus the retention), never an amount.
        await seed(missing, Date.now());
        rows = await read();
      }
      return rows.map(({ id, held }) => ({ id, spentInNanoUsd: Number(held?.[0] ?? 0), reservedInNanoUsd: Number(held?.[1] ?? 0) }));
    },
    async close() {
      if (closeClient && redis.status !== "end") await redis.quit();
    },
  };
}
