/**
 * Building blocks shared by the pages: stat cards, tables, page headings, selects.
 * @module
 */
import { clipText, errorBox, errorCause, h, sameCauseBox, visibleText, type Child } from "./dom.js";
import { count, percent, usd } from "./format.js";

/**
 * A figure with a label. `figure` names it for tests and scripts (data-figure), `raw` keeps the exact number, `full`
 * is the value written out in full, shown on hover when the card shows it shortened.
 */
export function stat(label: string, value: Child, options: { figure?: string; raw?: number | null; note?: Child; full?: string } = {}): HTMLElement {
  const title = options.full !== undefined && options.full !== value ? options.full : undefined;
  return h(
    "div",
    { class: "stat" },
    h("div", { class: "stat-label" }, label),
    h("div", { class: "stat-value", "data-figure": options.figure, "data-value": options.raw === null || options.raw === undefined ? undefined : String(options.raw), title }, value),
    options.note === undefined ? null : h("div", { class: "stat-note" }, options.note),
  );
}

/** A grid of stat cards. */
export function stats(...cards: HTMLElement[]): HTMLElement {
  return h("div", { class: "stats" }, cards);
}

/**
 * A table with a header row, each body row's first cell its row header; cells are children (text or nodes). Wrapped so it
 * scrolls sideways on phones.
 */
export function table(
  headers: Child[],
  rows: Child[][],
  options: { numeric?: number[]; caption?: string; rowAttributes?: (index: number) => Record<string, string>; details?: (index: number) => Child; stickyFirstColumn?: boolean; oneLineOnPhone?: boolean } = {},
): HTMLElement {
  const numeric = new Set(options.numeric ?? []);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      // On a phone the first column (a name) stays in view, narrow, while the figures scroll past it (styles.css).
      // oneLineOnPhone: each row one line on a phone, a long value cut with "…" and whole in its title (styles.css).
      { class: [options.stickyFirstColumn ? "sticky-first" : "", options.oneLineOnPhone ? "one-line" : ""].filter(Boolean).join(" ") || undefined },
      options.caption ? h("caption", {}, options.caption) : null,
      h("thead", {}, h("tr", {}, headers.map((header, index) => h("th", { scope: "col", class: numeric.has(index) ? "num" : undefined }, header)))),
      h(
        "tbody",
        {},
        rows.map((cells, rowIndex) => {
          // The first cell names the row (a budget, a tier, a model, a measure): a row header, so a screen reader reading
          // a figure says whose it is ("Spend, premium, $0.40"), not the column's name alone.
          const cellOf = (cell: Child, index: number) =>
            index === 0 ? h("th", { scope: "row", class: ["row-head", numeric.has(index) ? "num" : ""].filter(Boolean).join(" ") }, cell) : h("td", { class: numeric.has(index) ? "num" : undefined }, cell);
          const row = h("tr", options.rowAttributes?.(rowIndex) ?? {}, cells.map(cellOf));
          // A sentence (a verdict) under its row, the table's whole width: as a column it was squeezed to a word a line.
          const detail = options.details?.(rowIndex);
          return detail ? [row, h("tr", { class: "detail" }, h("td", { colspan: headers.length }, h("div", { class: "detail-text" }, detail)))] : row;
        }),
      ),
    ),
  );
}

/** A panel's heading over why it could not be read or drawn. */
export function failedPanel(heading: string, error: unknown, retry: () => void): HTMLElement {
  return h("section", { class: "panel", "data-failed": "" }, h("h2", {}, heading), errorBox(error, { retry }));
}

/** Draws a panel that failed: see {@link failedPanels}. */
export type FailedPanel = (heading: string, error: unknown) => HTMLElement;

/**
 * The failed panels of one page, each cause said once: the first panel that failed for it gives it in full, and a
 * later one for the same cause says which panel above gives it (with the same Try again). When every read failed the
 * overview said one cause three times, which read as three problems.
 */
export function failedPanels(retry: () => void): FailedPanel {
  const said = new Map<string, string>();
  return (heading, error) => {
    const cause = errorCause(error);
    const first = said.get(cause);
    if (first === undefined) {
      said.set(cause, heading);
      return failedPanel(heading, error, retry);
    }
    return h("section", { class: "panel", "data-failed": "" }, h("h2", {}, heading), sameCauseBox(error, first, { retry }));
  };
}

/**
 * A numbered row's header: "1" to the eye under its column's "Attempt", "Attempt 1" to a screen reader, which says a
 * row's header beside each of its cells ("1" alone, under "#", named nothing).
 */
export function ordinalHeader(noun: string, index: number): Child {
  return [h("span", { class: "visually-hidden" }, `${noun} `), String(index + 1)];
}

/** A page heading with optional controls on the right. */
export function pageHeader(title: Child, ...controls: Child[]): HTMLElement {
  return h("div", { class: "page-header" }, h("h1", {}, title), h("div", { class: "controls" }, controls));
}

/** A labelled select. */
export function select(label: string, name: string, options: [value: string, text: string][], value: string, onChange: (value: string) => void): HTMLElement {
  const id = `select-${name}`;
  const element = h("select", { id, name, on: { change: () => onChange(element.value) } }, options.map(([optionValue, text]) => h("option", { value: optionValue, selected: optionValue === value }, text)));
  return h("label", { class: "field inline", for: id }, h("span", {}, label), element);
}

/** The most characters a badge shows: it does not wrap, so a longer one would widen its column past the window. */
const MAX_BADGE_CHARS = 48;
/** A badge text longer than this may be clipped by the badge's width (styles.css) even under {@link MAX_BADGE_CHARS}. */
const BADGE_TITLE_CHARS = 24;

