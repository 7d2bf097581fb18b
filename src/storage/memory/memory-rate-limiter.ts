/**
 * An in-process RateLimiter: right for one gateway instance; use the Redis one for several.
 * @module
 */
import { gcraRemaining, gcraStep, RATE_WINDOW_IN_MS, RESEND_WINDOW_IN_MS, type RateLimitDecision, type RateLimiter } from "../rate-limiter.js";

/** Creates an in-memory rate limiter. Idle keys are forgotten once their bucket is full again. */
export function createMemoryRateLimiter(): RateLimiter {
  const tats = new Map<string, number>();
  // Answers given to requests with an id, so the same request hitting again is counted once (the Redis limiter's
  // contract; nothing resends here, but both adapters keep one contract).
  const answered = new Map<string, { decision: RateLimitDecision; at: number }>();
  let lastPruneAt = 0;
  let lastAnswerPruneAt = 0;
  return {
    async hit({ key, limitPerMinute, now, requestId }) {
      if (now - lastPruneAt > RATE_WINDOW_IN_MS) {
        lastPruneAt = now;
        for (const [k, tat] of tats) if (tat <= now) tats.delete(k);
      }
      if (now - lastAnswerPruneAt > RESEND_WINDOW_IN_MS) {
        lastAnswerPruneAt = now;
        for (const [k, answer] of answered) if (now - answer.at > RESEND_WINDOW_IN_MS) answered.delete(k);
      }
      const seenKey = requestId === undefined ? undefined : `${key}\n${requestId}`;
      const seen = seenKey === undefined ? undefined : answered.get(seenKey);
      if (seen && now - seen.at <= RESEND_WINDOW_IN_MS) return seen.decision;
      const { decision, tat } = gcraStep(tats.get(key), limitPerMinute, now);
      if (tat !== undefined) tats.set(key, tat);
      if (seenKey !== undefined) answered.set(seenKey, { decision, at: now });
      return decision;
    },
    async peek({ key, limitPerMinute, now }) {
      return gcraRemaining(tats.get(key), limitPerMinute, now);
    },
    async close() {},
  };
}
