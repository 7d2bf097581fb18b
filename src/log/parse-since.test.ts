import { describe, expect, it } from "vitest";
import { parsePeriod, parseSince, parseTime } from "./parse-since.js";

describe("parseSince", () => {
  const now = Date.UTC(2026, 11, 1);

  it("reads durations and real days", () => {
    expect(parseSince("7d", now)).toBe(now - 7 * 86_400_000);
    expect(parseSince("2026-02-28", now)).toBe(Date.UTC(2026, 1, 28));
    expect(parseSince("2024-02-29", now)).toBe(Date.UTC(2024, 1, 29));
  });

  it("refuses a day in the future, whose period to now is empty", () => {
    expect(() => parseSince("2099-01-01", now)).toThrow(/since "2099-01-01" is in the future/);
    expect(parseSince("2026-12-01", now)).toBe(now);
  });

  it("lets ?since= and ?until= lie ahead, where the period check judges them", () => {
    expect(parseTime("2026-12-02", now, "until")).toBe(Date.UTC(2026, 11, 2));
    expect(parsePeriod({ since: "7d", until: "2026-12-01T23:59:00Z" }, now, "7d").until).toBe(Date.UTC(2026, 11, 1, 23, 59));
  });

  it("refuses a day that does not exist instead of rolling it into the next month, and a duration past the start of time", () => {
    for (const bad of ["2026-02-30", "2026-13-45", "2026-04-31", "yesterday"]) expect(() => parseSince(bad, now), bad).toThrow(/Invalid since/);
    // A duration that overflows the calendar, or only reaches before 1970, says so rather than "Invalid" or a year -271764.
    for (const far of ["9999999999999999d", "99999999d", "999999w", "30000000000m"]) expect(() => parseSince(far, now), far).toThrow(/reaches back before 1970-01-01.*use 1970-01-01/);
    expect(() => parseSince("0d", now)).toThrow(/a period of no length/);
    expect(parseSince("1970-01-01", now)).toBe(0);
  });

  it("reads an until of no length back (`0m`, `0h`) as now, the end of a period that reaches to the present", () => {
    // "A duration back from now" (docs/admin-api.md): zero back is now. Only a since of no length is an empty period.
    for (const zero of ["0m", "0h", "0d", "0w"]) expect(parseTime(zero, now, "until"), zero).toBe(now);
    expect(parsePeriod({ since: "1h", until: "0m" }, now, "7d")).toEqual({ since: now - 3_600_000, until: now });
  });

  it("refuses ms since epoch past the largest time a date holds, which no report can print (it was a 500)", () => {
    expect(parseTime("8640000000000000", now, "until")).toBe(8.64e15);
    expect(() => parseTime("8640000000000001", now, "until")).toThrow(/Invalid until/);
    expect(() => parsePeriod({ since: "7d", until: "99999999999999999999999" }, now, "7d")).toThrow(/Invalid until "99999999999999999999999"/);
    // A since ahead of now without an until names since, not an until nobody gave.
    expect(() => parsePeriod({ since: "2099-01-01" }, now, "7d")).toThrow('since "2099-01-01" is in the future: the period from then to now is empty.');
    expect(() => parsePeriod({ since: "2099-01-01", until: "2099-01-01" }, now, "7d")).toThrow(/until must be after since/);
  });

  it("is one reading for --since and the admin routes' since/until: the same forms, refused in the same words", () => {
    // ms since epoch: the decision filters took it, --since and /api/experiments did not.
    expect(parseSince("1796400000000", Date.UTC(2026, 11, 31))).toBe(1796400000000);
    expect(() => parseSince(String(Date.UTC(2027, 0, 1)), now)).toThrow(/is in the future/);
    // A duration past 1970 or of no length: the decision filters said only "Invalid since".
    expect(() => parseTime("99999999d", now, "since")).toThrow(/since "99999999d" reaches back before 1970-01-01/);
    expect(() => parsePeriod({ since: "0d" }, now, "7d")).toThrow(/since "0d" is a period of no length/);
    expect(() => parseTime("99999999d", now, "until")).toThrow(expect.objectContaining({ param: "until" }) as Error);
    // One list of forms, naming the flag or the parameter.
    expect(() => parseSince("yesterday", now, { flag: "--since" })).toThrow('--since must be a duration such as 30m, 24h, 7d or 4w, a date such as 2026-11-01 (or 2026-11-01T12:00:00Z), or ms since epoch (got "yesterday").');
    expect(() => parseTime("yesterday", now)).toThrow('Invalid since "yesterday". Use a duration such as 30m, 24h, 7d or 4w, a date such as 2026-11-01 (or 2026-11-01T12:00:00Z), or ms since epoch.');
  });
});
