/**
 * The overview's period beside the one before it, of the same length: did quality hold while cost went down (journey
 * 2.1)? The cards gave this period's spend, savings, feedback and error rate with nothing to hold them against.
 * @module
 */
import { api } from "./api.js";
import { emptyState, errorBox, h, type Child } from "./dom.js";
import type { Figures, Report } from "./api-types.js";
import { count, counted, decimal, percent, signedDecimal, signedPercent, usd } from "./format.js";
import { meanFeedback } from "./mean-feedback.js";
import { table } from "./ui.js";

/** The two periods' names, as their column headers read ("Last 7 days", "The 7 days before"). */
export interface PeriodNames {
  now: string;
  before: string;
}

type Row = [measure: string, now: Child, before: Child, change: Child];

const points = (value: number) => `${signedDecimal(value, 1)}\u00a0pt`;

/**
 * A figure as the page rounds it: a mean as `decimal` writes it (Intl rounds the number's shortest decimal form, 0.575 to
 * "0.58"), a share's points as `percent` does (toFixed, the double's exact value: 0.2875 to "28.7"). `Math.round(x * 100)`
 * agreed with neither, and a change read "+0.07" beside "0.58" and "0.50".
 */
const EN_DECIMAL2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
const shownMean = (value: number) => Number(EN_DECIMAL2.format(value));
const shownPoints = (share: number) => Number((share * 100).toFixed(1));

/**
 * A relative change ("+12.3%", "−40.0%"), or from twice up how many times it ("12.3×": "+1.13k%" for 147 requests
 * against 12); "—" when there is nothing before to hold it against.
 */
function relative(now: number, before: number): string {
  if (!(before > 0) || !Number.isFinite(now / before)) return "—";
  const ratio = now / before;
  if (ratio >= 2) return `${ratio >= 10_000 ? count(ratio) : decimal(ratio, 1)}×`;
  const change = signedPercent(ratio - 1);
  // A fall that rounds to all but is not ("−100.0%" for $0.016 against $5,000) read as nothing spent: "<0.001×".
  return ratio > 0 && change === signedPercent(-1) ? `<${decimal(0.001, 3)}×` : change;
}

/**
 * The difference of two shares or means as they read, rounded to `digits` decimals first, so the change is what a
 * reader gets subtracting the figures beside it ("0.80" and "0.82" differ by "−0.02"); "—" when either is missing.
 */
function difference(now: number | null | undefined, before: number | null | undefined, shown: (value: number) => number, write: (value: number) => string): string {
  if (now === null || now === undefined || before === null || before === undefined || !Number.isFinite(now - before)) return "—";
  return write(shown(now) - shown(before));
}

const savedShare = (figures: Figures) => (figures.premium_equivalent_usd > 0 ? figures.savings_usd / figures.premium_equivalent_usd : null);
/**
 * A share saved, or, for requests that cost more than twice the premium price, how many times it they cost, as the
 * card above says it: "<-999k%" read the same in both columns, with a change of "+25.9 pt" between them.
 */
const saved = (value: number | null) => (value === null || value >= -1 ? share(value) : `cost ${1 - value >= 10 ? count(1 - value) : decimal(1 - value, 1)}× the premium price`);
/** The change in points of two shares saved, none when either is a multiple of the premium price (see {@link saved}). */
const savedChange = (now: number | null, before: number | null) => (now !== null && now < -1) || (before !== null && before < -1) ? "—" : difference(now, before, shownPoints, points);
/**
 * A figure that may be long (a mean of impossible scores, 1e300, is 400 digits; a fall of spend in points, "−95,238,095.2 pt"):
 * it breaks anywhere in its column (styles.css), where it widened the table past the page and took every other
 * column out of view. An ordinary figure stays whole.
 */
const LONG_FIGURE = 16;
const whole = (text: Child): Child => (typeof text === "string" && text.length > LONG_FIGURE ? h("span", { class: "long-figure" }, text) : text);
const share = (value: number | null) => (value === null ? "—" : percent(value));
// The count held together ("(52\u00a0scores)"), so on a phone the cell breaks only after the mean. Scores with no finite
// mean are badged impossible, as the card above badges them: a bare "—" read as no scores at all.
const feedback = (figures: Figures): Child =>
  figures.mean_feedback === null && figures.feedback_count === 0 ? "—" : [whole(meanFeedback(figures.mean_feedback, figures.feedback_count)), ` (${counted(figures.feedback_count, "score").replace(" ", "\u00a0")})`];

