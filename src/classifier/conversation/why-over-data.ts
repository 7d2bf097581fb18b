/**
 * A why asked of the user's own data an assistant's tool brought is a reading of that data (round 41): a money coach's
 * bank export under "why am i always broke by the 20th 😩 look at my november", a sleep tracker's nights under "my sleep
 * has been garbage lately, can u see why?". The tone pulls the reading to chat and the short question to a lookup; what
 * is asked is why the figures are as they are: analysis. Only outside code, over a tool result full of figures (a table,
 * a series), and for a why or a "what's going on" asked by the user whose data it is.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { OWN_THINGS } from "./brief-why.js";
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A why, or what is going on, asked in the cue languages. */
const WHY_ASK =
  /\b(?:why|(?:see|figure out|tell me|work out) why|what(?:'s| is) (?:going on|happening|wrong)|what do (?:you|u) think is going on)\b|(?<![\p{L}])(?:por ?qu[eé]|warum|wieso|pourquoi|perch[eé]|por que|почему)(?![\p{L}])|为什么|為什麼|なぜ|どうして|왜/u;
/** Figures a tool's result holds for it to be the user's data (a table or a series), not a page of text. */
const MIN_FIGURES = 12;
/** Characters of a tool result read for its figures. */
const RESULT_CHARS = 4_000;
/** Readings the tone or the short question give such a turn. */
const MISREADS: ReadonlySet<string> = new Set(["chat", "simple_qa"]);

function toolFigures(messages: readonly ChatMessage[]): number {
  let most = 0;
  for (const message of messages) {
    if (message.role !== "tool" && message.role !== "function") continue;
    const text = messageText(message);
    most = Math.max(most, countNumbers(text.length > RESULT_CHARS ? text.slice(0, RESULT_CHARS) : text, MIN_FIGURES));
  }
  return most;
}

/** Analysis for a why asked of the user's own data a tool brought (module comment). */
export function whyOverDataGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.agent.coding || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  const why = WHY_ASK.exec(text);
  if (why === null || !OWN_THINGS.test(text) || toolFigures(reading.messages) < MIN_FIGURES) return undefined;
  return { task: "analysis", why: `'${why[0]}' asks why the user's own figures a tool brought are as they are` };
}
