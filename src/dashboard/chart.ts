/**
 * Charts with uPlot: stacked bars over time, and horizontal interval bars (estimate with its CI). Colours come
 * from CSS variables so charts follow light and dark. uPlot sets sizes through the CSSOM, which CSP allows.
 * @module
 */
import uPlot from "uplot";
import { edgeLabelPadding, valueAxisSize, wholeNumberTicks } from "./axis-ticks.js";
import { stackedBarsSummary } from "./chart-summary.js";
import { h } from "./dom.js";
import { stripePartialBars, type PartialBars } from "./partial-bars.js";
import { chartInUtc, timeAxisLabels, timeHoverLabel } from "./time-axis.js";

/** Ten colours that read on light and dark backgrounds (Tableau 10). */
export const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/** One stacked series. */
export interface StackSeries {
  name: string;
  values: number[];
}

function cssVariable(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** uPlot's default axis font, used to measure a value axis's labels before they are drawn. */
const AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
let measuring: CanvasRenderingContext2D | null = null;

/** The drawn width of an axis label, in CSS pixels (about 7 px a character when canvas is unavailable). */
function measureAxisLabel(text: string): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return text.length * 7;
  measuring.font = AXIS_FONT;
  return measuring.measureText(text).width;
}

/**
 * Keeps a chart as wide as its box, and redraws it when the system switches between light and dark: its axis text is
 * drawn on a canvas in the colours of the scheme it was drawn in (light grey-blue on a dark panel read at 2.9:1).
 * Returns the cleanup.
 */
function fitWidth(chart: uPlot, box: HTMLElement, height: number): () => void {
  const observer = new ResizeObserver(() => chart.setSize({ width: Math.max(240, box.clientWidth), height }));
  observer.observe(box);
  const scheme = window.matchMedia("(prefers-color-scheme: dark)");
  const redraw = () => chart.redraw(false, true);
  scheme.addEventListener("change", redraw);
  return () => {
    observer.disconnect();
    scheme.removeEventListener("change", redraw);
    chart.destroy();
  };
}

/** What {@link stackedBars} draws. */
export interface StackedBarsOptions {
  /** Bar start times, seconds since epoch (shown in local time). */
  times: number[];
  series: StackSeries[];
  format: (value: number) => string;
  /** Values are counts: ticks only at whole numbers. */
  wholeNumbers?: boolean;
  /** The chart's title, e.g. "Spend by tier": the start of its accessible name. */
  title: string;
  /** The period shown, e.g. "Last 48 hours, hourly". */
  period: string;
  /** The width of one bar. */
  step: "hour" | "day";
  /** The bars that hold part of their hour (day) only, striped, and the sentence saying so (partial-bars.ts). */
  partial?: PartialBars;
  height?: number;
}

/**
 * Stacked bars: each series is drawn as its running total, tallest first, so each bar covers the ones under it;
 * the legend and hover show each series' own value. The canvas is an image named by what it shows (title, period,
 * total, busiest bar, largest groups), so a screen reader gets the figures a sighted reader takes from it.
 */