/** The rows: what cost went to, what it saved, and whether the answers held (feedback, errors, escalations). */
function rows(now: Figures, before: Figures): Row[] {
  return [
    ["Requests", count(now.requests), count(before.requests), relative(now.requests, before.requests)],
    ["Spend", usd(now.cost_usd), usd(before.cost_usd), relative(now.cost_usd, before.cost_usd)],
    ["Saved against premium", saved(savedShare(now)), saved(savedShare(before)), savedChange(savedShare(now), savedShare(before))],
    ["Mean feedback", feedback(now), feedback(before), difference(now.mean_feedback, before.mean_feedback, shownMean, (value) => signedDecimal(value, 2))],
    ["Error rate", share(now.error_rate ?? null), share(before.error_rate ?? null), difference(now.error_rate, before.error_rate, shownPoints, points)],
    ["Escalation rate", share(now.escalation_rate ?? null), share(before.escalation_rate ?? null), difference(now.escalation_rate, before.escalation_rate, shownPoints, points)],
  ];
}

/**
 * The figures of the period of the same length ending where `period` begins, or the error that kept them from being read.
 * Its ends are the period's own, as the gateway answered them, not "14d" and "7d" read at a second "now": a request
 * landing between the two reads counted in both columns (or, the other way, in neither), and the two disagreed.
 */
export async function readPeriodBefore(period: Pick<Report, "since" | "until">, by: string): Promise<Figures | Error> {
  const since = Date.parse(period?.since);
  const until = Date.parse(period?.until);
  if (!Number.isFinite(since) || !Number.isFinite(until) || !(until > since)) return new Error("The gateway's answer gave the period no start and end.");
  const query = { since: new Date(since - (until - since)).toISOString(), until: new Date(since).toISOString(), by };
  return api<Report>("/api/report", { query }).then(
    (answer) => (typeof answer?.total === "object" && answer.total !== null ? answer.total : new Error("The gateway's answer held no figures.")),
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
}

/**
 * The section while the period before is read: the page shows this period's figures at once, and this panel says it
 * is still reading (a hung read held the whole page on "Loading…" for the API's 30 seconds), then becomes the table.
 */
export function periodBeforeLoading(names: PeriodNames): HTMLElement {
  return h("section", { class: "panel", "data-period-before": "", "aria-busy": "true" }, h("h2", {}, `Against ${names.before.toLowerCase()}`), h("p", { class: "loading", role: "status" }, `Reading ${names.before.toLowerCase()}…`));
}

/**
 * The section: a table of both periods, or, with nothing logged before, a line saying there is nothing to compare, or
 * why the period before could not be read, in the error box every other panel has (with its Try again, `retry`).
 */
export function periodBeforeSection(now: Figures, before: Figures | Error, names: PeriodNames, retry: () => void): HTMLElement {
  const heading = h("h2", {}, `Against ${names.before.toLowerCase()}`);
  // Why, in the API's words ("The gateway did not answer within 30 seconds …"): a bare "could not be read" left a
  // reader to guess whether to wait, reload or look at the gateway. It said "reload to try again" where every other
  // panel's box has a Try again button (and a 400, which a reload gets again, was told to reload too).
  if (before instanceof Error) return h("section", { class: "panel", "data-period-before": "" }, heading, h("p", {}, `${names.before} could not be read: the figures above are this period's alone.`), errorBox(before, { retry }));
  if (before.requests === 0) return h("section", { class: "panel", "data-period-before": "" }, heading, emptyState(`No requests in ${names.before.toLowerCase()}.`, "Nothing to hold this period's figures against yet."));
  return h(
    "section",
    { class: "panel", "data-period-before": "" },
    heading,
    // Four columns that fit a phone whole (styles.css), so no name column held in place while the figures scroll.
    table(["Measure", names.now, names.before, "Change"], rows(now, before).map(([measure, ...figures]) => [measure, ...figures.map(whole)]), { numeric: [1, 2, 3] }),
    h("p", { class: "hint" }, "Two periods of whatever traffic came, not a test: a change here may be the traffic's. To know whether a cheaper route holds quality, run an experiment (Experiments); its verdict has 95% intervals."),
  );
}
