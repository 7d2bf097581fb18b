/**
 * A chart's partial bars: the overview's charts draw the period its figures were read for, so the first bar holds
 * only the part of its hour (day) after the period's start, and the last only the part up to now. Unmarked, a short
 * first or last bar read as a dip in traffic (ADR 0107). They are striped (chart.ts), and this says why, in words.
 * @module
 */
import type { TimeStep } from "./time-axis.js";
import type uPlot from "uplot";

const STEP_MS: Record<TimeStep, number> = { hour: 3_600_000, day: 86_400_000 };
const LOCAL_TIME = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const UTC_TIME = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const UTC_DAY = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });

/** Which of a chart's bars are partial, and the sentence that says so (null when none is). */
export interface PartialBars {
  /** Indexes of the partial bars (the first, the last, or both). */
  indexes: number[];
  note: string | null;
}

/**
 * The partial bars of bars starting at `times` (ms, each `step` long) over the period from `since` to `until` (ms):
 * the first when the period starts after it does, the last when the period ends before it does.
 */
export function partialBars(step: TimeStep, since: number, until: number, times: readonly number[]): PartialBars {
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return { indexes: [], note: null };
  const firstPartial = since > first;
  const lastPartial = until < last + STEP_MS[step];
  const indexes = [...new Set([...(firstPartial ? [0] : []), ...(lastPartial ? [times.length - 1] : [])])];
  if (indexes.length === 0) return { indexes, note: null };
  const at = (ms: number) => (step === "hour" ? LOCAL_TIME.format(new Date(ms)) : `${UTC_TIME.format(new Date(ms))} UTC`);
  const parts: string[] = [];
  if (firstPartial) parts.push(`the first counts from ${at(since)}${step === "day" ? ` on ${UTC_DAY.format(new Date(since))}` : ""} only`);
  if (lastPartial) parts.push(`the last up to ${at(until)} (${step === "hour" ? "the hour under way" : "today so far"})`);
  const striped = indexes.length === 2 ? "Striped bars are" : "The striped bar is";
  const piece = step === "hour" ? "an hour" : "a day";
  return { indexes, note: `${striped} part of ${piece}: ${parts.join("; ")}. A short bar there is not a dip in traffic.` };
}

/**
 * Stripes the partial bars in the panel's colour, from the top of each bar's stack down to zero: the bars stay their
 * series' colours and heights, and read as unfinished. `tops` are each bar's stacked total; `stepSeconds` a bar's width.
 */
export function stripePartialBars(chart: uPlot, indexes: readonly number[], tops: readonly number[], stepSeconds: number, colour: string): void {
  const times = chart.data[0];
  const ctx = chart.ctx;
  const spacing = 6 * devicePixelRatio;
  for (const index of indexes) {
    const start = times[index];
    const top = tops[index] ?? 0;
    if (start === undefined || !(top > 0)) continue;
    const left = chart.valToPos(start, "x", true);
    const right = chart.valToPos(start + stepSeconds, "x", true);
    const y = chart.valToPos(top, "y", true);
    const bottom = chart.valToPos(0, "y", true);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, y, right - left, bottom - y);
    ctx.clip();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.beginPath();
    for (let x = left - (bottom - y); x < right; x += spacing) {
      ctx.moveTo(x, bottom);
      ctx.lineTo(x + (bottom - y), y);
    }
    ctx.stroke();
    ctx.restore();
  }
}
