/**
 * The overview's charts: spend and requests over the period its figures were read for, stacked by tier (or model,
 * task, key), in hourly or daily bars.
 * @module
 */
import type { TimeSeries } from "../api-types.js";
import { chartBox, stackedBars, type StackSeries } from "../chart.js";
import { clipText, emptyState, h, visibleText } from "../dom.js";
import { count, counted, usd } from "../format.js";
import type { PageContext } from "../page.js";
import { partialBars } from "../partial-bars.js";
import type { FailedPanel } from "../ui.js";

/** Series a chart stacks at most (the palette's colours); beyond it the smallest groups are summed as "other". */
const MAX_CHART_SERIES = 10;
/** The most characters a chart legend shows of a group's name. */
const LEGEND_LABEL_CHARS = 64;
export type ChartOptions = { by: string; stepMs: number; period: string; label: (group: string) => string };

/** The spend and requests charts, stacked by `by`, or one panel saying why they could not be read or drawn. */
export function appendCharts(context: PageContext, series: PromiseSettledResult<TimeSeries>, options: ChartOptions, failed: FailedPanel): void {
  const heading = `Spend and requests by ${options.by}`;
  if (series.status === "rejected") {
    context.root.append(failed(heading, series.reason));
    return;
  }
  const spend = chartBox(`Spend by ${options.by}`);
  const requests = chartBox(`Requests by ${options.by}`);
  const box = h("div", { class: "charts" }, spend.section, requests.section);
  // Appended before drawing: a chart takes its box's width.
  context.root.append(box);
  try {
    drawSeries(context, series.value, options, spend.box, requests.box);
  } catch (error) {
    box.replaceWith(failed(heading, error));
  }
}

function drawSeries(context: PageContext, series: TimeSeries, options: ChartOptions, spendBox: HTMLElement, requestBox: HTMLElement): void {
  const start = Math.floor(series.since / options.stepMs) * options.stepMs;
  const end = series.until;
  const times: number[] = [];
  for (let t = start; t < end; t += options.stepMs) times.push(t);
  const { groups, slotOf } = chartGroups(series.points, options.label);
  const slot = new Map(times.map((t, index) => [t, index]));
  const cost: StackSeries[] = groups.map((name) => ({ name, values: times.map(() => 0) }));
  const requests: StackSeries[] = groups.map((name) => ({ name, values: times.map(() => 0) }));
  for (const point of series.points) {
    const index = slot.get(Math.floor(point.t / options.stepMs) * options.stepMs);
    const group = slotOf.get(point.group) ?? -1;
    if (index === undefined || group < 0) continue;
    cost[group]!.values[index] = (cost[group]!.values[index] ?? 0) + point.cost_usd;
    requests[group]!.values[index] = (requests[group]!.values[index] ?? 0) + point.requests;
  }
  const seconds = times.map((t) => t / 1000);
  const step = options.stepMs >= 86_400_000 ? ("day" as const) : ("hour" as const);
  const partial = partialBars(step, series.since, series.until, times);
  const shared = { times: seconds, period: options.period, step, partial };
  // Said under each chart, as its stripes show it: the first and last bars hold part of their hour (day). Hidden from a
  // screen reader, which has it at the end of the chart's name (chart.ts): read again after the legend, it was said twice.
  const charged = cost.some((one) => one.values.some((value) => value > 0));
  if (partial.note) for (const box of charged ? [spendBox, requestBox] : [requestBox]) box.after(h("p", { class: "hint", "data-partial-note": "", "aria-hidden": "true" }, partial.note));
  if (charged) context.onLeave(stackedBars(spendBox, { ...shared, series: cost, format: usd, title: `Spend by ${options.by}` }));
  else spendBox.replaceChildren(noSpend(options.period, series.points.reduce((sum, point) => sum + point.requests, 0)));
  context.onLeave(stackedBars(requestBox, { ...shared, series: requests, format: (v) => count(v), wholeNumbers: true, title: `Requests by ${options.by}` }));
}

/**
 * In place of a spend chart with nothing to draw: an empty grid scaled $0.00 to $1.00 beside a requests chart full of
 * bars read as a chart that failed to load, or as spend too small to see. The charts draw the period the figures above
 * were read for, its partial first and last hour (day) included, so their requests are the Requests figure's.
 */
function noSpend(period: string, total: number): HTMLElement {
  const span = (period.split(",")[0] ?? period).toLowerCase();
  const why = total === 1 ? "Its one request was not charged: it was refused, failed on every model, or was answered at no cost." : `None of its ${counted(total, "request")} was charged: each was refused, failed on every model, or was answered at no cost.`;
  return emptyState(`Nothing was spent in the ${span}.`, why);
}

/**
 * The series a chart stacks: every group when they fit in {@link MAX_CHART_SERIES}, else the nine with the most
 * requests in the period (by name) and the rest summed as one "other" series. The palette has ten colours, so an eleventh group would share
 * a colour with the first and the bars could not be told apart. Legend labels are clipped shorter than table cells
 * (a legend packs several per line): a 10 KB key name would otherwise make the legend taller than the page. The
 * table below the charts lists every group in full.
 */
export function chartGroups(points: readonly { group: string; requests: number }[], label: (group: string) => string): { groups: string[]; slotOf: Map<string, number> } {
  const totals = new Map<string, number>();
  for (const point of points) totals.set(point.group, (totals.get(point.group) ?? 0) + point.requests);
  const ranked = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const fits = ranked.length <= MAX_CHART_SERIES;
  const shown = (fits ? ranked : ranked.slice(0, MAX_CHART_SERIES - 1)).sort();
  // uPlot sets labels as text, so markup stays inert, but a bidi override would still reorder it: shown as a mark.
  const groups = shown.map((group) => visibleText(clipText(label(group), LEGEND_LABEL_CHARS)));
  const slotOf = new Map(shown.map((group, index) => [group, index]));
  if (!fits) {
    const others = ranked.slice(MAX_CHART_SERIES - 1);
    for (const group of others) slotOf.set(group, groups.length);
    groups.push(`other (${others.length} ${others.length === 1 ? "group" : "groups"})`);
  }
  return { groups, slotOf };
}

