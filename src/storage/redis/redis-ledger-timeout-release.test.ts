/**
 * A reserve that timed out is followed by a release (the stalled server may still run the reserve). If that release
 * then fails for good — Redis answers with an error, or the client is closed while it waits — the failure goes to
 * `onDeferredError`: it must never become an unhandled rejection, which ends a Node 20 process (the whole gateway).
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { createRedisLedger } from "./redis-ledger.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
afterAll(() => test.cleanup());

const unhandled: unknown[] = [];
const collect = (reason: unknown): void => void unhandled.push(reason);
let forwarder: TcpForwarder | undefined;
afterEach(async () => {
  process.off("unhandledRejection", collect);
  forwarder?.resume();
  await forwarder?.close();
});

describe("redis ledger, the release after a timed-out reserve", () => {
  it("reports a release that fails for good to onDeferredError instead of rejecting unhandled", async () => {
    process.on("unhandledRejection", collect);
    forwarder = await startTcpForwarder(URL);
    const redis = new Redis(forwarder.urlFor(URL), { commandTimeout: 100, enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
    redis.on("error", () => {});
    await redis.connect();
    const reported: string[] = [];
    const ledger = createRedisLedger(redis, { prefix: test.prefix, onDeferredError: (_error, what) => reported.push(what) });
    const now = Date.now();
    const bucket = { id: "global/day@timeout", budget: "global/day", limitInNanoUsd: 10_000_000_000, windowEndsAt: now + 86_400_000 };
    const reserve = (reservationId: string) => ledger.reserve({ reservationId, buckets: [bucket], amountInNanoUsd: 1_000, now, expiresAt: now + 60_000 });
    expect(await reserve("res_before")).toEqual({ ok: true });

    forwarder.stall();
    await expect(reserve("res_stalled")).rejects.toThrow(/timed out/i);
    // The release is on the silent connection now; closing the client fails it for good.
    redis.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(unhandled).toEqual([]);
    expect(reported).toEqual(["releasing reservation res_stalled whose reserve failed (Command timed out)"]);
  });
});
