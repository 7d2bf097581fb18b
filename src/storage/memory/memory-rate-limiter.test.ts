import { describe, expect, it } from "vitest";
import { runRateLimiterContract } from "../rate-limiter.case.test.js";
import { RESEND_WINDOW_IN_MS } from "../rate-limiter.js";
import { createMemoryRateLimiter } from "./memory-rate-limiter.js";

describe("memory rate limiter", () => {
  runRateLimiterContract({ create: async () => createMemoryRateLimiter() });

  it("forgets a request's answer after the resend window: the same id later is a new hit, so answers do not pile up for a minute", async () => {
    const limiter = createMemoryRateLimiter();
    const now = 1_000_000;
    expect(await limiter.hit({ key: "k", limitPerMinute: 2, now, requestId: "req_a" })).toMatchObject({ allowed: true, remaining: 1 });
    expect(await limiter.hit({ key: "k", limitPerMinute: 2, now: now + RESEND_WINDOW_IN_MS, requestId: "req_a" })).toMatchObject({ remaining: 1 });
    expect(await limiter.hit({ key: "k", limitPerMinute: 2, now: now + RESEND_WINDOW_IN_MS + 1, requestId: "req_a" })).toMatchObject({ allowed: true, remaining: 0 });
  });
});
