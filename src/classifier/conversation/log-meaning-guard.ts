/**
 * What a log or a tool's output says, asked of it after a tool brought it (round 52; `log-meaning.ts`), read as a lookup,
 * a change or a review: a diagnosis, `analysis` (ADR 0045's amendment: what the output means is read as a cause asked),
 * in a coding run too, unless code is pasted into the turn.
 * @module
 */
import { showsCode } from "./code-shape.js";
import { asksLogMeaning } from "./log-meaning.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Analysis for a short ask of what a tool's log or output says (module comment). */
export function logMeaningGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const asked = asksLogMeaning(task, reading);
  if (asked === undefined || showsCode("user", reading.latest)) return undefined;
  return { task: "analysis", why: `'${asked}' asks what the output the tools brought says (ADR 0045)` };
}
