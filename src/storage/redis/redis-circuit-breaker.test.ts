import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { runCircuitBreakerContract } from "../../routing/fallback/circuit-breaker.case.test.js";
import { openStorage } from "../open-storage.js";
import { createRedisCircuitBreaker } from "./redis-circuit-breaker.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
/** A second connection: the second gateway instance. */
const other = new Redis(URL, { maxRetriesPerRequest: 2 });
afterAll(async () => {
  await other.quit();
  await test.cleanup();
});
/** A fresh namespace inside this run's prefix, so each contract test starts empty. */
const fresh = () => `${test.prefix}${randomUUID().slice(0, 8)}:`;

describe("redis circuit breaker", () => {
  // The contract runs without the local "closed" cache: it checks the shared state itself.
  runCircuitBreakerContract({
    create: async (settings, clock) => createRedisCircuitBreaker(test.redis, { settings, clock, prefix: fresh(), closedCacheMs: 0 }),
    createShared: async (settings, clock) => {
      const prefix = fresh();
      return [
        createRedisCircuitBreaker(test.redis, { settings, clock, prefix, closedCacheMs: 0 }),
        createRedisCircuitBreaker(other, { settings, clock, prefix, closedCacheMs: 0 }),
      ];
    },
  });

  it("trusts a cached closed state for closedCacheMs, then sees the circuit another instance opened", async () => {
    const clock = { time: 5_000, now() { return this.time; } };
    const settings = { failures: 2, windowMs: 10_000, cooldownMs: 5_000 };
    const prefix = fresh();
    const a = createRedisCircuitBreaker(test.redis, { settings, clock, prefix, closedCacheMs: 250 });
    const b = createRedisCircuitBreaker(other, { settings, clock, prefix, closedCacheMs: 250 });
    expect(await a.acquire("m")).toBe(true); // a now trusts "closed" until 5_250
    await b.record("m", "failure");
    await b.record("m", "failure");
    expect(await b.acquire("m")).toBe(false);
    clock.time = 5_200;
    expect(await a.acquire("m")).toBe(true); // stale by design, at most 250 ms
    clock.time = 5_251;
    expect(await a.acquire("m")).toBe(false);
  });

  it("answers a routing read of the state from the same closed cache (no round trip per continuing conversation), while state() reads Redis", async () => {
    const clock = { time: 5_000, now() { return this.time; } };
    const settings = { failures: 2, windowMs: 10_000, cooldownMs: 5_000 };
    const prefix = fresh();
    const a = createRedisCircuitBreaker(test.redis, { settings, clock, prefix, closedCacheMs: 250 });
    const b = createRedisCircuitBreaker(other, { settings, clock, prefix, closedCacheMs: 250 });
    expect(await a.routingState("m")).toBe("closed"); // read from Redis, then trusted until 5_250
    await b.record("m", "failure");
    await b.record("m", "failure");
    clock.time = 5_200;
    expect(await a.routingState("m")).toBe("closed"); // stale by design, as acquire's, at most 250 ms
    expect(await a.state("m")).toBe("open"); // reports always read the shared state
    clock.time = 5_251;
    expect(await a.routingState("m")).toBe("open");
    expect(await a.routingState("m")).toBe("open"); // an open circuit is never cached
  });

  it("drops its own cached closed state as soon as its own failures open the circuit", async () => {
    const clock = { time: 5_000, now() { return this.time; } };
    const a = createRedisCircuitBreaker(test.redis, { settings: { failures: 2, windowMs: 10_000, cooldownMs: 5_000 }, clock, prefix: fresh() });
    expect(await a.acquire("m")).toBe(true);
    await a.record("m", "failure");
    await a.record("m", "failure");
    expect(await a.acquire("m")).toBe(false);
  });

  it("frees a probe whose holder vanished after the lease", async () => {
    const clock = { time: 0, now() { return this.time; } };
    const settings = { failures: 1, windowMs: 1_000, cooldownMs: 100 };
    const prefix = fresh();
    const a = createRedisCircuitBreaker(test.redis, { settings, clock, prefix, closedCacheMs: 0, probeLeaseMs: 1_000 });
    const b = createRedisCircuitBreaker(other, { settings, clock, prefix, closedCacheMs: 0, probeLeaseMs: 1_000 });
    await a.record("m", "failure");
    clock.time = 200;
    expect(await a.acquire("m")).toBe(true); // a takes the probe and never reports (crashed)
    expect(await b.acquire("m")).toBe(false);
    clock.time = 1_201;
    expect(await b.acquire("m")).toBe(true);
  });

  it("fails open when Redis is unreachable, reports the error, and reports the state as unreadable rather than closed", async () => {
    const dead = new Redis("redis://127.0.0.1:1", { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    const errors: unknown[] = [];
    const breaker = createRedisCircuitBreaker(dead, { settings: { failures: 1, windowMs: 1_000, cooldownMs: 1_000 }, clock: { now: () => 0 }, onError: (e) => errors.push(e) });
    await breaker.record("m", "failure");
    expect(await breaker.acquire("m")).toBe(true);
    await expect(breaker.state("m")).rejects.toThrow();
    await expect(Promise.resolve(breaker.openUntil?.("m"))).rejects.toThrow();
    expect(errors.length).toBe(4);
    dead.disconnect();
  });

  it("openStorage offers a shared breaker only when redis_url is set", async () => {
    const namespace = `sy-test-${randomUUID().slice(0, 8)}`;
    const settings = { failures: 1, windowMs: 1_000, cooldownMs: 60_000 };
    const clock = { now: () => 1_000 };
    const local = await openStorage({ storage: { sqlite: ":memory:" }, cwd: "/" });
    expect(local.sharedBreaker).toBeUndefined();
    await local.close();
    const one = await openStorage({ storage: { sqlite: ":memory:", redis_url: URL }, cwd: "/", namespace });
    const two = await openStorage({ storage: { sqlite: ":memory:", redis_url: URL }, cwd: "/", namespace });
    try {
      await one.sharedBreaker?.({ settings, clock }).record("m", "failure");
      expect(await two.sharedBreaker?.({ settings, clock }).state("m")).toBe("open");
    } finally {
      await test.redis.del(`{${namespace}}:cb:m`, `{${namespace}}:cbf:m`);
      await one.close();
      await two.close();
    }
  });
});
