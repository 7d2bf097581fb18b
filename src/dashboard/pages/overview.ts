/**
 * Overview: spend today and this month against every budget, the period's outcomes, savings, escalations,
 * feedback and latency, and spend and requests over time stacked by tier (or model, task, key).
 * @module
 */
import { api } from "../api.js";
import type { Figures, List, Overview, OverviewBudget, Report, TimeSeries, VirtualKey } from "../api-types.js";
import { clipText, code, commandBlock, emptyState, errorBox, h } from "../dom.js";
import { count, countCompact, counted, decimal, ms, percent, resetTime, timeElement, usd, usdCompact, usdLeft } from "../format.js";
import { impossibleNote } from "../impossible-note.js";
import { feedbackNote, meanFeedback } from "../mean-feedback.js";
import type { Page, PageContext } from "../page.js";
import { periodBeforeLoading, periodBeforeSection, readPeriodBefore, type PeriodNames } from "../period-before.js";
import { appendCharts } from "./overview-charts.js";
import { groupTable, modelLabel } from "./overview-groups.js";
import { budgetUse, failedPanels, pageHeader, select, stat, stats, table, type FailedPanel } from "../ui.js";

/** The periods offered; each chart draws the period read for its figures, in bars of `stepMs`. */
/** `names`: the period's and the one before it's, as the panel comparing them reads them (period-before.ts). */
const PERIODS: Record<string, { since: string; series: "hourly" | "daily"; label: string; stepMs: number; names: PeriodNames }> = {
  "48h": { since: "48h", series: "hourly", label: "Last 48 hours, hourly", stepMs: 3_600_000, names: { now: "Last 48 hours", before: "The 48 hours before" } },
  // The team lead's weekly look (journey 2.1): the CLI's `report` default too.
  "7d": { since: "7d", series: "daily", label: "Last 7 days, daily", stepMs: 86_400_000, names: { now: "Last 7 days", before: "The 7 days before" } },
  "60d": { since: "60d", series: "daily", label: "Last 60 days, daily", stepMs: 86_400_000, names: { now: "Last 60 days", before: "The 60 days before" } },
};
/** How long the page's render waits for the period before's panel before it is done without it (see render's end). */
const PERIOD_BEFORE_WAIT_MS = 2_000;
const BREAKDOWNS: [string, string][] = [
  ["tier", "Tier"],
  ["model", "Model"],
  ["task", "Task"],
  ["key", "Key"],
];

