/**
 * Experiments: every experiment with its arms' request counts and verdict; one experiment's report with its arms,
 * 95% intervals, a chart of variant against control, and the verdict.
 * @module
 */
import { api, ApiError } from "../api.js";
import type { ArmReport, Estimate, ExperimentReport, ExperimentSummary, List } from "../api-types.js";
import { intervalChart } from "../chart.js";
import { clipText, clipped, code, emptyState, h, visibleText } from "../dom.js";
import { count, decimal, ms, percent, signedDecimal, signedPercent, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, pageHeader, table } from "../ui.js";
import { localVerdict } from "../verdict.js";
import { experimentTests, shareText } from "../experiment-tests.js";
import { DEFAULT_EXPERIMENT_SINCE } from "../../log/report-periods.js";

/**
 * The period the figures cover, asked for by name and said on the page: it was the API's default, unsaid, so an
 * experiment that had run for six weeks showed its last 30 days as if they were all of it.
 */
const PERIOD = { since: DEFAULT_EXPERIMENT_SINCE, words: "the last 30 days" };

export const experimentsPage: Page = {
  title: "Experiments",
  async render(context: PageContext) {
    if (context.param) return renderReport(context, context.param);
    context.root.append(pageHeader("Experiments"));
    const list = await api<List<ExperimentSummary>>("/api/experiments", { query: { since: PERIOD.since } });
    if (list.data.length === 0) {
      context.root.append(
        emptyState("No experiments yet.", ["Add one under ", code("experiments:"), " in switchyard.yaml, e.g. send 10% of code_generation to a cheaper tier; see docs/experiments.md."]),
      );
      return;
    }
    context.root.append(
      h("p", { class: "hint", "data-period": "" }, `Requests and verdicts over ${PERIOD.words} of the decision log.`),
      h(
        "section",
        { class: "panel" },
        table(
          // Which share, and what the counts count: "Share", "Control" and "Variant" over bare figures said neither.
          ["Experiment", "State", "Variant share", "Control requests", "Variant requests"],
          list.data.map((row) => [
            // A config name stays on one line; a long one from the log wraps (nowrap made the table wider than the page).
            h("a", { href: `/dashboard/experiments/${encodeURIComponent(row.name)}`, class: row.name.length <= 40 ? "nowrap" : undefined }, clipped(row.name)),
            row.configured ? badge(row.enabled ? "running" : "paused", row.enabled ? "good" : "neutral") : badge("removed from config", "warn"),
            // As configured, as the report's sentence writes it: a whole percent said "0%" of a 0.1% canary.
            row.share === null ? "—" : shareText(row.share),
            count(row.requests.control),
            count(row.requests.variant),
          ]),
          // The verdict is a sentence: on a phone, as a sixth column, it sat out of view, one word a line.
          { numeric: [2, 3, 4], details: (index) => [h("span", { class: "muted" }, "Verdict: "), verdictOf(list.data[index])], rowAttributes: () => ({ class: "has-detail" }) },
        ),
      ),
    );
  },
};

const verdictOf = (row: ExperimentSummary | undefined): string => (row ? localVerdict(row.verdict_input, row.verdict) : "");

/**
 * An estimate with its 95% interval, in the CLI report's words when a bound is missing (experiment-report-format.ts):
 * a p95 over 37 requests has no upper bound at 95%, and a bare "83 ms" beside "3 ms (2 ms – 6 ms)" read as exact.
 */
function interval(estimate: Estimate, format: (value: number) => string): string {
  const [shown, range] = intervalParts(estimate, format);
  return range === null ? shown : `${shown} ${range}`;
}

/** An estimate and its interval's words apart ("2 ms", "(1 ms – 10 ms)"); null: no estimate, nothing to bound. */
function intervalParts(estimate: Estimate, format: (value: number) => string): [shown: string, range: string | null] {
  const { value, ci_low: low, ci_high: high } = estimate;
  if (value === null) return ["—", null];
  if (low === null && high === null) return [format(value), "(too few values for an interval)"];
  if (high === null) return [format(value), `(≥ ${format(low ?? value)}; too few values for an upper bound)`];
  if (low === null) return [format(value), `(≤ ${format(high)}; too few values for a lower bound)`];
  return [format(value), `(${format(low)} – ${format(high)})`];
}

/**
 * An Arms cell: the estimate over its interval, each one line. Run together they wrapped anywhere, and a p95's
 * "(≥ 13 ms; too few values for an upper bound)" made each row five lines (135 px) on a phone.
 */
function intervalCell(estimate: Estimate, format: (value: number) => string, suffix = ""): HTMLElement {
  const [shown, range] = intervalParts(estimate, format);
  // The suffix (feedback's ", n=25") goes with the estimate: after the interval it made the table 8 px wider than a
  // laptop's page, and its last digit sat under the scroll edge, reading "n=2".
  if (range === null) return h("span", { class: "estimate" }, h("span", {}, `${shown}${suffix}`));
  return h("span", { class: "estimate" }, h("span", {}, `${shown}${suffix}`), " ", h("span", { class: "interval", "data-interval": "" }, ...rangeParts(range)));
}

/**
 * A missing bound's interval as its figure and its words, so only the words may wrap (styles.css): a p95 of seconds,
 * "(≥ 9,876 ms; too few values for an upper bound)" on one line, took the table 62 px past a laptop's panel.
 */
function rangeParts(range: string): (string | HTMLElement)[] {
  const cut = range.indexOf("; ");
  if (cut < 0) return [range];
  return [range.slice(0, cut + 1), h("span", { class: "why" }, range.slice(cut + 1))];
}

