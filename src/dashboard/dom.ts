/**
 * A tiny element builder. Text always goes in as text nodes (never parsed as HTML), so data from outside
 * (model names, prompts, key names) cannot become markup. Styles come from classes only (strict CSP).
 * @module
 */

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

/** Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from outside with its bidi controls made visible (`[U+202E]`): an override inside a prompt or a label would
 * otherwise show an admin "invoice.exe" as "invoice.png"-like text. Right-to-left scripts need no controls and
 * read as before.
 */
export function visibleText(text: string): string {
  return text.replace(BIDI_CONTROLS, (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase()}]`);
}

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
  return `${chars.slice(0, max - CLIPPED_TAIL_CHARS - 1).join("")}…${chars.slice(-CLIPPED_TAIL_CHARS).join("")}`;
}

/** A span with the name clipped by {@link clipText}; when clipped, hovering shows the whole name (its title). */
export function clipped(text: string, props: Props = {}): HTMLSpanElement {
  const shown = clipText(text);
  return h("span", shown === text ? props : { ...props, title: visibleText(text) }, shown);
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An empty state: what is missing and what to do next. */
export function emptyState(title: string, next: Child): HTMLElement {
  return h("div", { class: "empty" }, h("p", { class: "empty-title" }, title), h("p", {}, next));
}

/** A red box with an error message. */
export function errorBox(error: unknown): HTMLElement {
  return h("p", { class: "callout error", role: "alert" }, error instanceof Error ? error.message : String(error));
}

/** Inline code. */
export function code(text: string): HTMLElement {
  return h("code", {}, text);
}
