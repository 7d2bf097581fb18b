/**
 * The overview's table of the period by tier (model, task, key): each group's requests, what they cost and saved, and
 * how they were scored, each group linked to its decisions (journey 2.2).
 * @module
 */
import type { Figures, Report } from "../api-types.js";
import { clipped, h, visibleText, type Child } from "../dom.js";
import { count, counted, decimal, usd } from "../format.js";
import { meanFeedback } from "../mean-feedback.js";
import { table } from "../ui.js";

/** The model group of requests no model answered (a null in the log) reads as what it is, in the table and legend. */
const NO_MODEL_LABEL = "no model answered";
/** Why that row has no link: it sums three outcomes, and `/api/decisions` filters one status at a time. */
const NO_MODEL_TITLE = "Requests refused, failed on every model, or rejected as client errors: no model answered them. No filter selects them all; filter Decisions by status.";

export function modelLabel(group: string): string {
  return group === "(none)" ? NO_MODEL_LABEL : group;
}

/**
 * A group's decisions over the same period, on the Decisions page (journey 2.2: from an expensive task to why its
 * requests went where they went). A model or key "(none)" is a null in the log, which no filter matches: no link.
 */
function groupLink(by: string, group: string, since: string, name: string, shown: HTMLElement): HTMLElement {
  if (group === "(none)" && by === "model") shown.title = NO_MODEL_TITLE;
  if (group === "(none)" && (by === "model" || by === "key")) return shown;
  const query = new URLSearchParams({ since, [by]: group });
  // A name past 160 characters is cut in its middle ("…", dom.ts clipText) even in the link's text: the link is named
  // by the whole of it, so a screen reader reads what the eye gets from the title.
  const whole = shown.textContent === name ? undefined : visibleText(name);
  return h("a", { href: `/dashboard/decisions?${query.toString()}`, "aria-label": whole }, shown);
}

/** A name past this many characters may be cut to a few lines on a phone (styles.css): it is whole in its title. */
const TITLED_NAME_CHARS = 16;

/**
 * A group's name, whole in its title when it is long: on a phone it is cut to three lines (styles.css), where a
 * 500-character model id ran 20 lines down and its column pushed Mean feedback a scroll away. The link's text stays
 * whole (to 160 characters, dom.ts clipped) for a screen reader.
 */
function groupName(name: string): HTMLElement {
  // dir auto: a right-to-left name wraps as its script reads (its hyphens ended lines on the wrong side).
  const shown = clipped(name, { dir: "auto" });
  if (!shown.title && Array.from(name).length > TITLED_NAME_CHARS) shown.title = visibleText(name);
  return shown;
}

/**
 * A group's mean feedback and its count of scores ("0.75 (27 scores)": "0.75 (27)" under "Feedback" said neither
 * that it is a mean nor what the 27 counts). The count is held together, so on a phone the cell breaks only after
 * the mean and the column is as narrow as its header.
 */
function feedbackCell(row: Figures): Child {
  if (row.mean_feedback === null) return meanFeedback(null, row.feedback_count);
  return h("span", { class: "feedback" }, decimal(row.mean_feedback, 2), " ", h("span", { class: "nowrap" }, `(${counted(row.feedback_count, "score")})`));
}

/**
 * What a team lead reads a group for comes first: its requests, what they cost and whether the answers held (mean
 * feedback), then what that saved against premium. At 390 px the feedback was the tenth column, 500 px of sideways
 * scroll past the name; the outcomes (served, refused, failed, client errors) and the premium price follow.
 */
const COLUMNS = ["Requests", "Spend", "Mean feedback", "Saved", "Served", "Refused", "Failed", "Client errors", "Premium-equivalent"];

export function groupTable(report: Report, options: { label: (group: string) => string; since: string; name: string }): HTMLElement {
  return h(
    "section",
    { class: "panel", "data-by-group": "" },
    h("h2", {}, `By ${report.by}`),
    table(
      [options.name, ...COLUMNS],
      report.rows.map((row) => [
        groupLink(report.by, row.group, options.since, options.label(row.group), groupName(options.label(row.group))),
        count(row.requests),
        usd(row.cost_usd),
        feedbackCell(row),
        usd(row.savings_usd),
        count(row.served),
        count(row.refused),
        count(row.failed),
        count(row.client_errors),
        usd(row.premium_equivalent_usd),
      ]),
      // Ten columns: on a phone a group's name (a 60-character model id, a key's name) stays in view with the figures.
      { numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9], stickyFirstColumn: true },
    ),
  );
}