async function renderReport(context: PageContext, name: string): Promise<void> {
  // Heading and the way back first, as other pages do: a report that could not be read (the log unavailable, an answer
  // of another shape) was headed "Experiments", the page's title, with no link back to the list.
  context.root.append(h("p", {}, h("a", { href: "/dashboard/experiments" }, "← All experiments")), pageHeader(`Experiment ${clipText(name)}`));
  let report: ExperimentReport;
  try {
    report = await api<ExperimentReport>(`/api/experiments/${encodeURIComponent(name)}/report`, { query: { since: PERIOD.since } });
  } catch (error) {
    // An unknown name (a stale link, a typo) gets a page that says so and where to look, not a lone red box.
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    context.root.append(
      emptyState(error.message, ["Experiments come from ", code("experiments:"), " in switchyard.yaml; the list shows every one the config or the log knows."]),
    );
    return;
  }
  const arms: [string, ArmReport][] = [
    ["control", report.arms.control],
    ["variant", report.arms.variant],
  ];
  const points = (value: number) => `${signedDecimal(value * 100, 1)} pt`;
  const { comparison } = report;
  context.root.append(
    h("p", { "data-experiment-tests": "" }, experimentTests(report.config)),
    h("p", { class: "hint", "data-period": "" }, `Figures over ${PERIOD.words} of the decision log.`),
    ...(report.config?.variant?.weights === undefined
      ? []
      : [h("p", { class: "hint" }, ["Once the verdict shows lower cost without lower quality, make the candidate the default with ", code(`switchyard router promote --experiment ${report.experiment}`), "; the ", h("a", { href: "/dashboard/router" }, "Router"), " page lists every promotion."])]),
    h("section", { class: "panel verdict" }, h("h2", {}, "Verdict"), h("p", { class: "verdict-text", "data-verdict": "" }, localVerdict(report, report.verdict)), h("p", { class: "hint" }, `At least ${count(report.min_requests_per_arm)} requests and ${count(report.min_units_per_arm)} assigned units (users, keys or conversations) per arm before a verdict; intervals are 95%.`)),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, "Arms"),
      table(
        ["Arm", "Requests", "Units", "Cost per request", "Latency p50", "Latency p95", "Error rate", "Escalation rate", "Feedback"],
        arms.map(([arm, figures]) => [
          arm,
          count(figures.requests),
          count(figures.units),
          intervalCell(figures.cost_per_request_usd, usd),
          intervalCell(figures.latency_p50_ms, ms),
          intervalCell(figures.latency_p95_ms, ms),
          intervalCell(figures.error_rate, (v) => percent(v)),
          intervalCell(figures.escalation_rate, (v) => percent(v)),
          figures.feedback.count === 0 ? "no feedback" : intervalCell(figures.feedback, (v) => decimal(v, 2), `, n=${count(figures.feedback.count)}`),
        ]),
        // On a phone the arm's name stays in view while its figures scroll past it, as on Models.
        { numeric: [1, 2], stickyFirstColumn: true },
      ),
    ),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, "Variant against control"),
      table(
        ["Measure", "Change (95% interval)"],
        [
          ["Cost per request", interval(comparison.cost_change, signedPercent)],
          ["Error rate", interval(comparison.error_rate_difference, points)],
          ["Escalation rate", interval(comparison.escalation_rate_difference, points)],
          ["Mean feedback", interval(comparison.feedback_difference, meanDifference)],
        ],
      ),
      comparisonChart(context, report, points),
    ),
  );
}

/**
 * Variant against control as intervals on one axis, with how to read it; before both arms have requests there is
 * nothing to draw, and an empty axis looked like a chart that failed to load, so it says so instead.
 */
function comparisonChart(context: PageContext, report: ExperimentReport, points: (value: number) => string): HTMLElement | HTMLElement[] {
  const { comparison } = report;
  if (Object.values(comparison).every((estimate) => estimate.value === null)) {
    return h("p", { class: "muted", "data-no-comparison": "" }, "No comparison to chart yet: it needs requests in both arms.");
  }
  const box = h("div", { class: "interval-wrap" });
  context.onLeave(
    intervalChart(
      box,
      [
        { label: "Cost change", ...bounds(comparison.cost_change), format: signedPercent },
        { label: "Error rate", ...bounds(comparison.error_rate_difference), format: points },
        { label: "Escalation rate", ...bounds(comparison.escalation_rate_difference), format: points },
        { label: "Feedback", ...bounds(comparison.feedback_difference), format: meanDifference },
      ],
        // The accessible name carries the figures the dots and lines show, each in its own unit.
        `Variant minus control for ${visibleText(clipText(report.experiment))} (${count(report.arms.variant.requests)} variant and ${count(report.arms.control.requests)} control requests), with 95% intervals; left of zero is lower for the variant: ` +
          `cost change ${interval(comparison.cost_change, signedPercent)}; error rate ${interval(comparison.error_rate_difference, points)}; ` +
          `escalation rate ${interval(comparison.escalation_rate_difference, points)}; feedback ${interval(comparison.feedback_difference, meanDifference)}.`,
    ),
  );
  return [
    box,
    h("p", { class: "hint" }, "Dots are the estimates, lines their 95% intervals, the vertical line is no change; each row has a scale of its own unit, its ends written under it. Cost is a relative change; error and escalation rates are differences in points; feedback is a difference of means."),
  ];
}

/** A difference of mean feedback, signed either way as the other rows' changes are. */
const meanDifference = (value: number) => signedDecimal(value, 3);

const bounds = (estimate: Estimate) => ({ value: estimate.value, low: estimate.ci_low, high: estimate.ci_high });