/**
 * A badge for an outcome or state. Its text may hold a name from outside (an escalation tier, an error type): past
 * {@link MAX_BADGE_CHARS} it is clipped, and past 20rem its stylesheet clips it; a long one has its whole text on hover.
 */
export function badge(text: string, tone: "good" | "bad" | "warn" | "neutral" = "neutral"): HTMLElement {
  const shown = clipText(text, MAX_BADGE_CHARS);
  return h("span", { class: `badge ${tone}`, title: shown === text && text.length <= BADGE_TITLE_CHARS ? undefined : visibleText(text) }, shown);
}

/** The tone of a decision outcome. */
export function outcomeTone(outcome: string): "good" | "bad" | "warn" | "neutral" {
  return outcome === "served" ? "good" : outcome === "failed" ? "bad" : outcome === "refused" ? "warn" : "neutral";
}

/** Attempt records that are a candidate passed over without a call (its circuit, a budget, a hold, too small a context). */
const SKIP_TYPES = new Set(["circuit_open", "budget_exceeded", "retry_after", "context_too_small"]);

/** True when the attempt record is a skipped candidate, not an upstream call. */
export function isSkippedAttempt(attempt: { status: number; errorType: string | null }): boolean {
  return attempt.status === 0 && attempt.errorType !== null && SKIP_TYPES.has(attempt.errorType);
}

/** Why an upstream call did not answer, in a few words: "HTTP 502", "rate_limited, HTTP 429", "timeout". */
function callProblem(attempt: { status: number; errorType: string | null }): string {
  if (attempt.errorType === null) return "answered";
  if (attempt.status === 0) return attempt.errorType;
  return attempt.errorType === "http" ? `HTTP ${attempt.status}` : `${attempt.errorType}, HTTP ${attempt.status}`;
}

type AttemptLike = { model: string; status: number; errorType: string | null };

/**
 * What a decision that no model answered shows where the model would be ("none" said nothing of what was tried, or
 * why it failed): each model it called, in order, with why its last call did not answer, and how many candidates it
 * passed over without a call (an open circuit, a budget), with why.
 */
export function whatWasTried(attempts: readonly AttemptLike[]): { tried: { model: string; problem: string }[]; skipped: { count: number; reasons: string[] } } {
  const last = new Map<string, string>();
  const skips = attempts.filter(isSkippedAttempt);
  for (const attempt of attempts) if (!isSkippedAttempt(attempt)) last.set(attempt.model, callProblem(attempt));
  return {
    tried: [...last].map(([model, problem]) => ({ model, problem })),
    skipped: { count: new Set(skips.map((skip) => skip.model)).size, reasons: [...new Set(skips.map((skip) => skip.errorType ?? ""))] },
  };
}

/** "3 skipped (budget_exceeded)" ("3 candidates skipped (…)" with `named`), or "" when none was. */
export function skippedText(skipped: { count: number; reasons: string[] }, named = false): string {
  if (skipped.count === 0) return "";
  const noun = named ? (skipped.count === 1 ? " candidate" : " candidates") : "";
  return `${count(skipped.count)}${noun} skipped (${clipText(skipped.reasons.join(", "), 48)})`;
}

/**
 * How much of a budget is used: a meter (green to 80%, amber to the limit, red at or past it: `optimum` below `low`
 * puts the limit itself in the "even less good" band) with the percentage, and an "exhausted" badge once nothing is
 * left. Before, the meter only knew "above 80%", so a budget spent to 160% of its limit looked like one at 85%.
 */
export function budgetUse(spentUsd: number, reservedUsd: number, limitUsd: number, remainingUsd: number): HTMLElement {
  const used = spentUsd + reservedUsd;
  // A limit of $0 leaves room for nothing priced (free models only): its meter is full, not an empty "0.0%" beside "exhausted" (a share of zero is no number).
  const share = limitUsd > 0 ? used / limitUsd : Infinity;
  const exhausted = remainingUsd <= 0 && limitUsd >= 0 && (limitUsd === 0 || share >= 1);
  const over = limitUsd > 0 ? share > 1 : used > 0;
  return h(
    "span",
    { class: "used" },
    // A screen reader read the meter's raw value ("0.001036685", a dot even in a German browser): it reads this text instead.
    h("meter", { min: 0, max: 1, value: Math.min(1, share), low: 0.8, high: 0.9999, optimum: 0, "aria-label": "share of the limit used", "aria-valuetext": budgetUseText(used, limitUsd) }),
    ` ${usedShare(share)}`,
    exhausted ? [" ", badge(over ? "over limit" : "exhausted", "bad")] : null,
  );
}

/**
 * A share of a budget's limit that does not round to none or all when it is neither: $0.0008 of $5 read "0.0%" used,
 * as if nothing had been spent, and $4.999 of $5 "100.0%" with no "exhausted" beside it.
 */
function usedShare(share: number): string {
  const text = percent(share);
  if (share > 0 && text === percent(0)) return `<${percent(0.001)}`;
  if (share < 1 && text === percent(1)) return `>${percent(0.999)}`;
  return text;
}

/** What a budget's meter says to a screen reader, in the reader's numbers and currency ("93,0 % of the limit used: 4,65 $ of 5,00 $"). */
function budgetUseText(usedUsd: number, limitUsd: number): string {
  return limitUsd > 0 ? `${usedShare(usedUsd / limitUsd)} of the limit used: ${usd(usedUsd)} of ${usd(limitUsd)}` : `${usd(usedUsd)} used of a limit of ${usd(limitUsd)}`;
}
