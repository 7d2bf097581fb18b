/**
 * A tiny element builder. Text always goes in as text nodes (never parsed as HTML), so data from outside
 * (model names, prompts, key names) cannot become markup. Styles come from classes only (strict CSP).
 * @module
 */

import { ApiError, RELOAD_ADVICE } from "./api.js";

/** What may be a child: nodes, text, or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes and event handlers of `h`. */
export interface Props {
  class?: string;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  [attribute: string]: string | number | boolean | undefined | Props["on"];
}

/** Creates an element. `props` become attributes (booleans toggle them); children are appended. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "on") {
      for (const [event, handler] of Object.entries(value as NonNullable<Props["on"]>)) element.addEventListener(event, handler as EventListener);
    } else if (name === "style" || name.startsWith("on")) {
      throw new Error(`h(): ${name} is not allowed (strict CSP)`);
    } else if (value === true) element.setAttribute(name, "");
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children (text as text nodes, with bidi controls shown: see {@link visibleText}). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(visibleText(String(child))));
  }
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), and the C0 controls and DEL other
 * than tab, line feed and carriage return (a NUL in a stored label drew as an empty box, or as nothing).
 */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from outside with its bidi and control characters made visible (`[U+202E]`, `[U+0000]`): an override inside a
 * prompt or a label would otherwise show an admin "invoice.exe" as "invoice.png"-like text. Right-to-left scripts
 * need no controls and read as before.
 */
export function visibleText(text: string): string {
  let shown = "";
  let from = 0;
  for (const isolate of text.matchAll(FIGURE_ISOLATE)) {
    shown += markControls(text.slice(from, isolate.index)) + isolate[0];
    from = isolate.index + isolate[0].length;
  }
  return shown + markControls(text.slice(from));
}

/**
 * A first-strong isolate around text with no control in it, as numbers.ts sets a figure in Arabic digits apart: it
 * reorders nothing outside itself, and marked it read "[U+2068]٣٠[U+2069]" in every figure an Arabic reader saw.
 */
const FIGURE_ISOLATE = /\u2068[^\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]*\u2069/g;

const markControls = (text: string) => text.replace(HIDDEN_CONTROLS, (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);

/** The most characters a name (a key, a group, a model) shows in a table, list or chart legend. */
export const MAX_NAME_CHARS = 160;
/** Characters kept from the end of a clipped name: ids often differ only there. */
const CLIPPED_TAIL_CHARS = 40;

/**
 * A name from outside shortened to {@link MAX_NAME_CHARS}, keeping its start and end around an ellipsis: a 10 KB key
 * name would otherwise make its table row thousands of pixels tall. Counts code points, so no emoji is cut in half.
 */
export function clipText(text: string, max = MAX_NAME_CHARS): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // A short limit (a badge, a legend) keeps a third for the end, so the start still says what the name is.
  const tail = Math.min(CLIPPED_TAIL_CHARS, Math.floor(max / 3));
  return `${chars.slice(0, max - tail - 1).join("")}…${chars.slice(-tail).join("")}`;
}

/** The longest word a name keeps whole in a table cell; a longer one (a 250-character id) may break anywhere. */
const WHOLE_WORD_CHARS = 40;

/**
 * A span with the name clipped by {@link clipText}; when clipped, hovering shows the whole name (its title). A name
 * whose words are all short is marked `words` (CSS keeps each word whole): table cells may break anywhere, so that
 * one long id can narrow its column, and on a laptop that let a 250-character model id squeeze "budget" into
 * "budg et" beside it. One with a longer word is marked `unbroken`: it may break anywhere also on a phone, where
 * other cells keep their words and the table scrolls.
 */
export function clipped(text: string, props: Props = {}): HTMLSpanElement {
  const shown = clipText(text);
  const wholeWords = shown.split(/\s+/).every((word) => Array.from(word).length <= WHOLE_WORD_CHARS);
  const marker = wholeWords ? "words" : "unbroken";
  const withClass = { ...props, class: props.class ? `${props.class} ${marker}` : marker };
  return h("span", shown === text ? withClass : { ...withClass, title: visibleText(text) }, shown);
}

/**
 * An identifier (a task, tier or model name) as a span that wraps only between its parts: a line break is offered
 * after each "_", "/" and ":" (a hyphen already offers one; a dot does not, so "2.5" stays whole), and the span keeps each part whole while it fits
 * (CSS `.name`). In a narrow card "code_generation" broke as "code_generati" over "on".
 */
export function nameParts(text: string, props: Props = {}): HTMLSpanElement {
  const parts = text.split(/(?<=[_/:])/);
  const children = parts.flatMap((part, index) => (index === 0 ? [part] : [h("wbr"), part]));
  return h("span", { ...props, class: props.class ? `${props.class} name` : "name" }, children);
}

/**
 * A value from outside shown whole (a decision's own page): past {@link MAX_NAME_CHARS} it sits in a box a few lines
 * high that scrolls, so one 10,000-character model id or label cannot push the rest of the page out of reach.
 */
