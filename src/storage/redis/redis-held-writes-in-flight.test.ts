/**
 * The held writes a graceful stop saves (ADR 0059) are read from the ledger's queue. Once Redis is back the queue is
 * sent as one batch, and it left the queue as it went out: a stop while that batch waited for its replies (Redis
 * dropped or stalled again, a failover still settling) saved nothing, then closed the client, which failed the
 * batch for good. Those settles were lost without a word, each reservation charged its worst case. A write leaves
 * what is held only once Redis has answered it. Real Redis behind a TCP forwarder that stalls the resend.
 */
import { once } from "node:events";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { createRedisLedger } from "./redis-ledger.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
let forwarder: TcpForwarder | undefined;
let client: Redis | undefined;
afterAll(async () => {
  client?.disconnect();
  await forwarder?.close();
  await test.cleanup();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("held ledger writes being resent", () => {
  it("are still held until Redis answers them, so a stop meanwhile saves them", async () => {
    forwarder = await startTcpForwarder(URL);
    // As openRedisStores makes it: no offline queue, a command timeout.
    client = new Redis(forwarder.urlFor(URL), { maxRetriesPerRequest: 2, enableOfflineQueue: false, commandTimeout: 2_000 });
    client.on("error", () => undefined);
    await once(client, "ready");
    const ledger = createRedisLedger(client, { prefix: test.prefix });
    const now = Date.now();
    const bucket = { id: "global/day@in-flight", budget: "global/day", limitInNanoUsd: 5_000_000_000, windowEndsAt: now + 86_400_000 };
    expect(await ledger.reserve({ reservationId: "r1", buckets: [bucket], amountInNanoUsd: 500_000_000, now, expiresAt: now + 600_000 })).toEqual({ ok: true });

    await forwarder.down();
    await ledger.settle({ reservationId: "r1", actualInNanoUsd: 125_000_000, now });
    const settle = { kind: "settle", reservationId: "r1", actualInNanoUsd: 125_000_000 };
    expect(ledger.heldWrites?.()).toEqual([settle]);

    // Back, and the resend goes out (the ledger's own `ready` listener runs first); then Redis stalls before answering.
    client.once("ready", () => forwarder?.stall());
    await forwarder.up();
    await once(client, "ready");
    await pause(100);
    expect(ledger.heldWrites?.()).toEqual([settle]);

    forwarder.resume();
    const deadline = Date.now() + 5_000;
    while ((await test.redis.hget(`${test.prefix}r:r1`, "state")) !== "settled" && Date.now() < deadline) await pause(25);
    expect(await test.redis.hget(`${test.prefix}r:r1`, "state")).toBe("settled");
    await pause(50);
    expect(ledger.heldWrites?.()).toEqual([]);
  }, 30_000);
});
