/**
 * Test helper: a client on the test Redis (`SWITCHYARD_TEST_REDIS_URL`, default 127.0.0.1:6379) with a
 * prefix unique to this run, and a cleanup that deletes the run's keys.
 * @module
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

/** Opens a client and a unique prefix for one test file. */
export function openTestRedis(url: string = "redis://127.0.0.1:6379"): { redis: Redis; prefix: string; cleanup(): Promise<void> } {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const prefix = `{sy-test-${randomUUID().slice(0, 8)}}:`;
  return {
    redis,
    prefix,
    async cleanup() {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== "0");
      await redis.quit();
    },
  };
}