export const overviewPage: Page = {
  title: "Overview",
  async render(context: PageContext) {
    const period = PERIODS[context.query.get("period") ?? "48h"] ? (context.query.get("period") ?? "48h") : "48h";
    const by = BREAKDOWNS.some(([value]) => value === context.query.get("by")) ? (context.query.get("by") ?? "tier") : "tier";
    const settings = PERIODS[period] ?? PERIODS["48h"]!;
    const go = (next: { period?: string; by?: string }) => context.navigate(`/dashboard?period=${next.period ?? period}&by=${next.by ?? by}`, { replace: true });
    context.root.append(
      pageHeader(
        "Overview",
        select("Period", "period", Object.entries(PERIODS).map(([value, p]) => [value, p.label]), period, (value) => go({ period: value })),
        select("Stack by", "by", BREAKDOWNS, by, (value) => go({ by: value })),
      ),
    );
    const retry = () => context.retry();
    const failed = failedPanels(retry);
    // The budgets' read leaves out the overview's series (series=none): the charts read their own, over the period.
    // Each panel is drawn from its own read, and a read that fails is said in its panels alone: read together, a failed
    // /api/overview took the period's figures with it, and a failed /api/report the budgets.
    const [overview, report] = await Promise.allSettled([api<Overview>("/api/overview", { query: { series: "none" } }), api<Report>("/api/report", { query: { since: settings.since, by } })]);
    context.root.append(...(await drawn(overview, "Spend against budgets", failed, budgetPanels)));
    const periodReport = report.status === "fulfilled" ? report.value : null;
    if (periodReport?.total?.requests === 0) {
      context.root.append(
        emptyState(
          "No requests in this period yet.",
          "Send one through the gateway, or try a prompt in the Route playground:",
          commandBlock(`curl ${location.origin}/v1/chat/completions`, "-H 'content-type: application/json'", `-d '{"model":"switchyard/auto","messages":[{"role":"user","content":"Hello"}]}'`),
          h("p", { class: "muted" }, "Once virtual keys exist, add -H 'authorization: Bearer <key>'."),
        ),
      );
      return;
    }
    // The period before, read from the period's own ends (one "now", period-before.ts), fills its panel when it comes.
    const beforePanel = periodBeforeLoading(settings.names);
    const periodPanels = await drawn(report, settings.label, failed, (answer) => [periodSection(answer, settings.label), beforePanel]);
    context.root.append(...periodPanels);
    // Drawn when it comes, perhaps after the page's render has returned: an answer it cannot draw is said in the panel,
    // not thrown unseen.
    const beforeDrawn = periodReport && periodPanels.includes(beforePanel)
      ? readPeriodBefore(periodReport, by)
          .then((before) => beforePanel.replaceWith(periodBeforeSection(periodReport.total, before, settings.names, retry)))
          .catch((error: unknown) => {
            beforePanel.removeAttribute("aria-busy");
            beforePanel.querySelector(".loading")?.replaceWith(errorBox(error));
          })
      : Promise.resolve();
    // The charts are read over the period the figures above were read for (its ends as the gateway resolved them):
    // read at a "now" of their own, their bars could disagree with the figures at the period's edges.
    const bucket = settings.series === "hourly" ? "hour" : "day";
    const seriesRead = Promise.allSettled([api<TimeSeries>("/api/report/timeseries", { query: { bucket, by, ...periodEnds(periodReport, settings.since) } })]);
    const label = by === "key" ? await keyLabeller() : by === "model" ? modelLabel : (group: string) => group;
    const [series] = await seriesRead;
    appendCharts(context, series, { by, stepMs: settings.stepMs, period: settings.label, label }, failed);
    if (periodReport) context.root.append(...(await drawn(report, `By ${by}`, failed, (answer) => [groupTable(answer, { label, since: settings.since, name: BREAKDOWNS.find(([value]) => value === answer.by)?.[1] ?? answer.by })])));
    // The page is done (Back restores its place, focus settles) once the panel is drawn, or after a short wait: restored
    // while the panel still read "Reading…", 200 px shorter, Back from a tier's decisions landed that far up (Safari,
    // with no scroll anchoring, left it there). A read that hangs still holds nothing but its panel.
    await Promise.race([beforeDrawn, new Promise((resolve) => window.setTimeout(resolve, PERIOD_BEFORE_WAIT_MS))]);
  },
};

/**
 * The panels drawn from one read, or, when it failed or its answer cannot be drawn (JSON of another shape), one panel
 * under `heading` saying why, with a "Try again" where that can help.
 */
async function drawn<T>(read: PromiseSettledResult<T>, heading: string, failed: FailedPanel, draw: (answer: T) => HTMLElement[] | Promise<HTMLElement[]>): Promise<HTMLElement[]> {
  try {
    if (read.status === "fulfilled") return await draw(read.value);
    return [failed(heading, read.reason)];
  } catch (error) {
    return [failed(heading, error)];
  }
}

/** The period's ends as the gateway resolved them, for the charts' read; its duration when the period was not read. */
function periodEnds(period: Report | null, since: string): { since: string; until?: string } {
  const start = Date.parse(period?.since ?? "");
  const end = Date.parse(period?.until ?? "");
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) return { since };
  return { since: new Date(start).toISOString(), until: new Date(end).toISOString() };
}

