/**
 * Per-key request rate limits. Implementations use GCRA (a token bucket held as one timestamp): a key with
 * `limitPerMinute = N` may burst N requests, then gets one more every 60/N seconds.
 * @module
 */

/** The answer to one request. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Requests still allowed right now. */
  remaining: number;
  /** When refused: how long until one request fits. 0 when allowed. */
  retryAfterMs: number;
}

/** A shared counter of requests per key. */
export interface RateLimiter {
  /**
   * Counts one request for `key` when it fits. With `requestId`, the same request hitting again within
   * {@link RESEND_WINDOW_IN_MS} (a Redis command resent after its connection dropped before the reply) is answered as
   * the first time and counted once.
   */
  hit(input: { key: string; limitPerMinute: number; now: number; requestId?: string }): Promise<RateLimitDecision>;
  /** Requests still allowed for `key` right now, counting none (a key reading its own status, `GET /v1/key`). */
  peek(input: { key: string; limitPerMinute: number; now: number }): Promise<number>;
  close(): Promise<void>;
}

/** One minute: the window limits are expressed in. */
export const RATE_WINDOW_IN_MS = 60_000;

/**
 * How long a request's answer is kept for a resend: ioredis resends an unanswered command as soon as it reconnects, so
 * seconds cover it; keeping it for the whole minute held one entry per request (tens of MB at a few thousand req/s).
 */
export const RESEND_WINDOW_IN_MS = 10_000;

/** GCRA step shared by the implementations: given the stored theoretical arrival time, decide and return the new one. */
export function gcraStep(
  storedTat: number | undefined,
  limitPerMinute: number,
  now: number,
): { decision: RateLimitDecision; tat: number | undefined } {
  if (limitPerMinute <= 0) return { decision: { allowed: false, remaining: 0, retryAfterMs: RATE_WINDOW_IN_MS }, tat: undefined };
  const interval = RATE_WINDOW_IN_MS / limitPerMinute;
  const tat = Math.max(storedTat ?? now, now);
  const next = tat + interval;
  const ahead = next - now;
  if (ahead > RATE_WINDOW_IN_MS) {
    return { decision: { allowed: false, remaining: 0, retryAfterMs: Math.ceil(ahead - RATE_WINDOW_IN_MS) }, tat: undefined };
  }
  return { decision: { allowed: true, remaining: Math.floor((RATE_WINDOW_IN_MS - ahead) / interval), retryAfterMs: 0 }, tat: next };
}

/** What {@link gcraStep} would answer as `remaining` for the next request, from the stored theoretical arrival time, without counting it. */
export function gcraRemaining(storedTat: number | undefined, limitPerMinute: number, now: number): number {
  if (limitPerMinute <= 0) return 0;
  const interval = RATE_WINDOW_IN_MS / limitPerMinute;
  const ahead = Math.max(storedTat ?? now, now) - now;
  return Math.max(0, Math.floor((RATE_WINDOW_IN_MS - ahead) / interval));
}
