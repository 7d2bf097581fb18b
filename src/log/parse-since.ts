/**
 * Parses `--since` / `?since=`: a duration back from now (`30m`, `24h`, `7d`, `4w`) or an ISO date.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";

const UNIT_IN_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A duration of no length (`0m`, `0.0h`). */
const ZERO_DURATION = /^0+(?:\.0+)?\s*[mhdw]$/i;

/** The largest time a JavaScript date holds (±8.64e15 ms from 1970). */
const MAX_TIME_MS = 8.64e15;

/** True when YYYY-MM-DD names a day that exists (2026-02-30 does not: `Date.parse` would roll it into March). */
function realDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/**
 * The start of a period `back` ms long ending now. A duration of no length is an empty period, and one reaching
 * back before 1970 (`99999999d`, about 274,000 years) is no time the log can hold: a report printed "Spend from
 * -271764-03-23", and past the largest date "Invalid since" without saying why. Both are named.
 */
function durationStart(value: string, now: number, back: number, name: string): number {
  if (back === 0) throw new InvalidRequestError(`${name} "${value}" is a period of no length; use a duration such as 30m, 24h or 7d.`, { param: "since" });
  if (now - back >= 0) return now - back;
  const days = Math.floor(now / 86_400_000);
  throw new InvalidRequestError(
    `${name} "${value}" reaches back before 1970-01-01, the earliest time a decision can carry (${days.toLocaleString("en-US")} days ago); for everything the log holds use 1970-01-01, or a shorter duration.`,
    { param: "since" },
  );
}

/**
 * The start of the period, ms since epoch. `flag` (`--since`) is the command-line flag the value came from: its
 * errors name it, in the CLI's style for flags, instead of the query parameter `since`.
 */
export function parseSince(value: string, now: number, { future = false, flag }: { future?: boolean; flag?: string } = {}): number {
  const name = flag ?? "since";
  const text = value.trim();
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(text);
  const back = match ? Number(match[1]) * (UNIT_IN_MS[(match[2] ?? "d").toLowerCase()] ?? 0) : Number.NaN;
  if (match) return durationStart(value, now, back, name);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && realDay(text.slice(0, 10))) {
    const parsed = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
    if (Number.isFinite(parsed) && parsed > now && !future) {
      throw new InvalidRequestError(`${name} "${value}" is in the future: the period from then to now is empty.`, { param: "since" });
    }
    if (Number.isFinite(parsed)) return parsed;
  }
  const forms = "a duration such as 30m, 24h, 7d or 4w, or a date such as 2026-11-01";
  throw new InvalidRequestError(flag ? `${flag} must be ${forms} (got "${value}").` : `Invalid since "${value}". Use ${forms}.`, { param: "since" });
}

/**
 * Parses a point in time for `?since=` / `?until=`: a duration back from now, an ISO date or date-time, or ms
 * since epoch (digits only).
 */
export function parseTime(value: string, now: number, param: "since" | "until" = "since"): number {
  const text = value.trim();
  // Past the largest time a date holds there is no instant: a report would fail to print its period (a 500).
  if (/^\d{9,}$/.test(text) && Number(text) <= MAX_TIME_MS) return Number(text);
  // An until no length back (`0m`) is now, the end of a period reaching to the present: only a since of no length
  // makes a period empty (parseSince refuses that one).
  if (param === "until" && ZERO_DURATION.test(text)) return now;
  try {
    // An end of period may lie ahead (the dashboard's "to: today 23:59"); a start is checked against the end.
    return parseSince(text, now, { future: true });
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
  // Without an until the period ends now: a since ahead of it is the mistake (a link from the dashboard with
  // since=2099-01-01 was told "until must be after since", of an until nobody gave).
  if (input.until === undefined && since >= until) {
    throw new InvalidRequestError(`since "${input.since ?? defaultSince}" is in the future: the period from then to now is empty.`, { param: "since" });
  }
  if (until <= since) throw new InvalidRequestError(`The period is empty: until must be after since.`, { param: "until" });
  return { since, until };
}
