/**
 * An in-process RateLimiter: right for one gateway instance; use the Redis one for several.
 * @module
 */
import { gcraStep, RATE_WINDOW_IN_MS, type RateLimiter } from "../rate-limiter.js";

/** Creates an in-memory rate limiter. Idle keys are forgotten once their bucket is full again. */
export function createMemoryRateLimiter(): RateLimiter {
  const tats = new Map<string, number>();
  let lastPruneAt = 0;
  return {
    async hit({ key, limitPerMinute, now }) {
      if (now - lastPruneAt > RATE_WINDOW_IN_MS) {
        lastPruneAt = now;
        for (const [k, tat] of tats) if (tat <= now) tats.delete(k);
      }
      const { decision, tat } = gcraStep(tats.get(key), limitPerMinute, now);
      if (tat !== undefined) tats.set(key, tat);
      return decision;
    },
    async close() {},
  };
}
