/**
 * The Redis Retry-After holds: a hold set on one client reaches the other through pub/sub, a shorter hold never
 * cuts a longer one, and a store opened later loads the live holds and drops the expired ones.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createRedisRetryAfterHolds } from "./redis-retry-after-holds.js";
import { openTestRedis } from "./redis-test-client.js";

const { redis, prefix, cleanup } = openTestRedis(process.env.SWITCHYARD_TEST_REDIS_URL);
afterAll(cleanup);

const until = async (condition: () => boolean): Promise<void> => {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error("condition not met within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe("redis Retry-After holds", () => {
  it("share holds between instances, keep the longest, and load live ones at start", async () => {
    const clock = { now: () => 1_000_000 };
    const a = await createRedisRetryAfterHolds(redis, { clock, prefix });
    const b = await createRedisRetryAfterHolds(redis, { clock, prefix });
    await a.hold("m/limited", 1_005_000);
    await until(() => b.heldUntil("m/limited") === 1_005_000);
    await b.hold("m/limited", 1_002_000); // shorter: ignored everywhere
    await a.hold("m/old", 999_000); // already over when the next instance starts
    expect(await redis.hget(`${prefix}holds`, "m/limited")).toBe("1005000");
    const c = await createRedisRetryAfterHolds(redis, { clock, prefix });
    expect(c.heldUntil("m/limited")).toBe(1_005_000);
    expect(c.heldUntil("m/old")).toBe(0);
    expect(await redis.hexists(`${prefix}holds`, "m/old")).toBe(0);
    expect(c.heldUntil("m/other")).toBe(0);
    for (const holds of [a, b, c]) await holds.close();
  });
});
