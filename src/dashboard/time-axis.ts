/**
 * The overview charts' time axis and hover label, in the viewer's own date and time format. uPlot's defaults are
 * American ("11/30/26", "12/1", "6pm", hover "2026-12-01 6:00pm") whatever the browser's language, so a British
 * reader took "12/1" for the 12th of January, next to tables that said "1 Dec". Daily bars are UTC days (the log
 * buckets by UTC day): their dates are UTC dates, so in St John's a day's bar is not labelled with the day before.
 * @module
 */

/** The width of one bar. */
export type TimeStep = "hour" | "day";

const HOUR_LABEL = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const LOCAL_DAY_LABEL = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const UTC_DAY_LABEL = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });
const HOUR_HOVER = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const DAY_HOVER = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** True when the chart's times are shown in UTC (daily bars, which are UTC days). */
export function chartInUtc(step: TimeStep): boolean {
  return step === "day";
}

/**
 * The x axis's labels for ticks at `seconds`: a day's date for daily bars; for hourly bars the time, with the date
 * under it at the first tick and wherever the day changes.
 */
export function timeAxisLabels(step: TimeStep, seconds: readonly number[]): string[] {
  if (step === "day") return seconds.map((at) => UTC_DAY_LABEL.format(new Date(at * 1000)));
  let previousDay = "";
  return seconds.map((at) => {
    const date = new Date(at * 1000);
    const day = LOCAL_DAY_LABEL.format(date);
    const label = day === previousDay ? HOUR_LABEL.format(date) : `${HOUR_LABEL.format(date)}\n${day}`;
    previousDay = day;
    return label;
  });
}

/** The hovered bar's period, for the legend: its hour (local) or its UTC day. */
export function timeHoverLabel(step: TimeStep, seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "";
  const date = new Date(seconds * 1000);
  return step === "day" ? `${DAY_HOVER.format(date)} (UTC)` : HOUR_HOVER.format(date);
}
