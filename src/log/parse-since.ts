/**
 * The one reading of a point in time for `--since` (every CLI command that takes it) and `?since=` / `?until=`
 * (every admin route that takes them): a duration back from now (`30m`, `24h`, `7d`, `4w`), an ISO date or
 * date-time (`2026-11-01`, `2026-11-01T12:00:00Z`), or ms since epoch (nine digits or more). The CLI and the admin
 * routes read the same forms and refuse the same values in the same words (naming the flag or the parameter):
 * `report --since` took no ms since epoch while `/api/report?since=` did, and the decision filters called a
 * duration reaching back before 1970 "Invalid" while `/api/experiments` said why.
 * @module
 */
import { quoteSentText } from "../core/quote-sent-text.js";
import { InvalidRequestError } from "../core/errors/index.js";

const UNIT_IN_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The largest time a JavaScript date holds (±8.64e15 ms from 1970). */
const MAX_TIME_MS = 8.64e15;

/** The forms a time takes, as every error lists them. */
const FORMS = "a duration such as 30m, 24h, 7d or 4w, a date such as 2026-11-01 (or 2026-11-01T12:00:00Z), or ms since epoch";

/** Which end of a period a time is, and the name its errors use (a CLI flag such as `--since`, else the parameter). */
interface TimeRole {
  param: "since" | "until";
  flag: string | undefined;
}

/** True when YYYY-MM-DD names a day that exists (2026-02-30 does not: `Date.parse` would roll it into March). */
function realDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/**
 * The time `back` ms before now. A since of no length is an empty period (an until of no length is now, the end of
 * a period reaching to the present), and one reaching back before 1970 (`99999999d`, about 274,000 years) is no
 * time the log can hold: a report printed "Spend from -271764-03-23", and past the largest date "Invalid since"
 * without saying why. Both are named.
 */
function durationBack(value: string, now: number, back: number, role: TimeRole): number {
  const name = role.flag ?? role.param;
  if (back === 0 && role.param === "until") return now;
  if (back === 0) throw new InvalidRequestError(`${name} ${quoteSentText(value, 64)} is a period of no length; use a duration such as 30m, 24h or 7d.`, { param: role.param });
  if (now - back >= 0) return now - back;
  const days = Math.floor(now / 86_400_000);
  throw new InvalidRequestError(
    `${name} ${quoteSentText(value, 64)} reaches back before 1970-01-01, the earliest time a decision can carry (${days.toLocaleString("en-US")} days ago); for everything the log holds use 1970-01-01, or a shorter duration.`,
    { param: role.param },
  );
}

/** The time `value` names, ms since epoch, or a 400 naming the flag or parameter; it may lie ahead of now. */
function readTime(value: string, now: number, role: TimeRole): number {
  const text = value.trim();
  // Past the largest time a date holds there is no instant: a report would fail to print its period (a 500).
  if (/^\d{9,}$/.test(text) && Number(text) <= MAX_TIME_MS) return Number(text);
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(text);
  if (match) return durationBack(value, now, Number(match[1]) * (UNIT_IN_MS[(match[2] ?? "d").toLowerCase()] ?? 0), role);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && realDay(text.slice(0, 10))) {
    const parsed = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
    if (Number.isFinite(parsed)) return parsed;
  }
  const message = role.flag ? `${role.flag} must be ${FORMS} (got ${quoteSentText(value, 64)}).` : `Invalid ${role.param} ${quoteSentText(value, 64)}. Use ${FORMS}.`;
  throw new InvalidRequestError(message, { param: role.param });
}

/**
 * The start of a period that ends now, ms since epoch: a start ahead of now is an empty period, refused. `flag`
 * (`--since`) is the command-line flag the value came from: its errors name it instead of the parameter `since`.
 */
export function parseSince(value: string, now: number, { flag }: { flag?: string } = {}): number {
  const since = readTime(value, now, { param: "since", flag });
  if (since > now) throw new InvalidRequestError(`${flag ?? "since"} ${quoteSentText(value, 64)} is in the future: the period from then to now is empty.`, { param: "since" });
  return since;
}

/** A point in time for `?since=` / `?until=`; it may lie ahead (the dashboard's "to: today 23:59"). */
export function parseTime(value: string, now: number, param: "since" | "until" = "since"): number {
  return readTime(value, now, { param, flag: undefined });
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
