import { afterAll, describe, expect, it } from "vitest";
import type { OutcomeExample } from "../../learning/index.js";
import { createOnlineLearning } from "../../routing/online/online-learning.js";
import { openTestRedis } from "./redis-test-client.js";
import { createRedisOutcomeFeed } from "./redis-outcome-feed.js";

const { redis, prefix, cleanup } = openTestRedis(process.env.SWITCHYARD_TEST_REDIS_URL);
afterAll(cleanup);

const ARMS = ["budget", "mid", "standard", "premium"];
const example = (i: number): OutcomeExample => ({
  features: { v: 1, task: "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: (i % 10) / 10, tokens: 10 + i, hashed: [[i % 7, 1]] },
  tier: ARMS[i % 4] ?? "budget",
  model: "m",
  reward: i % 3 === 0 ? 0 : 1,
  weight: 1,
  costUsd: 0.001,
});

describe("online mode's Redis outcome feed", () => {
  it("gives every instance every outcome in one order, so their learners agree", async () => {
    const settings = { maxExploreShare: 0.05, minOutcomes: 200, seed: 1 };
    const a = createOnlineLearning({ arms: ARMS, settings, feed: createRedisOutcomeFeed(redis, { prefix, batch: 7 }), baseHash: "x" });
    const b = createOnlineLearning({ arms: ARMS, settings, feed: createRedisOutcomeFeed(redis, { prefix, batch: 7 }), baseHash: "x" });
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).observe(example(i))));
    await Promise.all([a.sync(), b.sync()]);
    expect(a.stats().outcomes).toBe(30);
    expect(b.stats()).toEqual(a.stats());
    await a.observe(example(30));
    await Promise.all([a.sync(), b.sync()]);
    expect([a.stats().outcomes, b.stats().outcomes]).toEqual([31, 31]);
  });

  it("skips an entry that is not an outcome (not JSON, fields missing, values out of range) and keeps the rest of the batch", async () => {
    const key = `${prefix}online:outcomes`;
    await redis.del(key);
    const settings = { maxExploreShare: 0.05, minOutcomes: 200, seed: 1 };
    const a = createOnlineLearning({ arms: ARMS, settings, feed: createRedisOutcomeFeed(redis, { prefix, batch: 50 }), baseHash: "x" });
    const good = (i: number): Promise<unknown> => redis.xadd(key, "*", "e", JSON.stringify(example(i)));
    await good(0);
    await redis.xadd(key, "*", "e", "not json");
    await good(1);
    await redis.xadd(key, "*", "e", JSON.stringify({ tier: "budget" }));
    // Another version's entry: a reward out of range (or a weight that is not a number) would be learned by every
    // instance that replays it.
    await redis.xadd(key, "*", "e", JSON.stringify({ ...example(2), reward: 7 }));
    await good(3);
    await a.sync();
    expect(a.stats()).toMatchObject({ outcomes: 3, skipped: 3 });
  });
});
