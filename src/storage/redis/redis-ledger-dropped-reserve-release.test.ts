/**
 * A reserve the server ran whose reply was lost to a dropped connection, and that the client then gave up on because
 * Redis stayed unreachable (ioredis flushes it with MaxRetriesPerRequestError instead of resending it): the
 * reservation is held on the server though the request was refused (503). The ledger releases it once Redis is back,
 * as after a timed-out reserve, so it is neither kept until expiry nor charged its worst case.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { REDIS_COMMAND_TIMEOUT_MS } from "./open-redis-stores.js";
import { createRedisLedger } from "./redis-ledger.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
afterAll(() => test.cleanup());

let forwarder: TcpForwarder | undefined;
let redis: Redis | undefined;
afterEach(async () => {
  redis?.disconnect();
  await forwarder?.close();
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200 && !(await condition()); tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(await condition()).toBe(true);
}

describe("redis ledger, a reserve whose reply was lost and that the client flushed", () => {
  it("releases the reservation the server holds once Redis is back", async () => {
    forwarder = await startTcpForwarder(URL);
    const cut = forwarder;
    // The gateway's own client settings (open-storage.ts).
    redis = new Redis(forwarder.urlFor(URL), { maxRetriesPerRequest: 2, lazyConnect: true, enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    redis.on("error", () => {});
    await redis.connect();
    const ledger = createRedisLedger(redis, { prefix: test.prefix });
    const now = Date.now();
    const bucket = { id: "global/day@dropped", budget: "global/day", limitInNanoUsd: 10_000_000_000, windowEndsAt: now + 86_400_000 };
    const reserve = (reservationId: string) => ledger.reserve({ reservationId, buckets: [bucket], amountInNanoUsd: 1_000, now, expiresAt: now + 60_000 });
    expect(await reserve("res_before")).toEqual({ ok: true });
    await ledger.release({ reservationId: "res_before", now });

    // The reserve runs, its reply is lost with the connection, and Redis stays unreachable through the reconnects.
    cut.cutNextReply();
    redis.once("close", () => void cut.down());
    await expect(reserve("res_dropped")).rejects.toThrow(/max retries per request/i);

    await cut.up();
    await until(() => redis?.status === "ready");
    await until(async () => (await ledger.usage([bucket]))[0]?.reservedInNanoUsd === 0);
    // It ran (a reserve that never ran leaves no record) and it was released, not left to expire.
    expect((await ledger.reservationCharges?.(["res_dropped"]))?.get("res_dropped")).toBe(0);
    expect(await ledger.expireReservations({ now: now + 120_000, policy: "charge" })).toBe(0);
    expect(await ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 0, reservedInNanoUsd: 0 }]);
  });
});
