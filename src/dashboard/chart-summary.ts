/**
 * What a chart shows, in words: the accessible name of a chart drawn on a canvas or in SVG (`role="img"`), for
 * people who cannot see it. Its title, the period it covers, and the figures a reader would take from it.
 * @module
 */
import { percent } from "./numbers.js";

/** How many groups a stacked chart's summary names, largest first. */
const NAMED_GROUPS = 3;
const HOUR = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
// Daily bars are UTC days (see time-axis.ts): named by their UTC date.
const DAY = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** What {@link stackedBarsSummary} reads. */
export interface StackedBarsSummaryOptions {
  /** The chart's title, e.g. "Spend by tier". */
  title: string;
  /** The period, e.g. "Last 48 hours, hourly". */
  period: string;
  /** The width of one bar. */
  step: "hour" | "day";
  /** Bar start times, seconds since epoch. */
  times: readonly number[];
  /** Each stacked series with its own (not running) value per bar. */
  series: readonly { name: string; values: readonly number[] }[];
  format: (value: number) => string;
}

/**
 * "Spend by tier, last 48 hours, hourly (14 Mar, 10:00 to 16 Mar, 09:00): total $1.23; busiest hour 16 Mar, 08:00
 * with $0.40; largest groups budget $0.80 (65.0%), mid $0.30 (24.4%), premium $0.13 (10.6%)."
 */
export function stackedBarsSummary(options: StackedBarsSummaryOptions): string {
  const when = (seconds: number) => (options.step === "hour" ? HOUR : DAY).format(new Date(seconds * 1000));
  const first = options.times[0];
  const last = options.times.at(-1);
  const range = first === undefined || last === undefined ? "" : ` (${when(first)} to ${when(last)})`;
  const head = `${options.title}, ${options.period.charAt(0).toLowerCase()}${options.period.slice(1)}${range}`;
  const perBar = options.times.map((_, index) => options.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const total = perBar.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return `${head}: nothing in this period.`;
  const peak = perBar.reduce((best, value, index) => (value > (perBar[best] ?? 0) ? index : best), 0);
  const groups = options.series
    .map((series) => ({ name: series.name, total: series.values.reduce((sum, value) => sum + value, 0) }))
    .filter((group) => group.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, NAMED_GROUPS)
        // A share in the reader's language, as the money beside it is ("82,3 %" in German, not "82.3%").
    .map((group) => `${group.name} ${options.format(group.total)} (${percent(group.total / total)})`);
  const peakTime = options.times[peak];
  const busiest = peakTime === undefined ? "" : `; busiest ${options.step} ${when(peakTime)} with ${options.format(perBar[peak] ?? 0)}`;
  return `${head}: total ${options.format(total)}${busiest}; largest ${groups.length === 1 ? "group" : "groups"} ${groups.join(", ")}.`;
}
