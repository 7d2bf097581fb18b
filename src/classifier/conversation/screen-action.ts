/**
 * A computer-use agent's run that ends on the screen it read asks for its next action (round 40): "Export all overdue
 * invoices for Blue Fern Cafe as CSV", then `get_screen` returned the page's accessibility tree; what the model is asked
 * is which element to act on and why, a decision over what the screen shows: analysis (the writer of dev-187/188: "pick
 * the next action" is analysis). The model reads the task's words ("export … as CSV") as code or an extraction. Only when
 * the run calls screen actions (click, type, scroll, a screenshot) and either its prompt declares control of a browser or
 * a computer or the result is a UI tree, and only when the run ends on that result (a question the user asks after it is
 * read as asked).
 * Content read off the screen (round 41: a screenshot's OCR text of a Slack channel, "tell me what happened today,
 * short") is the text a summary or an extraction asked works on: with no controls in it, those readings stay.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";

/** Tool names of screen actions: Anthropic's computer tool, browser agents' click/type/scroll and screen reads. */
const SCREEN_ACTION = /^(?:computer|click|left_click|double_click|right_click|type|type_text|scroll|get_screen|read_screen|screenshot|take_screenshot|press_key|mouse_move|navigate|browser_\w{1,20})$/i;
/** A prompt that gives the model a browser, a desktop or a phone to operate, or a UI tree's elements in a result. */
const SCREEN_SIGN = /\b(?:control|operate|drive|use)s? (?:a |the |the user's )?(?:web )?(?:browser|computer|desktop|screen|phone)\b|accessibility[- ]tree|\bclick\(|computer[- ]use|\[(?:button|window|link|textbox|searchbox|checkbox|combobox|menuitem)\b/;
/** Readings of the task's words the decision is mistaken for. */
const MISREAD: ReadonlySet<string> = new Set(["code_generation", "extraction", "summarization", "classification"]);
/** Controls of a UI tree in a screen read: what a next action is chosen among. */
const UI_CONTROLS = /accessibility[- ]tree|\[(?:button|window|link|textbox|searchbox|checkbox|combobox|menuitem)\b|\bclick\(|"role"\s*:\s*"(?:button|link|textbox|checkbox|menuitem)"/;
/** Readings of an ask about the content read off the screen. */
const CONTENT_TASKS: ReadonlySet<string> = new Set(["summarization", "extraction"]);
/** Characters of text a screen read holds at least to be content, not a screenshot's note. */
const MIN_CONTENT_CHARS = 200;
/** Characters of the prompt and the last result looked at. */
const SIGN_CHARS = 4_000;

function isScreenAction(call: unknown): boolean {
  const name = typeof call === "object" && call !== null ? (call as { function?: { name?: unknown } }).function?.name : undefined;
  return typeof name === "string" && SCREEN_ACTION.test(name);
}

function callsScreenActions(messages: readonly ChatMessage[]): boolean {
  return messages.some((message) => Array.isArray(message.tool_calls) && message.tool_calls.some(isScreenAction));
}

/** Analysis for a computer-use run ending on the screen it read, read as code or an extraction (module comment). */
export function screenActionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const { messages } = reading;
  const last = messages[messages.length - 1];
  if (!MISREAD.has(task) || last === undefined || last.role !== "tool" || !callsScreenActions(messages)) return undefined;
  const system = messages.filter((message) => message.role === "system" || message.role === "developer").map(messageText).join("\n");
  const screen = messageText(last).slice(0, SIGN_CHARS).toLowerCase();
  if (!SCREEN_SIGN.test(system.slice(0, SIGN_CHARS).toLowerCase()) && !SCREEN_SIGN.test(screen)) return undefined;
  if (CONTENT_TASKS.has(task) && screen.length >= MIN_CONTENT_CHARS && !UI_CONTROLS.test(screen)) return undefined;
  return { task: "analysis", why: "a computer-use run ending on the screen it read: its next action is a decision over the screen" };
}
