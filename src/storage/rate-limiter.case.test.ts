/**
 * The contract every RateLimiter passes. Each adapter's test calls `runRateLimiterContract`.
 * @module
 */
import { afterEach, describe, expect, it } from "vitest";
import type { RateLimiter } from "./rate-limiter.js";

/** How the contract gets a fresh limiter. */
export interface RateLimiterContractOptions {
  create(): Promise<RateLimiter>;
}

/** Runs the RateLimiter contract. */
export function runRateLimiterContract({ create }: RateLimiterContractOptions): void {
  let limiter: RateLimiter | undefined;
  afterEach(async () => limiter?.close());

  describe("rate limiter contract", () => {
    it("peeks at what is left without counting a request (a key reading its own status)", async () => {
      const l = (limiter = await create());
      const now = 2_000_000;
      expect(await l.peek({ key: "p", limitPerMinute: 3, now })).toBe(3);
      await l.hit({ key: "p", limitPerMinute: 3, now });
      expect(await l.peek({ key: "p", limitPerMinute: 3, now })).toBe(2);
      expect(await l.peek({ key: "p", limitPerMinute: 3, now })).toBe(2);
      await l.hit({ key: "p", limitPerMinute: 3, now });
      await l.hit({ key: "p", limitPerMinute: 3, now });
      expect(await l.peek({ key: "p", limitPerMinute: 3, now })).toBe(0);
      expect(await l.peek({ key: "p", limitPerMinute: 3, now: now + 20_000 })).toBe(1);
      expect((await l.hit({ key: "p", limitPerMinute: 3, now: now + 20_000 })).allowed).toBe(true);
    });

    it("allows a burst of the limit, then says how long to wait", async () => {
      const l = (limiter = await create());
      const now = 1_000_000;
      const hits = [];
      for (let i = 0; i < 4; i += 1) hits.push(await l.hit({ key: "k1", limitPerMinute: 3, now }));
      expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
      expect(hits.map((h) => h.remaining)).toEqual([2, 1, 0, 0]);
      expect(hits[3]?.retryAfterMs).toBe(20_000);
      expect((await l.hit({ key: "k1", limitPerMinute: 3, now: now + 19_999 })).allowed).toBe(false);
      expect((await l.hit({ key: "k1", limitPerMinute: 3, now: now + 20_000 })).allowed).toBe(true);
      expect((await l.hit({ key: "k2", limitPerMinute: 3, now })).allowed).toBe(true);
    });

    it("counts a request hitting again with the same id once, and answers it as the first time", async () => {
      const l = (limiter = await create());
      const now = 2_000_000;
      const first = await l.hit({ key: "once", limitPerMinute: 2, now, requestId: "req_a" });
      expect(await l.hit({ key: "once", limitPerMinute: 2, now, requestId: "req_a" })).toEqual(first);
      expect(first).toMatchObject({ allowed: true, remaining: 1 });
      expect(await l.hit({ key: "once", limitPerMinute: 2, now, requestId: "req_b" })).toMatchObject({ allowed: true, remaining: 0 });
      expect((await l.hit({ key: "once", limitPerMinute: 2, now, requestId: "req_c" })).allowed).toBe(false);
      // The same id on another key is another request.
      expect((await l.hit({ key: "other", limitPerMinute: 2, now, requestId: "req_a" })).remaining).toBe(1);
    });

    it("counts every request at a high limit at a wall-clock time (a stored time kept to the millisecond's fraction)", async () => {
      // Redis kept the theoretical arrival time with Lua's tostring (14 significant digits): at a wall-clock time in
      // milliseconds (13 digits) it kept a tenth of a millisecond, so above 1.2 million a minute (an interval under
      // 0.05 ms) a request never moved it, and nothing was ever counted.
      const l = (limiter = await create());
      const now = Date.UTC(2026, 11, 6, 12);
      const hits = [];
      for (let i = 0; i < 3; i += 1) hits.push(await l.hit({ key: "fast", limitPerMinute: 1_500_000, now }));
      // (The first is 1,499,998 rather than 1,499,999: 0.04 ms is not exact in binary, in Lua as in JavaScript.)
      expect(hits.map((h) => h.remaining)).toEqual([1_499_998, 1_499_997, 1_499_996]);
    });

    it("lets exactly the limit through when 100 requests race", async () => {
      const l = (limiter = await create());
      const results = await Promise.all(Array.from({ length: 100 }, () => l.hit({ key: "race", limitPerMinute: 10, now: 5_000 })));
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
    });
  });
}
