/**
 * Reads how long an upstream asked us to wait, from `retry-after-ms` or `Retry-After`.
 * @module
 */

/**
 * Milliseconds to wait, from `retry-after-ms` (ms) or `retry-after` (seconds or an HTTP date), or undefined
 * when neither is present or parseable. Negative waits become 0.
 */
export function parseRetryAfterMs(
  headers: Record<string, string | string[] | undefined>,
  now: number = Date.now(),
): number | undefined {
  const milliseconds = firstValue(headers["retry-after-ms"]);
  if (milliseconds !== undefined) {
    const value = Number(milliseconds);
    if (Number.isFinite(value)) return Math.max(0, value);
  }
  const retryAfter = firstValue(headers["retry-after"]);
  if (retryAfter === undefined) return undefined;
  const seconds = Number(retryAfter);
  if (retryAfter.trim() !== "" && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
