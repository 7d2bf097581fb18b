/**
 * A rate-limit hit whose Redis connection drops after the script ran, before its reply: ioredis reconnects and
 * resends the command, so the script runs twice. With the request's id it counts once.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { RESEND_WINDOW_IN_MS } from "../rate-limiter.js";
import { createRedisRateLimiter } from "./redis-rate-limiter.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
afterAll(() => test.cleanup());

describe("redis rate limiter, a hit resent after its reply was lost", () => {
  it("counts the request once", async () => {
    const forwarder = await startTcpForwarder(URL);
    const redis = new Redis(forwarder.urlFor(URL), { maxRetriesPerRequest: 2 });
    try {
      const limiter = createRedisRateLimiter(redis, { prefix: `${test.prefix}${randomUUID().slice(0, 8)}:` });
      const now = 3_000_000;
      await redis.ping();
      const before = forwarder.connections();
      forwarder.cutNextReply();
      const first = await limiter.hit({ key: "k", limitPerMinute: 2, now, requestId: "req_cut" });
      // The connection was cut and the command sent again on a new one: the script ran twice.
      expect(forwarder.connections()).toBeGreaterThan(before);
      expect(first).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
      expect(await limiter.hit({ key: "k", limitPerMinute: 2, now, requestId: "req_next" })).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
      expect((await limiter.hit({ key: "k", limitPerMinute: 2, now, requestId: "req_last" })).allowed).toBe(false);
    } finally {
      redis.disconnect();
      await forwarder.close();
    }
  });

  it("keeps a request's answer for the resend window, not the whole minute (one key per request)", async () => {
    const redis = new Redis(URL);
    try {
      const prefix = `${test.prefix}${randomUUID().slice(0, 8)}:`;
      await createRedisRateLimiter(redis, { prefix }).hit({ key: "k", limitPerMinute: 60, now: 4_000_000, requestId: "req_ttl" });
      const ttl = await redis.pttl(`${prefix}rl:k:req:req_ttl`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(RESEND_WINDOW_IN_MS);
    } finally {
      redis.disconnect();
    }
  });
});
