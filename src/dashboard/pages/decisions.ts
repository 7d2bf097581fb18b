/**
 * Decisions: the log as a paginated table with filters (time range, task, tier, model, status, key, experiment,
 * cost above), and a lookup by decision id. Filters live in the URL, so a filtered view can be shared.
 * @module
 */
import { dashboardPageAt } from "../../core/dashboard-page-path.js";
import { api } from "../api.js";
import type { DecisionRecord, List, Report, VirtualKey } from "../api-types.js";
import { clipText, clipped, code, emptyState, h, replace, visibleText } from "../dom.js";
import { count, ms, timeElement, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, isSkippedAttempt, outcomeTone, pageHeader, skippedText, table, whatWasTried } from "../ui.js";

const PAGE_SIZE = 50;
const RANGES: [string, string][] = [
  ["1h", "Last hour"],
  ["24h", "Last 24 hours"],
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
  ["90d", "Last 90 days"],
];
/** Free-text filters, each with suggestions from the period's report (a GROUP BY in the database). */
const TEXT_FILTERS: [name: "task" | "tier" | "model" | "experiment", label: string, placeholder: string][] = [
  ["task", "Task", "any"],
  ["tier", "Tier", "any"],
  ["model", "Model", "any"],
  ["experiment", "Experiment", "any"],
];
const FILTER_NAMES = ["since", "until", "task", "tier", "model", "status", "key", "experiment", "min_cost_usd"];

/**
 * Where a decision's "back" link goes: the list it was opened from (a task, a cost threshold, a page), else the whole
 * list. `from` is the view the router left for the decision (kept in that history entry, so Back, Forward and a reload
 * keep it): only a view of this list with a query counts; anything else (Live, the overview, another origin, a
 * `javascript:` URL) gives the whole list. It went to the whole list always, so a team lead who filtered to one
 * expensive task and opened a decision lost the filters on the way back, one decision at a time.
 */
export function decisionsListLink(from: unknown): { href: string; text: string } {
  const whole = { href: "/dashboard/decisions", text: "← All decisions" };
  if (typeof from !== "string" || !from.startsWith("/")) return whole;
  const url = new URL(from, location.origin);
  const page = dashboardPageAt(url.pathname);
  if (url.origin !== location.origin || page?.section !== "decisions" || page.param !== undefined || url.search === "") return whole;
  return { href: url.pathname + url.search, text: "← Back to the list" };
}

export const decisionsPage: Page = {
  title: "Decisions",
  async render(context: PageContext) {
    const query = context.query;
    const filters: Record<string, string> = {};
    for (const name of FILTER_NAMES) {
      const value = query.get(name);
      if (value) filters[name] = value;
    }
    filters.since ??= "7d";
    // On a phone the filters fold away unless some are set; on a laptop they stay open.
    const filtersOpen = Object.keys(filters).length > 1 || query.has("since") || window.matchMedia("(min-width: 721px)").matches;
    const cursor = query.get("cursor") ?? undefined;
    // The page and the filters' suggestions are asked for together, so a stuck store costs one timeout, not two.
    const pending = api<List<DecisionRecord>>("/api/decisions", { query: { ...filters, limit: PAGE_SIZE, cursor } });
    pending.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    // The suggestions only fill the filters' lists, so the page never waits for them: over a million decisions the
    // experiment list (a GROUP BY over the whole period, with no rollup) took 8 s at 90 days, and every "Older →"
    // waited for it again before showing its 50 rows.
    const form = filterForm(context);
    context.root.append(pageHeader("Decisions", lookupForm(context)), h("details", { class: "filter-fold", open: filtersOpen }, h("summary", {}, "Filters"), form.form));
    // Suggestions are a convenience: an answer they cannot read (a gateway of another version) leaves the lists empty,
    // and the page's own call says what is wrong; it was an uncaught error.
    void suggestions(filters.since).then(form.suggest).catch(() => undefined);
    const page = await pending;
    if (page.data.length === 0) {
      const filtered = Object.keys(filters).length > 1;
      context.root.append(
        filtered
          ? emptyState("No decisions match these filters.", "Widen the time range or clear a filter.")
          : emptyState("No decisions in this period.", ["Requests through ", code(`${location.origin}/v1`), " show up here; the Live page shows them as they arrive."]),
      );
      return;
    }
    context.root.append(decisionTable(page.data), pager(context, page.next_cursor ?? null, cursor !== undefined));
  },
};