/** When the figures were read, and the spend against every budget. */
async function budgetPanels(overview: Overview): Promise<HTMLElement[]> {
  const keyBudgets = overview.budgets.length === 0 && !overview.budgets_error ? await keysWithBudgets() : 0;
  // The page does not read again by itself: a tab left open overnight showed yesterday's "Spend today" as today's.
  return [
    h("p", { class: "hint", "data-read-at": "" }, "Figures as of ", timeElement(readAt(overview.generated_at)), "; reload the page for newer ones."),
    spendSection(overview.today, overview.month, overview.budgets, overview.budgets_error ?? null, keyBudgets),
  ];
}

function spendSection(today: Figures, month: Figures, budgets: OverviewBudget[], budgetsError: string | null, keyBudgets: number): HTMLElement {
  const cards = stats(
    stat("Spend today (UTC)", usdCompact(today.cost_usd), { full: usd(today.cost_usd), figure: "spend-today", raw: today.cost_usd, note: `${counted(today.requests, "request")}${judgeNote(today, ", ")}` }),
    stat("Spend this month (UTC)", usdCompact(month.cost_usd), { full: usd(month.cost_usd), figure: "spend-month", raw: month.cost_usd, note: `${counted(month.requests, "request")}${judgeNote(month, ", ")}` }),
  );
  const budgetList = budgetsError
    ? errorBox(new Error(`The budgets could not be read: ${budgetsError}`))
    : budgets.length === 0
        ? noBudgetsState(keyBudgets)
        : table(
            // What a lead reads first beside the name, Used and Left: on a phone they were the last columns, out of view.
            ["Budget", "Used", "Left", "Spent", "Reserved", "Limit", "Window", "Resets"],
            budgets.map((budget) => [
              budget.budget,
              budgetUse(budget.spent_usd, budget.reserved_usd, budget.limit_usd, budget.remaining_usd),
              usdLeft(budget.remaining_usd),
              usd(budget.spent_usd),
              usd(budget.reserved_usd),
              usd(budget.limit_usd),
              budget.window,
              resetTime(budget.resets_at),
            ]),
            // Eight columns: on a phone a budget's name scrolled away from its figures.
            { numeric: [2, 3, 4, 5], stickyFirstColumn: true },
          );
  return h("section", { class: "panel" }, h("h2", {}, "Spend against budgets"), cards, budgetList);
}

/**
 * The budget panel with no budget from the config. Keys' own budgets are shown on the Keys page, so a team that gave
 * each key one is sent there, rather than told to add what it has.
 */
function noBudgetsState(keyBudgets: number): HTMLElement {
  if (keyBudgets === 0) {
    return emptyState("No budgets configured.", ["Add one under ", code("budgets:"), " in switchyard.yaml (e.g. a global daily limit), or give a key its own daily or monthly budget on the Keys page."]);
  }
  const keys = keyBudgets === 1 ? "1 key has a budget of its own" : `${count(keyBudgets)} keys have budgets of their own`;
  return emptyState("No budget in switchyard.yaml.", [`${keys}: see `, h("a", { href: "/dashboard/keys" }, "Keys & budgets"), ". Add a global one under ", code("budgets:"), " to cap the whole gateway."]);
}

/** How many active keys carry a daily or monthly budget (0 when the keys cannot be read: the panel then says so generally). */
async function keysWithBudgets(): Promise<number> {
  const keys = await api<List<VirtualKey>>("/api/keys").then((list) => list.data, () => []);
  return keys.filter((key) => key.revoked_at === null && (key.daily_budget_usd !== null || key.monthly_budget_usd !== null)).length;
}

/** The sampled judge's spend on top of the requests' (empty without any): the bill is their sum. */
function judgeNote(figures: Figures, separator: string): string {
  return figures.judge_cost_usd > 0 ? `${separator}plus ${usd(figures.judge_cost_usd)} for the sampled judge` : "";
}

/**
 * When the figures were read: the gateway's time, or, when its answer has none that is a time (a proxy's rewrite, a
 * hostile store), the browser's own, as the answer has just arrived. It said "Figures as of undefined", or 1 Jan 1970.
 */