export function stackedBars(box: HTMLElement, options: StackedBarsOptions): () => void {
  const height = options.height ?? 240;
  const cumulative: number[][] = [];
  let running = options.times.map(() => 0);
  for (const series of options.series) {
    running = running.map((sum, index) => sum + (series.values[index] ?? 0));
    cumulative.push(running);
  }
  const order = options.series.map((_, index) => index).reverse();
  // Read at each draw, so a redraw after a switch to dark (or light) takes the scheme's colours.
  const axis = () => cssVariable("--muted", "#666");
  const grid = () => cssVariable("--grid", "rgba(128,128,128,0.2)");
  // Each bar starts at its period's start and the x axis runs to the end of the last period: centred on its start
  // (uPlot's default), the first and last bars were cut in half at the chart's edges, the last one being the period
  // still under way, and a day's bar sat half over the day before.
  const stepSeconds = options.step === "day" ? 86_400 : 3_600;
  const bars = uPlot.paths.bars?.({ size: [0.8, 64], gap: 1, align: 1 });
  const partial = options.partial?.indexes ?? [];
  const first = options.times[0] ?? 0;
  const last = options.times.at(-1) ?? first;
  // The time axis's labels as last drawn: the right padding leaves room for half the widest (see edgeLabelPadding).
  let timeLabels: string[] = [];
  const chart = new uPlot(
    {
      width: Math.max(240, box.clientWidth),
      height,
      legend: { live: true },
      padding: [null, () => edgeLabelPadding(timeLabels, measureAxisLabel), null, null],
      // The hovered bar is the period under the pointer, not the nearest period start (the next bar, past a bar's middle).
      cursor: { points: { show: false }, dataIdx: (_u, _series, closest, x) => (Number.isFinite(x) ? Math.max(0, Math.min(options.times.length - 1, Math.floor((x - first) / stepSeconds))) : closest) },
      // Drawn over the bars: the partial ones striped, so a short first or last bar does not read as a dip in traffic.
      hooks: { draw: [(u: uPlot) => stripePartialBars(u, partial, running, stepSeconds, cssVariable("--panel", "#fff"))] },
      scales: { x: { time: true, range: () => [first, last + stepSeconds] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      ...(chartInUtc(options.step) ? { tzDate: (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC") } : {}),
      axes: [
        { stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid }, values: (_u: uPlot, splits: number[]) => (timeLabels = timeAxisLabels(options.step, splits)) },
        {
          stroke: axis,
          grid: { stroke: grid },
          ticks: { stroke: grid },
          size: (_u: uPlot, labels: string[] | null) => valueAxisSize(labels, measureAxisLabel),
          values: (_u, values) => values.map((v) => options.format(v)),
          ...(options.wholeNumbers ? { splits: (_u: uPlot, _axis: number, min: number, max: number, increment: number) => wholeNumberTicks(min, max, increment) } : {}),
        },
      ],
      series: [
        { label: "Time", value: (_u: uPlot, seconds: number | null, _s: number, idx: number | null) => `${timeHoverLabel(options.step, seconds)}${idx !== null && partial.includes(idx) ? " (part)" : ""}` },
        ...order.map((index) => {
          const color = PALETTE[index % PALETTE.length] ?? "#888";
          const series = options.series[index];
          return {
            label: series?.name ?? "",
            stroke: color,
            fill: color,
            width: 0,
            points: { show: false },
            ...(bars ? { paths: bars } : {}),
            value: (_u: uPlot, _v: number | null, _s: number, idx: number | null) => (idx === null ? "" : options.format(series?.values[idx] ?? 0)),
          };
        }),
      ],
    },
    [options.times, ...order.map((index) => cumulative[index] ?? [])],
    box,
  );
  // The name goes on the canvas, not uPlot's root: a plain div cannot carry one (ARIA prohibits naming a generic
  // element), and role="img" on the root would hide the legend's table from assistive technology.
  chart.ctx.canvas.setAttribute("role", "img");
  chart.ctx.canvas.setAttribute("aria-label", [stackedBarsSummary(options), options.partial?.note].filter(Boolean).join(" "));
  legendToggles(chart);
  return fitWidth(chart, box, height);
}

/**
 * Makes the legend's series toggles (uPlot hides or shows a series when its label is clicked) work from the keyboard:
 * each is a toggle button in the tab order, pressed while its series shows, that Enter and Space flip. They were
 * mouse-only, so a keyboard could not take a series off the chart.
 */
function legendToggles(chart: uPlot): void {
  // The first row is the time, not a series; a Ctrl-click shows or hides the others too, so every label is synced.
  const labels = [...chart.root.querySelectorAll<HTMLElement>(".u-legend .u-series th")].slice(1);
  const sync = () => labels.forEach((label, index) => label.setAttribute("aria-pressed", String(chart.series[index + 1]?.show !== false)));
  for (const label of labels) {
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
    label.addEventListener("click", () => window.setTimeout(sync));
  }
  sync();
}

/** One row of an interval chart, with the format of its own unit. */
export interface IntervalRow {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  format: (value: number) => string;
}

/** Below this width each label of an interval chart goes above its row instead of beside it. */
const INTERVAL_SIDE_LABELS_FROM = 480;

/**
 * Estimates with their 95% intervals as horizontal bars, drawn into `box` as SVG at the box's own width in CSS pixels
 * (text stays 13 px at any width) and redrawn when the box changes size: beside its label on a laptop, under it on a
 * phone. Each row is on a scale of its own unit, symmetric about the shared "no change" line, with its ends labelled
 * in that unit: on one axis a −84% cost change squeezed a feedback interval of −0.13 to −0.08 into a sliver, and the
 * axis could be labelled in no unit at all. Returns the cleanup.
 */
export function intervalChart(box: HTMLElement, rows: IntervalRow[], label: string): () => void {
  let drawnWidth = 0;
  const draw = () => {
    // Before the box is laid out (width 0) a laptop's width; the observer redraws once it is.
    const width = box.clientWidth > 0 ? Math.max(240, box.clientWidth) : 600;
    if (width === drawnWidth) return;
    drawnWidth = width;
    box.replaceChildren(intervalSvg(rows, label, width));
  };
  draw();
  const observer = new ResizeObserver(draw);
  observer.observe(box);
  return () => observer.disconnect();
}

interface IntervalLayout {
  sideLabels: boolean;
  rowHeight: number;
  /** The plot's left edge and half its width: zero, "no change", is its middle. */
  left: number;
  half: number;
}

function intervalLayout(width: number): IntervalLayout {
  const sideLabels = width >= INTERVAL_SIDE_LABELS_FROM;
  // Room for a dot's radius and a line's round cap at both ends.
  const left = sideLabels ? 150 : 8;
  return { sideLabels, rowHeight: sideLabels ? 48 : 62, left, half: (width - left - 8) / 2 };
}

function intervalSvg(rows: IntervalRow[], label: string, width: number): SVGSVGElement {
  const layout = intervalLayout(width);
  const plotHeight = rows.length * layout.rowHeight;
  const height = plotHeight + 24;
  const zero = layout.left + layout.half;
  const svg = svgElement("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "interval-chart", role: "img", "aria-label": label });
  svg.append(svgElement("line", { x1: zero, x2: zero, y1: 0, y2: plotHeight, class: "zero" }));
  rows.forEach((row, index) => svg.append(...intervalRow(row, index, layout)));
  const tick = svgElement("text", { x: zero, y: plotHeight + 16, class: "tick" });
  tick.textContent = "no change";
  svg.append(tick);
  return svg;
}

/** One row's label, interval, dot and scale ends (its largest distance from zero, each way, in its own unit). */
function intervalRow(row: IntervalRow, index: number, { sideLabels, rowHeight, left, half }: IntervalLayout): SVGElement[] {
  const top = index * rowHeight;
  const y = sideLabels ? top + 16 : top + 30;
  const extent = Math.max(0, ...[row.low, row.high, row.value].filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs));
  const x = (value: number) => left + half + (extent === 0 ? 0 : (value / extent) * half);
  const text = (content: string, attributes: Record<string, string | number>) => {
    const element = svgElement("text", attributes);
    element.textContent = content;
    return element;
  };
  const marks: SVGElement[] = [text(row.label, { x: 0, y: sideLabels ? y + 4 : top + 15, class: "label" })];
  if (row.low !== null && row.high !== null && Math.abs(x(row.high) - x(row.low)) < 2) {
    // An interval of no width on its row's scale (every cost alike in each arm: the verdict's "CI 84% at both ends",
    // 2e-9 wide) drew a bare dot like a row that has no interval at all: it is a bar across the line, and says so in
    // the verdict's words (it said "(both ends)" beside them). Judged by its
    // drawn width, not by its ends reading the same: 0.01 to 0.04 pt read "0.0 pt" twice but spans its row's scale,
    // and a bar at its low end left the dot far from it.
    const at = x(row.low);
    const [low, high] = [row.format(row.low), row.format(row.high)];
    marks.push(svgElement("line", { x1: at, x2: at, y1: y - 8, y2: y + 8, class: `ci ci-${index} no-width` }));
    // Beside the bar, on its line: above it, on a phone, it was written over the row's name.
    marks.push(text(low === high ? `CI ${low} at both ends` : `CI ${low} – ${high}`, at < left + half ? { x: at + 12, y: y + 4, class: "no-width" } : { x: at - 12, y: y + 4, class: "no-width end" }));
  } else if (row.low !== null && row.high !== null) {
    marks.push(svgElement("line", { x1: x(row.low), x2: x(row.high), y1: y, y2: y, class: `ci ci-${index}` }));
  }
  if (row.value !== null) marks.push(svgElement("circle", { cx: x(row.value), cy: y, r: 5, class: `point point-${index}` }));
  // A row with nothing to draw (no feedback in an arm) was a label beside blank space.
  else marks.push(text("no estimate yet: see the table", { x: left + half + 8, y: y + 4, class: "no-estimate" }));
  if (extent > 0) {
    marks.push(text(row.format(-extent), { x: left, y: y + 20, class: "row-end start" }), text(row.format(extent), { x: left + 2 * half, y: y + 20, class: "row-end end" }));
  }
  return marks;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** A chart's box, with a heading. */
export function chartBox(title: string): { section: HTMLElement; box: HTMLElement } {
  const box = h("div", { class: "chart" });
  return { section: h("section", { class: "panel" }, h("h2", {}, title), box), box };
}
