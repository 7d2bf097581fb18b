/**
 * One decision: the classifier's reading, the candidate chain with what happened to each candidate, the attempts
 * as a timeline, estimated against actual cost, quality checks, escalation, feedback, and the prompt (as text,
 * only when `log.store_prompts` kept it).
 * @module
 */
import { api, ApiError } from "../api.js";
import type { DecisionRecord, List, VirtualKey } from "../api-types.js";
import { code, emptyState, h, whole } from "../dom.js";
import { count, decimal, ms, percent, timeElement, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, isSkippedAttempt, ordinalHeader, outcomeTone, pageHeader, skippedText, table, whatWasTried } from "../ui.js";
import { decisionsListLink } from "./decisions.js";

type Attempt = DecisionRecord["attempts"][number];

const SKIPS: Record<string, string> = {
  circuit_open: "skipped: its circuit breaker was open",
  budget_exceeded: "skipped: its worst case did not fit a budget",
};

export const decisionDetailPage: Page = {
  title: "Decision",
  async render(context: PageContext) {
    const id = context.param ?? "";
    let record: DecisionRecord;
    try {
      record = await api<DecisionRecord>(`/api/decisions/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        context.root.append(pageHeader("Decision"), emptyState(`No decision with id ${id}.`, ["Check the id (the ", code("x-switchyard-decision-id"), " response header), or find it on the Decisions page."]));
        return;
      }
      throw error;
    }
    const keyName = record.keyId === null ? undefined : await api<List<VirtualKey>>("/api/keys").then((list) => list.data.find((key) => key.id === record.keyId)?.name, () => undefined);
    context.root.append(
      h("p", {}, backLink()),
      // The id on a line of its own, sized to fit a phone's width: it broke mid-id over two lines of the heading.
      pageHeader(["Decision ", h("span", { class: "record-id" }, record.id)], badge(record.outcome, outcomeTone(record.outcome)), h("span", { class: "muted" }, `HTTP ${record.status}`)),
      h("div", { class: "detail-grid" }, summary(record, keyName), classifierReading(record), costs(record)),
      why(record),
      chain(record),
      timeline(record),
      h("div", { class: "detail-grid" }, quality(record), feedback(record)),
      prompt(record),
    );
  },
};

/** Back to the decisions list the decision was opened from, with its filters (or to the whole list). */
function backLink(): HTMLElement {
  const { href, text } = decisionsListLink((history.state as { from?: unknown } | null)?.from);
  return h("a", { href, "data-back": "" }, text);
}

/** A panel of labelled values; text values are shown whole, a long one in a box of its own that scrolls. */
function facts(title: string, rows: [string, ...(Node | string)[]][]): HTMLElement {
  const cell = (value: (Node | string)[]) => value.map((part) => (typeof part === "string" ? whole(part) : part));
  return h("section", { class: "panel" }, h("h2", {}, title), h("dl", { class: "facts" }, rows.map(([label, ...value]) => [h("dt", {}, label), h("dd", {}, cell(value))])));
}

function summary(record: DecisionRecord, keyName: string | undefined): HTMLElement {
  return facts("Request", [
    ["Time", timeElement(record.createdAt)],
    ["Model", ...(record.model === null ? noModelAnswered(record) : [record.model])],
    ["Tier", notRouted(record) ? "none: not routed" : record.tier],
    ["Key", record.keyId !== null ? (keyName === undefined ? record.keyId : `${keyName} (${record.keyId})`) : record.status === 401 ? "none: the request's key was missing or not valid" : "none (open gateway)"],
    ["Experiment", record.experiment ? `${record.experiment} (${record.arm ?? "?"} arm)` : "none"],
    ["Stream", record.stream ? "yes" : "no"],
    ["Finish", record.finishReason ?? "—"],
    ["Error", record.errorType ?? "none"],
  ]);
}

/**
 * "none answered" and, when models were called, each with why it failed (a link to the attempts below), and how many
 * candidates were passed over without a call: a decision that failed on every model said only "none answered".
 */
function noModelAnswered(record: DecisionRecord): (Node | string)[] {
  const { tried, skipped } = whatWasTried(record.attempts);
  const skips = skippedText(skipped, true);
  if (tried.length === 0 && !skips) return ["none answered"];
  return [
    h(
      "span",
      { "data-tried": "" },
      "none answered; ",
      tried.length === 0 ? "" : [`it tried ${tried.length === 1 ? "one model" : `${tried.length} models`}: `, tried.map(({ model, problem }, index) => [index > 0 ? "; " : "", whole(model, { class: "mono" }), ` (${problem})`])],
      tried.length > 0 && skips ? "; " : "",
      skips,
      " (",
      h("a", { href: "#attempts" }, "attempts"),
      ")",
    ),
  ];
}

/** The log's mark for what a request refused or rejected before routing never got (a task, a tier, a difficulty). */
const NOT_CHOSEN = "(none)";

/** Refused or rejected before routing (a bad key, a malformed body): no classifier read it and no tier was chosen. */
function notRouted(record: DecisionRecord): boolean {
  return record.task === NOT_CHOSEN && record.tier === NOT_CHOSEN;
}

function classifierReading(record: DecisionRecord): HTMLElement {
  // Such a record holds a placeholder reading (classified, confidence 0): shown, it claimed a reading at 0%.
  if (notRouted(record)) {
    const why = `HTTP ${record.status}${record.errorType ? `, ${record.errorType}` : ""}`;
    const refused = record.outcome === "refused" ? "refused" : "rejected";
    return h("section", { class: "panel" }, h("h2", {}, "Classifier's reading"), h("p", { class: "muted" }, whole(`Not classified: the request was ${refused} before routing (${why}).`)));
  }
  return facts("Classifier's reading", [
    ["Task", record.task],
    ["Task from", record.taskSource === "given" ? "the request (given)" : "the classifier"],
    ["Confidence", ...checked(percent(record.taskConfidence, 0), confidenceIssue(record.taskConfidence))],
    ["Difficulty", record.difficulty],
  ]);
}

/** The router's own reasons, in the order it gave them: why this tier, this chain, this model. */
function why(record: DecisionRecord): HTMLElement {
  const reasons = record.reasons ?? [];
  return h(
    "section",
    { class: "panel", "data-reasons": "" },
    h("h2", {}, "Why this tier and model"),
    reasons.length === 0 ? h("p", { class: "muted" }, "No reasons were recorded (a request refused before routing, or logged by an older version).") : h("ol", { class: "reasons" }, reasons.map((reason) => h("li", {}, whole(reason)))),
  );
}

/**
 * What is impossible about a measure, or null. The API gives a NaN or infinite stored value as null, which `usd` and
 * `ms` show as "—": for a measure every request has (a cost, a count), that is a value no request can have, not one
 * missing. `optional` measures (the first token's time) are null when there was none.
 */
function measureIssue(values: readonly (number | null)[], optional = false): string | null {
  if (values.some((value) => value !== null && value < 0)) return "below zero";
  if (!optional && values.some((value) => value === null || !Number.isFinite(value))) return "not a finite number";
  return null;
}
const offScale = (value: number): boolean => value < 0 || value > 1;

/**
 * What is impossible about a classifier's confidence, or null. Every routed request has one; a NaN or infinite one,
 * which the API gives as null, showed as a bare "—", a reading never made (round 23).
 */
function confidenceIssue(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return "not a finite number";
  return offScale(value) ? "outside 0–1" : null;
}

/**
 * A value no request can have (a negative cost, latency or token count; a confidence or score off 0–1: a store edited
 * by hand, a bug) shown as stored, and said to be impossible, as the overview's cards say theirs: it read as real.
 */
function checked(shown: string, impossible: boolean | string | null, why = typeof impossible === "string" ? impossible : ""): (Node | string)[] {
  return impossible !== false && impossible !== null ? [shown, " ", h("span", { class: "badge warn", "data-impossible": "" }, `impossible: ${why}`)] : [shown];
}

function costs(record: DecisionRecord): HTMLElement {
  return facts("Cost and time", [
    ["Estimated (worst case)", ...checked(usd(record.estimatedCostUsd), measureIssue([record.estimatedCostUsd]))],
    ["Actual", ...checked(usd(record.costUsd), measureIssue([record.costUsd]))],
    ["Tokens in / out", ...checked(`${count(record.inputTokens)} / ${count(record.outputTokens)}`, measureIssue([record.inputTokens, record.outputTokens]))],
    ["First token", ...checked(ms(record.timeToFirstTokenMs), measureIssue([record.timeToFirstTokenMs], true))],
    ["Total latency", ...checked(ms(record.latencyMs), measureIssue([record.latencyMs]))],
  ]);
}

/** What happened to a candidate, from the attempts made on it. */
function candidateFate(model: string, attempts: Attempt[], answered: string | null): { text: string; tone: "good" | "bad" | "warn" | "neutral" } {
  const own = attempts.filter((attempt) => attempt.model === model);
  if (own.length === 0) return { text: answered ? "not tried: an earlier candidate answered" : "not tried: attempts or time ran out", tone: "neutral" };
  const last = own[own.length - 1]!;
  if (last.errorType === null) return { text: own.length > 1 ? `answered after ${own.length - 1} retries` : "answered", tone: "good" };
  const skip = SKIPS[last.errorType];
  if (skip && last.status === 0) return { text: skip, tone: "warn" };
  return { text: `failed: ${last.errorType}${last.status ? ` (HTTP ${last.status})` : ""}`, tone: "bad" };
}

function chain(record: DecisionRecord): HTMLElement {
  const body =
    record.candidates.length === 0
      ? h("p", { class: "muted" }, "No chain: the request was refused or rejected before routing.")
      : h(
          "ol",
          { class: "chain" },
          record.candidates.map((model) => {
            const fate = candidateFate(model, record.attempts, record.model);
            return h("li", {}, whole(model, { class: "mono" }), " ", badge(fate.text, fate.tone));
          }),
        );
  return h("section", { class: "panel" }, h("h2", {}, "Candidate chain"), body);
}

/** "Attempts (2 upstream, 1 skipped)": the same upstream count the Decisions list shows. */
function attemptsHeading(attempts: readonly Attempt[]): string {
  const skipped = attempts.filter(isSkippedAttempt).length;
  return `Attempts (${attempts.length - skipped} upstream${skipped > 0 ? `, ${skipped} skipped` : ""})`;
}

/**
 * A skipped candidate or a call the client ended: no failure of the model's (amber). A timeout or a lost connection
 * has no HTTP status either, but is the model's failure (red); judged by the missing status, it showed amber.
 */
const notModelsFault = (attempt: Attempt): boolean => isSkippedAttempt(attempt) || attempt.errorType === "client_gone";

function timeline(record: DecisionRecord): HTMLElement {
  if (record.attempts.length === 0) return h("section", { class: "panel" }, h("h2", {}, "Attempts"), h("p", { class: "muted" }, "No upstream attempt was made."));
  // A Gantt row per attempt: at its recorded start (newer gateways log `startedAtMs`), else where the previous
  // attempts ended (attempts run one after another; skips take no time).
  const timed = record.attempts as (Attempt & { startedAtMs?: number })[];
  let cursor = timed.find((attempt) => attempt.startedAtMs !== undefined)?.startedAtMs ?? 0;
  const spans = timed.map((attempt) => {
    const start = attempt.startedAtMs ?? cursor;
    cursor = start + attempt.latencyMs;
    return { start, end: cursor };
  });
  const origin = Math.min(...spans.map((span) => span.start));
  const total = Math.max(1, Math.max(...spans.map((span) => span.end)) - origin);
  // An answer before the last one came back without error but was not used: the quality checks refused it and the
  // request went a tier up. It read "ok" beside the answer that was used.
  const lastAnswer = record.attempts.map((attempt) => attempt.errorType === null).lastIndexOf(true);
  const refused = (attempt: Attempt, index: number) => attempt.errorType === null && index < lastAnswer;
  const refusal = `answer refused: ${record.qualityChecks.length > 0 ? record.qualityChecks.join(", ") : "quality check"}`;
  const bars = record.attempts.map((attempt, index) => {
    const span = spans[index] ?? { start: origin, end: origin };
    const tone = refused(attempt, index) ? "skip" : attempt.errorType === null ? "ok" : notModelsFault(attempt) ? "skip" : "error";
    return timelineBar((span.start - origin) / total, Math.max((span.end - span.start) / total, 0.01), tone, `${ms(span.start - origin)} → ${ms(span.end - origin)}`);
  });
  return h(
    "section",
    { class: "panel", id: "attempts" },
    h("h2", {}, attemptsHeading(record.attempts)),
    table(
      ["Attempt", "Model", "Status", "Error", "Latency", "Timeline"],
      record.attempts.map((attempt, index) => [
        ordinalHeader("Attempt", index),
        whole(attempt.model, { class: "mono" }),
        attempt.status === 0 ? "—" : String(attempt.status),
        refused(attempt, index) ? badge(refusal, "warn") : attempt.errorType === null ? badge("ok", "good") : badge(attempt.errorType, notModelsFault(attempt) ? "warn" : "bad"),
        ms(attempt.latencyMs),
        bars[index] ?? "",
      ]),
      { numeric: [4], rowAttributes: () => ({ class: "attempt" }) },
    ),
  );
}

/** One timeline row as SVG (attributes, not inline styles, so the CSP holds). `start` and `width` are 0..1. */
function timelineBar(start: number, width: number, tone: "ok" | "error" | "skip", label: string): SVGSVGElement {
  const namespace = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(namespace, "svg");
  svg.setAttribute("viewBox", "0 0 100 10");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "timeline");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const track = document.createElementNS(namespace, "rect");
  track.setAttribute("class", "track");
  track.setAttribute("width", "100");
  track.setAttribute("height", "10");
  const rect = document.createElementNS(namespace, "rect");
  rect.setAttribute("class", `span ${tone}`);
  rect.setAttribute("x", String(Math.min(99, start * 100)));
  rect.setAttribute("width", String(Math.min(100 - start * 100, width * 100)));
  rect.setAttribute("height", "10");
  const title = document.createElementNS(namespace, "title");
  title.textContent = label;
  rect.append(title);
  svg.append(track, rect);
  return svg;
}

function quality(record: DecisionRecord): HTMLElement {
  return facts("Quality", [
    ["Checks failed", record.qualityChecks.length === 0 ? "none" : record.qualityChecks.join(", ")],
    ["Escalated to", record.escalatedTo ?? "no escalation"],
  ]);
}

function feedback(record: DecisionRecord): HTMLElement {
  return facts("Feedback", [
    ["Score", ...(record.feedbackScore === null ? ["none yet"] : checked(decimal(record.feedbackScore, 2), offScale(record.feedbackScore), "outside 0–1"))],
    ["Label", record.feedbackLabel ?? "—"],
  ]);
}

function prompt(record: DecisionRecord): HTMLElement {
  const body =
    record.prompt === null
      ? h("p", { class: "muted" }, "Not stored. Turn on ", code("log.store_prompts"), " to keep prompts (after redaction) in the decision log.")
      : h("pre", { class: "prompt", "data-prompt": "" }, record.prompt);
  return h("section", { class: "panel" }, h("h2", {}, "Prompt"), body);
}
