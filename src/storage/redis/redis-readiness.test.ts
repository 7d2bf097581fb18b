/**
 * Readiness of a gateway's Redis does not flap (ADR 0022), like Postgres's: one unanswered PING keeps it ready (and
 * the connection), `storage.redis_unready_after_failed_probes` in a row (default 2) take it out and drop the silent
 * connection, and once a PING is answered again it is back. Real Redis behind a TCP forwarder that holds every byte
 * (a server busy for a moment, or a partition, which no error reveals).
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { openStorage, type Storage } from "../open-storage.js";
import { REDIS_COMMAND_TIMEOUT_MS } from "./open-redis-stores.js";
import { valuesSeenWhile } from "../../testing/values-seen-while.js";
import { watchRedisHealth, type RedisHealthWatch } from "./redis-health-watch.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const PING_TIMEOUT_MS = 200;
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function stallableForwarder(): Promise<TcpForwarder> {
  const forwarder = await startTcpForwarder(URL);
  opened.push({ close: async () => (forwarder.resume(), await forwarder.close()) });
  return forwarder;
}

/** A client as open-storage.ts makes it (fast timeout), watched, with its PINGs observed. */
async function watchedClient(forwarder: TcpForwarder): Promise<{ redis: Redis; watch: RedisHealthWatch; nextPing(): Promise<"answered" | "failed"> }> {
  const redis = new Redis(forwarder.urlFor(URL), { maxRetriesPerRequest: 2, lazyConnect: true, enableOfflineQueue: false, commandTimeout: PING_TIMEOUT_MS });
  redis.on("error", () => {});
  await redis.connect();
  const pings = vi.spyOn(redis, "ping");
  const watch = watchRedisHealth(redis, { intervalInMs: 100 });
  opened.push({ close: async () => (watch.stop(), redis.disconnect()) });
  /** The outcome of the first PING the watch sends from now on, once it is known (the watch has counted it by then). */
  const nextPing = async (): Promise<"answered" | "failed"> => {
    const from = pings.mock.results.length;
    const deadline = Date.now() + 3_000;
    while (pings.mock.results.length <= from && Date.now() < deadline) await pause(5);
    const sent = pings.mock.results[from];
    if (!sent) throw new Error("no PING sent within 3 s");
    return (sent.value as Promise<unknown>).then(
      () => "answered" as const,
      () => "failed" as const,
    );
  };
  return { redis, watch, nextPing };
}

describe("Redis readiness", () => {
  it("stays ready through one unanswered PING, turns off after two in a row, and is back once one is answered", async () => {
    const forwarder = await stallableForwarder();
    const { redis, watch, nextPing } = await watchedClient(forwarder);
    const ready = (): boolean => redis.status === "ready" && watch.answering();
    expect(await nextPing()).toBe("answered");
    // Stalled right after an answer: the next PING is held until it times out, then the stall ends.
    const seen = await valuesSeenWhile(ready, async () => {
      forwarder.stall();
      expect(await nextPing()).toBe("failed");
      forwarder.resume();
      expect(await nextPing()).toBe("answered");
    }, { everyInMs: 5 });
    expect([...seen]).toEqual([true]);
    expect(forwarder.connections()).toBe(1);

    expect(await nextPing()).toBe("answered");
    forwarder.stall();
    expect(await nextPing()).toBe("failed");
    expect(ready()).toBe(true);
    expect(await nextPing()).toBe("failed");
    expect(ready()).toBe(false);
    forwarder.resume();
    // The silent connection was dropped; a new one that answers makes it ready again.
    const deadline = Date.now() + 5_000;
    while (!ready() && Date.now() < deadline) await pause(10);
    expect(ready()).toBe(true);
    expect(forwarder.connections()).toBe(2);
    expect(await nextPing()).toBe("answered");
    expect(ready()).toBe(true);
  }, 20_000);

  it("storage.redis_unready_after_failed_probes: 1 turns a gateway's Redis off at the first unanswered PING", async () => {
    const forwarder = await stallableForwarder();
    const storage: Storage = await openStorage({
      storage: { sqlite: ":memory:", redis_url: forwarder.urlFor(URL), redis_unready_after_failed_probes: 1 },
      cwd: process.cwd(),
      namespace: `sy-ready-${process.pid}-${Date.now()}`,
      retryInBackground: {},
    });
    opened.push(storage);
    expect(storage.readiness()).toEqual({ redis: "ready" });
    forwarder.stall();
    const stalledAt = Date.now();
    const deadline = stalledAt + 10_000;
    while (storage.readiness().redis === "ready" && Date.now() < deadline) await pause(20);
    expect(storage.readiness()).toEqual({ redis: "unavailable" });
    // The first PING after the stall (within a second) times out: the second could not fail before 4 s.
    expect(Date.now() - stalledAt).toBeLessThan(REDIS_COMMAND_TIMEOUT_MS * 2 - 300);
    forwarder.resume();
  }, 20_000);
});