export function whole(text: string, props: Props = {}): HTMLSpanElement {
  if (text.length <= MAX_NAME_CHARS) return h("span", props, text);
  return h("span", { ...props, class: props.class ? `${props.class} long-value` : "long-value" }, text);
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An empty state: what is missing and what to do next. */
export function emptyState(title: string, next: Child, ...after: Child[]): HTMLElement {
  return h("div", { class: "empty" }, h("p", { class: "empty-title" }, title), h("p", {}, next), ...after);
}

/**
 * A shell command to copy, as a left-aligned block with one option a line (ending in " \\", so it pastes as one
 * command). Inline in a centred paragraph, a curl command broke wherever a phone's line ended ("-" over "H").
 */
export function commandBlock(command: string, ...options: string[]): HTMLElement {
  return h("pre", { class: "command" }, h("code", {}, [command, ...options.map((option) => `  ${option}`)].join(" \\\n")));
}

/**
 * A red box with an error message. It says whose side the error is on, as the answer's status tells: the gateway
 * refused the request (4xx: the same request gets the same answer), failed on its side (5xx), or gave no answer (the
 * API's message says which). Where trying again can help (5xx, no answer) it says how: a "Try again" button with
 * `retry` (the page reads again), `retrying` on a page that tries again by itself (Live), else "Reload to try again."
 */
export function errorBox(error: unknown, options: { retrying?: string; retry?: () => void } = {}): HTMLElement {
  const unexpected = answerOfAnotherShape(error);
  const text = unexpected ? UNEXPECTED_ANSWER : `${errorLead(error)}${error instanceof Error ? error.message : String(error)}`;
  const canRetry = error instanceof ApiError && (error.status === 0 || error.status >= 500);
  const advice = canRetry && !options.retry ? (options.retrying ?? RELOAD_ADVICE) : "";
  // The script's own words stay on hover, for whoever looks into it.
  const box = h("p", { class: "callout error", role: "alert", title: unexpected ? error.message : undefined }, advice ? `${text} ${advice}` : text);
  if (canRetry && options.retry && !options.retrying) box.append(" ", h("button", { type: "button", class: "secondary retry", on: { click: options.retry } }, "Try again"));
  // A session that ended mid-change (api.ts SessionEndedError): sign in beside this page, not instead of it.
  const signInUrl = error instanceof Error && "signInUrl" in error && typeof error.signInUrl === "string" ? error.signInUrl : undefined;
  if (signInUrl) box.append(" ", h("a", { href: signInUrl, target: "_blank", rel: "noopener" }, "Sign in (opens a new tab)"));
  return box;
}

/**
 * What went wrong, the same for two reads that failed for one reason: the error's status and message without the path
 * it names (a gateway that is down is "Could not reach the gateway (/api/overview)" and "(/api/report)").
 */
export function errorCause(error: unknown): string {
  const status = error instanceof ApiError ? `${error.status} ${String(error.fromGateway)} ` : "";
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return status + message.replace(/\/api\/[\w/.:-]*/g, "");
}

/**
 * In place of a second box for a cause a box above on the page already gave (every read failing, a gateway that is
 * down, said three times over in the same red words): which panel says why, and the same Try again. Not an alert:
 * the first box was announced.
 */
export function sameCauseBox(error: unknown, saidIn: string, options: { retry?: () => void } = {}): HTMLElement {
  const box = h("p", { class: "callout error", "data-same-cause": "" }, `Not read, for the reason given under “${saidIn}” above.`);
  const canRetry = error instanceof ApiError && (error.status === 0 || error.status >= 500);
  if (canRetry && options.retry) box.append(" ", h("button", { type: "button", class: "secondary retry", on: { click: options.retry } }, "Try again"));
  return box;
}

/** Whose side an API error is on, before its message: a bare "The decision log is unavailable." did not say. */
function errorLead(error: unknown): string {
  if (!(error instanceof ApiError) || !error.fromGateway || error.status === 401) return "";
  if (error.status >= 500) return `The gateway hit an error (HTTP ${error.status}): `;
  return error.status >= 400 ? `The gateway refused the request (HTTP ${error.status}): ` : "";
}

/**
 * Said for an answer of 200 whose JSON is not of the shape this dashboard reads: a page reading a field it lacks threw
 * "Cannot read properties of undefined (reading 'length')", which told the reader nothing of the cause.
 */
export const UNEXPECTED_ANSWER =
  "The gateway's answer was not what this dashboard expects: a gateway of another Switchyard version than the one that served this page may have answered (after an upgrade, reload the page; behind a load balancer, every gateway must run the same version), or a proxy between the browser and the gateway answered with JSON of its own.";

/**
 * True for the errors a page throws when the API's JSON lacks what it reads (a TypeError: a missing field, a list that
 * is not one; a RangeError: a time or number that is none). The API's own errors are ApiErrors, never these.
 */
function answerOfAnotherShape(error: unknown): error is Error {
  return error instanceof TypeError || error instanceof RangeError;
}

/** Inline code. */
export function code(text: string): HTMLElement {
  return h("code", {}, text);
}
