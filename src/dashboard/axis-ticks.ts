/**
 * Where a chart's value axis puts its ticks. A count axis needs whole numbers: uPlot's own increments go down to
 * fractions, so two requests drew ticks at 0, 0.5, 1, 1.5, 2 and, printed as counts, read "0, 1, 1, 2, 2".
 * @module
 */

/** Ticks for a count axis: multiples of a whole step (at least 1, at least uPlot's chosen one) from min to max. */
export function wholeNumberTicks(min: number, max: number, foundIncrement: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const step = Math.max(1, Math.ceil(Number.isFinite(foundIncrement) ? foundIncrement : 1));
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

/** The smallest width uPlot reserves for a value axis, in CSS pixels. */
const MIN_AXIS_SIZE = 48;
/** Room beside the widest label: uPlot's tick (10 px), gap (5 px) and a margin so the first glyph is not cut. */
const AXIS_PADDING = 22;

/**
 * The width a value axis needs for its labels. A fixed 70 px cut the "$" off "$0.000015" (spend per hour in
 * fractions of a cent), so the width follows the widest label as drawn.
 */
export function valueAxisSize(labels: readonly (string | null)[] | null, measure: (text: string) => number): number {
  const widest = (labels ?? []).reduce((most, label) => Math.max(most, label === null ? 0 : measure(label)), 0);
  return Math.max(MIN_AXIS_SIZE, Math.ceil(widest) + AXIS_PADDING);
}

/** uPlot's own room beside the plot on a side without an axis (half its default axis size). */
const MIN_EDGE_PADDING = 25;
/** Room between a centred edge label's last glyph and the canvas's edge. */
const EDGE_MARGIN = 4;

/**
 * The room a time axis needs beyond the plot's right edge: half its widest label line, since a label is centred on its
 * tick and a tick can sit on the edge. uPlot's fixed 25 px cut "06:00 PM" (an American hour) and "7 de dez." (a
 * Brazilian day) at the chart's edge whenever the period ended on a tick.
 */
export function edgeLabelPadding(labels: readonly string[], measure: (text: string) => number): number {
  const widest = labels.flatMap((label) => label.split("\n")).reduce((most, line) => Math.max(most, measure(line)), 0);
  return Math.max(MIN_EDGE_PADDING, Math.ceil(widest / 2) + EDGE_MARGIN);
}