function readAt(generatedAt: unknown): number {
  return typeof generatedAt === "number" && Number.isFinite(new Date(generatedAt).getTime()) ? generatedAt : Date.now();
}

/**
 * The savings as a share of the premium price, or, when the requests cost more than twice it, how many times it they
 * cost: a spend thousands of times a tiny premium-equivalent read "<-999.000% of premium".
 */
function savingsNote(share: number): string {
  if (share >= -1) return `${percent(share)} of premium`;
  const times = 1 - share;
  return `cost ${times >= 10 ? count(times) : decimal(times, 1)}× the premium price`;
}

function periodSection(report: Report, label: string): HTMLElement {
  const total = report.total;
  const savingsShare = total.premium_equivalent_usd > 0 ? total.savings_usd / total.premium_equivalent_usd : null;
  const premiumNote = report.premium_model ? ["against ", code(report.premium_model)] : "premium price unknown";
  return h(
    "section",
    { class: "panel" },
    h("h2", {}, label),
    impossibleNote(total.impossible),
    stats(
      stat("Requests", countCompact(total.requests), { full: count(total.requests), figure: "requests", raw: total.requests }),
      stat("Served", countCompact(total.served), { full: count(total.served), figure: "served", raw: total.served }),
      stat("Refused", countCompact(total.refused), { full: count(total.refused), figure: "refused", raw: total.refused, note: "budget, rate limit or key" }),
      // Every `outcome: failed` record: a chain that failed on every model, a gateway error, and a request a crash cut.
      stat("Failed", countCompact(total.failed), { full: count(total.failed), figure: "failed", raw: total.failed, note: "upstream or gateway error, or cut off by a restart" }),
      // The fourth outcome: without it served + refused + failed falls short of the requests.
      stat("Client errors", countCompact(total.client_errors), { full: count(total.client_errors), figure: "client-errors", raw: total.client_errors, note: "malformed, or ended by the client" }),
      stat("Spend", usdCompact(total.cost_usd), { full: usd(total.cost_usd), figure: "cost", raw: total.cost_usd, note: judgeNote(total, "") || undefined }),
      stat("Premium-equivalent", usdCompact(total.premium_equivalent_usd), { full: usd(total.premium_equivalent_usd), figure: "premium", raw: total.premium_equivalent_usd, note: premiumNote }),
      stat("Saved", usdCompact(total.savings_usd), { full: usd(total.savings_usd), figure: "savings", raw: total.savings_usd, note: savingsShare === null ? undefined : savingsNote(savingsShare) }),
      stat("Escalation rate", total.escalation_rate === undefined ? "—" : percent(total.escalation_rate), { figure: "escalation-rate", raw: total.escalation_rate ?? null, note: total.escalations === undefined ? undefined : `${count(total.escalations)} escalated` }),
      stat("Mean feedback", meanFeedback(total.mean_feedback, total.feedback_count), { figure: "mean-feedback", raw: total.mean_feedback, note: feedbackNote(total.mean_feedback, total.feedback_count) }),
      stat("Latency p50", ms(total.latency_p50_ms), { figure: "latency-p50", raw: total.latency_p50_ms ?? null }),
      stat("Latency p95", ms(total.latency_p95_ms), { figure: "latency-p95", raw: total.latency_p95_ms ?? null }),
      stat("Error rate", total.error_rate === undefined ? "—" : percent(total.error_rate), { figure: "error-rate", raw: total.error_rate ?? null }),
    ),
  );
}

/** Key ids as "name (id)", from the key list. */
async function keyLabeller(): Promise<(group: string) => string> {
  const keys = await api<List<VirtualKey>>("/api/keys").then((list) => list.data, () => []);
  const names = new Map(keys.map((key) => [key.id, key.name]));
  return (group) => {
    const name = names.get(group);
    return name === undefined ? group : `${clipText(name)} (${group})`;
  };
}