/** The decisions as a table; the id links to the detail view. */
export function decisionTable(records: DecisionRecord[]): HTMLElement {
  return table(
    ["Time", "Decision", "Task", "Tier", "Model", "Outcome", "Attempts", "Cost", "Latency"],
    records.map((record) => [
      h("span", { class: "nowrap" }, timeElement(record.createdAt, "short")),
      h("a", { href: `/dashboard/decisions/${encodeURIComponent(record.id)}`, class: "mono nowrap", title: record.id }, shortId(record.id)),
      // Titled: on a phone a long value is cut to one line (styles.css, table.one-line).
      clipped(record.task, { title: visibleText(record.task) }),
      clipped(record.tier, { title: visibleText(record.tier) }),
      record.model === null ? noModel(record) : clipped(record.model, { title: visibleText(record.model) }),
      badge(record.escalatedTo ? `${record.outcome} ↑${record.escalatedTo}` : record.outcome, outcomeTone(record.outcome)),
      count(record.attempts.filter((attempt) => !isSkippedAttempt(attempt)).length),
      usd(record.costUsd),
      ms(record.latencyMs),
    ]),
    { numeric: [6, 7, 8], rowAttributes: (index) => ({ "data-decision": records[index]?.id ?? "" }), oneLineOnPhone: true },
  );
}

/**
 * The Model cell of a decision no model answered: "none", with each model it called and why that failed, and how
 * many candidates it passed over without a call ("none; 4 skipped (budget_exceeded)" for a budget refusal).
 */
function noModel(record: DecisionRecord): HTMLElement {
  const { tried, skipped } = whatWasTried(record.attempts);
  if (tried.length === 0 && skipped.count === 0) return h("span", { class: "muted" }, "none");
  const skips = skippedText(skipped);
  const cell = h(
    "span",
    { class: "tried", "data-tried": "" },
    h("span", { class: "muted" }, tried.length > 0 ? "none; tried " : `none; ${skips}`),
    // A model id of up to 40 characters stays on one line ("gpt-5-|nano" broke at its hyphens in a phone's narrow
    // column); the list wraps between models and before each reason, and the table scrolls sideways instead.
    tried.map(({ model, problem }, index) => [
      index > 0 ? ", " : "",
      clipped(model, { class: Array.from(model).length <= 40 ? "nowrap" : undefined }),
      " ",
      h("span", { class: "muted nowrap" }, `(${clipText(problem, 48)})`),
    ]),
    tried.length > 0 && skips ? h("span", { class: "muted" }, `; ${skips}`) : null,
  );
  // Whole on hover where a phone's one-line row cuts it short.
  cell.title = cell.textContent ?? "";
  return cell;
}

/**
 * `dec_…` and the last 8 hex digits, which are random: the first 12 are the creation time in ms, so rows logged in the
 * same few minutes all began `dec_01a23362…`. The full id is in the title and the detail view.
 */
