/**
 * Numbers with units and currency, times in the viewer's zone with UTC on hover.
 * @module
 */
import { h } from "./dom.js";

const USD_LARGE = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const USD_SMALL = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", maximumSignificantDigits: 3 });
const USD_COMPACT = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", notation: "compact", maximumSignificantDigits: 3 });
const INTEGER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat(undefined, { notation: "compact", maximumSignificantDigits: 3 });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const SHORT_TIME = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** US dollars: cents above $1, three significant digits below (LLM calls cost fractions of a cent). */
export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (value === 0) return USD_LARGE.format(0);
  // From 0.995 up, three significant digits would round to "$1": show cents instead.
  return Math.abs(value) >= 0.995 ? USD_LARGE.format(value) : USD_SMALL.format(value);
}

/**
 * Dollars for a stat card: from a million up in compact form ("$21M", "$1.23B"). In full, "$21,000,000.00" is wider
 * than the narrowest card and broke inside the number ("$21,000,000.0" over "0"); the card's title keeps the full figure.
 */
export function usdCompact(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) >= 1e6 ? USD_COMPACT.format(value) : usd(value);
}

/** A count for a stat card: from ten million up in compact form ("12.3M"), for the same reason as {@link usdCompact}. */
export function countCompact(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) >= 1e7 ? COMPACT.format(value) : count(value);
}

/** A count. */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : INTEGER.format(value);
}

/** Milliseconds, as ms below 10 s and seconds above. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value < 10_000 ? `${INTEGER.format(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** A fraction 0..1 as a percentage. */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(digits)}%`;
}

/** Tokens per second. */
export function perSecond(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : `${value.toFixed(1)} tok/s`;
}

/** A <time> in the viewer's zone; hovering shows UTC. */
export function timeElement(at: number | string, style: "long" | "short" = "long"): HTMLTimeElement {
  const date = new Date(at);
  const iso = date.toISOString();
  const text = (style === "long" ? DATE_TIME : SHORT_TIME).format(date);
  return h("time", { datetime: iso, title: `${iso.replace("T", " ").replace(/\.\d+Z$/, "")} UTC` }, text);
}

/** ISO time of the start of today (UTC), for budget-aligned "today". */
export function startOfUtcDay(now = Date.now()): string {
  return `${new Date(now).toISOString().slice(0, 10)}T00:00:00.000Z`;
}

/** ISO time of the start of this month (UTC). */
export function startOfUtcMonth(now = Date.now()): string {
  return `${new Date(now).toISOString().slice(0, 7)}-01T00:00:00.000Z`;
}
