/**
 * The breaker's scripts run again when ioredis resends a command whose connection dropped after the script ran,
 * before its reply. With the call's id, the second run answers as the first did and changes nothing: a failure is
 * counted once, a granted probe stays its holder's, and a freed probe is not freed again after another took it.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { RESEND_WINDOW_IN_MS } from "../rate-limiter.js";
import { createRedisCircuitBreaker } from "./redis-circuit-breaker.js";
import { ACQUIRE_SCRIPT, RECORD_SCRIPT } from "./redis-circuit-breaker-scripts.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
afterAll(() => test.cleanup());

const KEEP_MS = 86_400_000;
const SETTINGS = { failures: 2, windowMs: 10_000, cooldownMs: 5_000 };

/** The keys of one model in a fresh namespace, and the scripts called as the breaker calls them. */
function circuit() {
  const prefix = `${test.prefix}${randomUUID().slice(0, 8)}:`;
  const keys = { circuit: `${prefix}cb:m`, outcomes: `${prefix}cbo:m`, answer: (id: string) => `${prefix}cbc:m:${id}` };
  const record = (id: string, outcome: string, now: number) =>
    test.redis.eval(RECORD_SCRIPT, 3, keys.circuit, keys.outcomes, keys.answer(id), outcome, now, SETTINGS.windowMs, SETTINGS.failures, SETTINGS.cooldownMs, id, KEEP_MS, "", RESEND_WINDOW_IN_MS) as Promise<number>;
  const acquire = (id: string, now: number) => test.redis.eval(ACQUIRE_SCRIPT, 2, keys.circuit, keys.answer(id), now, 1_000, KEEP_MS, RESEND_WINDOW_IN_MS) as Promise<number>;
  return { prefix, keys, record, acquire };
}

describe("redis circuit breaker scripts, a call run twice with the same id", () => {
  it("counts a failure once: the second run neither adds to the outcomes nor opens the circuit", async () => {
    const { keys, record } = circuit();
    expect(await record("call_1", "failure", 1_000)).toBe(0);
    expect(await record("call_1", "failure", 1_000)).toBe(0);
    expect(await test.redis.lrange(keys.outcomes, 0, -1)).toEqual(["f:1000"]);
    expect(await test.redis.hexists(keys.circuit, "open_until")).toBe(0);
    // Another call is another failure: two of them open the circuit, as the settings say.
    expect(await record("call_2", "failure", 1_100)).toBe(1);
    expect(await test.redis.hget(keys.circuit, "open_until")).toBe("6100");
  });

  it("counts a success once among the latest outcomes", async () => {
    const { keys, record } = circuit();
    await record("call_f", "failure", 1_000);
    await record("call_s", "success", 1_050);
    await record("call_s", "success", 1_050);
    expect(await test.redis.lrange(keys.outcomes, 0, -1)).toEqual(["s:1050", "f:1000"]);
  });

  it("gives a resent probe grant to its own caller, still one probe, and keeps its answer only for the resend window", async () => {
    const { keys, record, acquire } = circuit();
    await record("open_1", "failure", 1_000);
    await record("open_2", "failure", 1_000);
    expect(await acquire("probe_a", 7_000)).toBe(2);
    const lease = await test.redis.hget(keys.circuit, "probe_until");
    // The resend: still the probe (it was refused before, and the model then waited for the lease with no probe out).
    expect(await acquire("probe_a", 7_000)).toBe(2);
    expect(await test.redis.hget(keys.circuit, "probe_until")).toBe(lease);
    expect(await acquire("probe_b", 7_000)).toBe(0);
    const ttl = await test.redis.pttl(keys.answer("probe_a"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(RESEND_WINDOW_IN_MS);
    // A call that changed nothing keeps no answer.
    expect(await test.redis.exists(keys.answer("probe_b"))).toBe(0);
  });

  it("does not free, on a resend, the probe another instance took after the first run freed it", async () => {
    const { keys, record, acquire } = circuit();
    await record("open_1", "failure", 1_000);
    await record("open_2", "failure", 1_000);
    expect(await acquire("probe_a", 7_000)).toBe(2);
    await record("abandon_a", "abandoned", 7_010);
    expect(await acquire("probe_b", 7_020)).toBe(2);
    await record("abandon_a", "abandoned", 7_010);
    expect(await test.redis.hget(keys.circuit, "probe_until")).toBe("8020");
    expect(await acquire("probe_c", 7_030)).toBe(0);
  });
});

describe("redis circuit breaker, a record resent after its reply was lost", () => {
  it("counts the failure once", async () => {
    const forwarder = await startTcpForwarder(URL);
    const redis = new Redis(forwarder.urlFor(URL), { maxRetriesPerRequest: 2 });
    try {
      const { prefix, keys } = circuit();
      const breaker = createRedisCircuitBreaker(redis, { settings: SETTINGS, clock: { now: () => 1_000 }, prefix, closedCacheMs: 0 });
      await redis.ping();
      const before = forwarder.connections();
      forwarder.cutNextReply();
      await breaker.record("m", "failure");
      // The connection was cut and the command sent again on a new one: the script ran twice.
      expect(forwarder.connections()).toBeGreaterThan(before);
      expect(await test.redis.llen(keys.outcomes)).toBe(1);
      expect(await breaker.state("m")).toBe("closed");
      await breaker.record("m", "failure");
      expect(await breaker.state("m")).toBe("open");
    } finally {
      redis.disconnect();
      await forwarder.close();
    }
  });
});