function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 4)}…${id.slice(-8)}` : id;
}

function lookupForm(context: PageContext): HTMLElement {
  const input = h("input", { id: "lookup-id", name: "id", placeholder: "dec_…", required: true, spellcheck: "false", autocomplete: "off" });
  return h(
    "form",
    {
      class: "lookup",
      role: "search",
      on: {
        submit: (event) => {
          event.preventDefault();
          const id = input.value.trim();
          if (id) context.navigate(`/dashboard/decisions/${encodeURIComponent(id)}`);
        },
      },
    },
    h("label", { for: "lookup-id", class: "field inline" }, h("span", {}, "Decision id"), input),
    h("button", { type: "submit" }, "Open"),
  );
}

/** What the filters can suggest: the period's tasks, tiers, models and experiments, and every key by name. */
interface Suggestions {
  values: Record<(typeof TEXT_FILTERS)[number][0], string[]>;
  keys: VirtualKey[];
}

/** How long a period's suggestions are reused: paging and refiltering within a minute ask the store nothing more. */
const SUGGESTIONS_FRESH_MS = 60_000;
let remembered: { since: string; at: number; values: Promise<Suggestions["values"]> } | undefined;

/**
 * The filters' suggestions. The period's values are asked for once a minute at most: each ask is four GROUP BYs over
 * the period (8 s for the experiments at 1,000,000 decisions, on the gateway's own thread with SQLite), and a quick
 * click through "Older →" or the filters would otherwise queue one per view. The keys (one cheap read) every time, so
 * a key just created is listed.
 */
async function suggestions(since: string): Promise<Suggestions> {
  const now = Date.now();
  if (!remembered || remembered.since !== since || now - remembered.at >= SUGGESTIONS_FRESH_MS) remembered = { since, at: now, values: periodValues(since) };
  const [values, keys] = await Promise.all([remembered.values, api<List<VirtualKey>>("/api/keys").then((list) => list.data, () => [])]);
  return { values, keys };
}

async function periodValues(since: string): Promise<Suggestions["values"]> {
  const groups = async (by: string) =>
    api<Report>("/api/report", { query: { since, by } }).then(
      (report) => report.rows.map((row) => row.group).filter((group) => group !== "(none)"),
      () => [],
    );
  const [task, tier, model, armGroups] = await Promise.all([groups("task"), groups("tier"), groups("model"), groups("experiment")]);
  const experiment = [...new Set(armGroups.map((group) => group.replace(/:[^:]*$/, "")))];
  return { task, tier, model, experiment };
}

/** A `since` or `until` that goes back from now (`12h`, `7d`), as the API reads it. */
const DURATION = /^\d+(?:\.\d+)?\s*[mhdw]$/i;

/**
 * A `since`/`until` that names a point in time (an ISO time, a day such as 2026-11-01, which the API reads as UTC
 * midnight, or ms since epoch), else null (a duration, or nothing the API accepts).
 */
export function pointInTime(value: string | null): Date | null {
  const text = value?.trim() ?? "";
  if (text === "" || DURATION.test(text)) return null;
  const date = new Date(/^\d{9,}$/.test(text) ? Number(text) : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text));
  return Number.isFinite(date.getTime()) ? date : null;
}

/**
 * A custom range: a datetime-local input whose value becomes an ISO time in the URL (`since`/`until`). Typing a time
 * selects "Custom" in the range: beside a preset, a From the user had typed was dropped without a word on Apply.
 */
function rangeInput(name: "from" | "to", label: string, at: Date | null, range: HTMLSelectElement): HTMLElement {
  const local = at ? toLocalInput(at) : "";
  const input = h("input", {
    id: `filter-${name}`,
    name,
    type: "datetime-local",
    value: local,
    on: {
      input: () => {
        if (input.value) range.value = "custom";
      },
    },
  });
  return h("label", { class: "field", for: `filter-${name}` }, h("span", {}, label), input);
}

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The filter form, and a way to fill its suggestion lists and key choices once they arrive. */
function filterForm(context: PageContext): { form: HTMLFormElement; suggest: (suggested: Suggestions) => void } {
  const query = context.query;
  const sinceValue = query.get("since") ?? "7d";
  // Anything but a duration is a custom range: a shared link with since=2026-11-01 showed "Last hour" (the first
  // option) while listing from November, and applying another filter then narrowed it to the last hour. A duration
  // the presets lack (12h) gets an option of its own.
  const custom = !DURATION.test(sinceValue.trim());
  const ranges: [string, string][] = custom || RANGES.some(([value]) => value === sinceValue) ? RANGES : [...RANGES, [sinceValue, `Last ${sinceValue}`]];
  const since = h(
    "select",
    { id: "filter-since", name: "since" },
    ranges.map(([value, label]) => h("option", { value, selected: sinceValue === value }, label)),
    h("option", { value: "custom", selected: custom }, "Custom (from / to)"),
  );
  const status = h(
    "select",
    { id: "filter-status", name: "status" },
    [["", "Any"], ["served", "Served"], ["refused", "Refused"], ["failed", "Failed"], ["client_error", "Client error"]].map(([value = "", label]) => h("option", { value, selected: (query.get("status") ?? "") === value }, label)),
  );
  const lists = new Map<(typeof TEXT_FILTERS)[number][0], HTMLDataListElement>();
  const texts = TEXT_FILTERS.map(([name, label, placeholder]) => {
    const input = h("input", { id: `filter-${name}`, name, value: query.get(name) ?? "", placeholder, spellcheck: "false", autocomplete: "off", list: `suggest-${name}` });
    const options = h("datalist", { id: `suggest-${name}` });
    lists.set(name, options);
    return h("label", { class: "field", for: `filter-${name}` }, h("span", {}, label), input, options);
  });
  // Until the key list arrives, a key in the URL shows as its id, so the filter in force is never hidden.
  const chosenKey = query.get("key") ?? "";
  const key = h("select", { id: "filter-key", name: "key" }, h("option", { value: "" }, "Any"), chosenKey ? h("option", { value: chosenKey, selected: true }, clipText(chosenKey)) : null);
  const suggest = (suggested: Suggestions) => {
    for (const [name, list] of lists) replace(list, suggested.values[name].map((value) => h("option", { value })));
    const current = key.value; // what the form shows now (the user may have picked another key meanwhile)
    const known = suggested.keys.map((k) => h("option", { value: k.id, selected: current === k.id }, k.revoked_at === null ? clipText(k.name) : `${clipText(k.name)} (revoked)`));
    const unknown = current !== "" && !suggested.keys.some((k) => k.id === current) ? h("option", { value: current, selected: true }, clipText(current)) : null;
    replace(key, h("option", { value: "" }, "Any"), known, unknown);
  };
  const minCost = h("input", { id: "filter-min-cost", name: "min_cost_usd", type: "number", min: 0, step: "any", value: query.get("min_cost_usd") ?? "", placeholder: "0.01" });
  const form = h(
    "form",
    {
      class: "filters panel",
      on: {
        submit: (event) => {
          event.preventDefault();
          const params = new URLSearchParams();
          for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(name, value.trim());
          // A custom range travels as ISO times; local input times are read in the viewer's zone. The From/To
          // inputs count only with "Custom": picking a preset after a custom range must not keep the old range.
          const from = params.get("from");
          const to = params.get("to");
          params.delete("from");
          params.delete("to");
          if (params.get("since") === "custom") {
            params.set("since", from ? new Date(from).toISOString() : "7d");
            if (to) params.set("until", new Date(to).toISOString());
          }
          context.navigate(`/dashboard/decisions?${params.toString()}`);
        },
      },
    },
    h("label", { class: "field", for: "filter-since" }, h("span", {}, "Time range"), since),
    rangeInput("from", "From", custom ? pointInTime(sinceValue) : null, since),
    rangeInput("to", "To", pointInTime(query.get("until")), since),
    texts,
    h("label", { class: "field", for: "filter-key" }, h("span", {}, "Key"), key),
    h("label", { class: "field", for: "filter-status" }, h("span", {}, "Status"), status),
    h("label", { class: "field", for: "filter-min-cost" }, h("span", {}, "Cost above (USD)"), minCost),
    h("div", { class: "filter-actions" }, h("button", { type: "submit" }, "Apply filters"), h("a", { href: "/dashboard/decisions", class: "button secondary" }, "Clear")),
  );
  return { form, suggest };
}

function pager(context: PageContext, nextCursor: string | null, onLaterPage: boolean): HTMLElement {
  const params = new URLSearchParams(context.query);
  params.delete("cursor");
  const first = `/dashboard/decisions?${params.toString()}`;
  const next = new URLSearchParams(params);
  if (nextCursor) next.set("cursor", nextCursor);
  return h(
    "nav",
    { class: "pager", "aria-label": "Pages" },
    // Ids, so the next page keeps the focus on the link (view-focus.ts): Enter after Enter pages on.
    onLaterPage ? h("a", { href: first, id: "pager-newest", class: "button secondary" }, "← Newest") : null,
    nextCursor ? h("a", { href: `/dashboard/decisions?${next.toString()}`, id: "pager-older", class: "button secondary", rel: "next" }, "Older →") : h("span", { class: "muted" }, "End of the list"),
  );
}
