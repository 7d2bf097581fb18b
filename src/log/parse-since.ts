/**
 * Parses `--since` / `?since=`: a duration back from now (`30m`, `24h`, `7d`, `4w`) or an ISO date.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";

const UNIT_IN_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The start of the period, ms since epoch. */
export function parseSince(value: string, now: number): number {
  const text = value.trim();
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(text);
  if (match) return now - Number(match[1]) * (UNIT_IN_MS[(match[2] ?? "d").toLowerCase()] ?? 0);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const parsed = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
    if (Number.isFinite(parsed)) return parsed;
  }
  throw new InvalidRequestError(
    `Invalid since "${value}". Use a duration such as 30m, 24h, 7d or 4w, or a date such as 2026-11-01.`,
    { param: "since" },
  );
}

/**
 * Parses a point in time for `?since=` / `?until=`: a duration back from now, an ISO date or date-time, or ms
 * since epoch (digits only).
 */
export function parseTime(value: string, now: number, param: "since" | "until" = "since"): number {
  const text = value.trim();
  if (/^\d{9,}$/.test(text)) return Number(text);
  try {
    return parseSince(text, now);
  } catch {
    throw new InvalidRequestError(
      `Invalid ${param} "${value}". Use a duration such as 30m, 24h, 7d or 4w, a date such as 2026-11-01, or ms since epoch.`,
      { param },
    );
  }
}

/** `since` and `until` of a request: `since` defaults to `defaultSince` back from now, `until` to now (inclusive). */
export function parsePeriod(input: { since?: string | undefined; until?: string | undefined }, now: number, defaultSince: string): { since: number; until: number } {
  const since = parseTime(input.since ?? defaultSince, now, "since");
  const until = input.until === undefined ? now + 1 : parseTime(input.until, now, "until");
  if (until <= since) throw new InvalidRequestError(`The period is empty: until must be after since.`, { param: "until" });
  return { since, until };
}
