/**
 * A mistake asked about in worked maths (twenty-seventh round): "where did i go wrong??" under a pupil's steps ("Step 1:
 * 3x - 6 - 2x + 10 = 4 …") that a tutor's tool returned, or that the turn or the one before it shows, asks for the maths
 * to be checked, not code to be debugged, when the conversation shows equations, no code, and no coding agent is at work.
 * "where did I go wrong?" under a stack trace or a query stays debugging.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { WRONG_ASK } from "./code-diagnosis-asks.js";
import { hasMathNotation } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** More ways to ask about one's own mistake than the debugging pattern has ("what's my mistake", "is my working right?"). */
const MISTAKE_ASK = /\b(?:what(?:'s| is) my mistake|what did i (?:do|get) wrong|why (?:is|was) (?:this|it|my answer) (?:wrong|marked wrong)|is my (?:working|answer|solution|method) (?:right|correct|wrong))\b/;
/** How far back the working may be: the latest turn and the messages just before it. */
const LOOK_BACK = 4;
/** Characters of each message read for the working. */
const MESSAGE_CHARS = 2000;

interface GuardResult {
  task: string;
  why: string;
}

/** Maths for a debugging reading of a question about one's mistake in worked maths (see the module comment). */
export function mistakeInWorkingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "code_review" || reading.agent.coding || reading.latestLower.length > MESSAGE_CHARS) return undefined;
  const asked = WRONG_ASK.exec(reading.latestLower) ?? MISTAKE_ASK.exec(reading.latestLower);
  if (asked === null) return undefined;
  let equations = false;
  const from = Math.max(0, reading.latestIndex - LOOK_BACK);
  for (let i = from; i <= reading.latestIndex; i++) {
    const message = reading.messages[i] as ChatMessage;
    if (message.role === "system" || message.role === "developer") continue;
    const text = messageText(message).slice(0, MESSAGE_CHARS);
    if (showsCode(message.role, text)) return undefined;
    equations ||= hasMathNotation(text.toLowerCase());
  }
  return equations ? { task: "math", why: `'${asked[0]}' asks where worked maths went wrong` } : undefined;
}
