/**
 * Numbers with units and currency, times in the viewer's zone with UTC on hover.
 * @module
 */
import { clipped, h } from "./dom.js";

export { count, countCompact, counted, decimal, ms, percent, perSecond, signedDecimal, signedPercent, usd, usdCompact, usdLeft } from "./numbers.js";

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const SHORT_TIME = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
const SHORT_UTC_TIME = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** A <time> in the viewer's zone; hovering shows UTC. */
export function timeElement(at: number | string, style: "long" | "short" = "long"): HTMLTimeElement {
  const date = new Date(at);
  // A time that is no date (a router state file's `at` edited by hand) is shown as written: toISOString threw a
  // RangeError, and the whole page became an error box.
  if (Number.isNaN(date.getTime())) return h("time", {}, clipped(String(at)));
  const iso = date.toISOString();
  const text = (style === "long" ? DATE_TIME : SHORT_TIME).format(date);
  // Isolated (dir=auto, as <bdi>): an Arabic reader's date ("٦ ديسمبر") runs right to left and took the figures beside it along.
  return h("time", { datetime: iso, dir: "auto", title: `${iso.replace("T", " ").replace(/\.\d+Z$/, "")} UTC` }, text);
}

/**
 * When a budget starts again, in UTC and saying so ("Dec 4, 00:00 UTC"): budget windows are UTC days and months, and
 * the same instant in the viewer's zone ("Dec 4, 01:00") read as a reset at one in the morning, while the CLI's 402
 * and the admin API say 00:00 UTC. Hovering shows it in the viewer's zone.
 */
export function resetTime(at: number | string): HTMLTimeElement {
  const date = new Date(at);
  return h("time", { datetime: date.toISOString(), dir: "auto", title: `Your time: ${DATE_TIME.format(date)}` }, `${SHORT_UTC_TIME.format(date)} UTC`);
}

/** ISO time of the start of today (UTC), for budget-aligned "today". */
export function startOfUtcDay(now = Date.now()): string {
  return `${new Date(now).toISOString().slice(0, 10)}T00:00:00.000Z`;
}

/** ISO time of the start of this month (UTC). */
export function startOfUtcMonth(now = Date.now()): string {
  return `${new Date(now).toISOString().slice(0, 7)}-01T00:00:00.000Z`;
}
