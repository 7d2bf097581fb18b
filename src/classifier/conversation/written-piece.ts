/**
 * A message to someone asked to be written (round 47, dev-224): "write the email to their sales director Paul Henning,
 * firm but keep the relationship" after a supplier's price figures was read as code (0.33), a demo's notes ending "sign
 * as Ben" as an extraction of them. Over the development sets 95 of 96 turns asking to write or draft the email, letter,
 * reply or memo were labelled creative writing. A reading of code, a lookup, a sum or a label yields to it; a summary's
 * reading does not ("write a short recap email of the thread" sums the thread up), except to a brief closed by the name to
 * sign with. Code named after the noun ("write the email parser", "draft a reply handler", "write the response to a file")
 * is code. `turn-asks.ts` reads the same asks in a turn's first 240 characters; this reads only a longer turn, and only its
 * last 240 characters, where the ask follows the brief: not in a coding run, and not in a turn whose own words name
 * another task ("Extract the action items…" over notes that mention a reply to draft; round 47's review).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { showsCode } from "./code-shape.js";

/** "write the email to…", "draft a firm reply", "compose our announcement post". */
const PIECE_ASKED =
  /\b(?:write|draft|compose)(?: me| us| up)? (?:the|an?|my|our|this|that) (?:(?!(?:regex|script|code|function|query|program|parser|bot)\b)[a-z-]{2,15} ){0,2}(?:e-?mail|letter|reply|response|message|note|memo|announcement|post)\b(?! (?:template|parser|handler|validator|sender|client|service|queue|api|endpoint|function|class|schema|table|model|hook|job|worker))(?! (?:to|into|in) (?:a |the )?(?:file|disk|topic|queue|stream|socket|webhook|database|db|table|bucket|log|stdout|kafka|s3|redis|channel buffer)\b)/;
/** The brief closed by the name to sign with ("… they pick 3 pilot sites by Friday. sign as Maya"): a letter, never a summary. */
const SIGNED_AS = /(?:^|[.,;]\s*)sign (?:it |off )?as [a-z]+[.!\s]*$/;
/** Readings such an ask is mistaken for. */
const MISREAD = new Set(["code_generation", "extraction", "math", "classification", "simple_qa"]);
/** A turn this long at least: a shorter one is read whole by `turn-asks.ts`. */
const MIN_BRIEF_CHARS = 240;
/** The ask is in the brief's last characters, after the material, not inside a pasted text. */
const ASK_TAIL_CHARS = 240;

/** Creative writing for a message asked to be written, read as other work (module comment). */
export function writtenPieceGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (reading.latestIndex < 0 || reading.agent.coding || !(MISREAD.has(task) || task === "summarization")) return undefined;
  const text = reading.latestLower;
  // A turn that names its own task ("Extract the action items…", "Classify each ticket…") asks that, whatever its text holds.
  if (reading.cues.some((cue) => cue.strong && cue.task !== "creative_writing")) return undefined;
  const tail = text.slice(-ASK_TAIL_CHARS);
  const match = (MISREAD.has(task) && text.length >= MIN_BRIEF_CHARS ? PIECE_ASKED.exec(tail) : null) ?? SIGNED_AS.exec(tail);
  if (match === null || showsCode("user", reading.latest)) return undefined;
  return { task: "creative_writing", why: `'${match[0].trim()}' asks for a message to be written` };
}
