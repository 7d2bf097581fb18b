/**
 * A message to someone asked to be written (round 47, dev-224): "write the email to their sales director Paul Henning,
 * firm but keep the relationship" after a supplier's price figures was read as code (0.33), a demo's notes ending "sign
 * as Ben" as an extraction of them. Over the development sets 95 of 96 turns asking to write or draft the email, letter,
 * reply or memo were labelled creative writing. A reading of code, a lookup, a sum or a label yields to it; a summary's
 * reading does not ("write a short recap email of the thread" sums the thread up), except to a brief closed by the name to
 * sign with. Code named after the noun ("write the email parser", "draft a reply handler") is code. `turn-asks.ts` reads
 * the same asks in a turn's first 240 characters; this reads a whole turn whose ask comes after a long brief.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { showsCode } from "./code-shape.js";

/** "write the email to…", "draft a firm reply", "compose our announcement post", "… sign as Ben". */
const PIECE_ASKED =
  /\b(?:write|draft|compose)(?: me| us| up)? (?:the|an?|my|our|this|that) (?:[a-z-]{2,15} ){0,2}(?:e-?mail|letter|reply|response|message|note|memo|announcement|post)\b(?! (?:template|parser|handler|validator|sender|client|service|queue|api|endpoint|function|class|schema|table|model|hook|job|worker))/;
/** The brief closed by the name to sign with ("… they pick 3 pilot sites by Friday. sign as Maya"): a letter, never a summary. */
const SIGNED_AS = /(?:^|[.,;]\s*)sign (?:it |off )?as [a-z]+[.!\s]*$/;
/** Readings such an ask is mistaken for. */
const MISREAD = new Set(["code_generation", "extraction", "math", "classification", "simple_qa"]);

/** Creative writing for a message asked to be written, read as other work (module comment). */
export function writtenPieceGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (reading.latestIndex < 0 || !(MISREAD.has(task) || task === "summarization")) return undefined;
  const match = (MISREAD.has(task) ? PIECE_ASKED.exec(reading.latestLower) : null) ?? SIGNED_AS.exec(reading.latestLower);
  if (match === null || showsCode("user", reading.latest)) return undefined;
  return { task: "creative_writing", why: `'${match[0].trim()}' asks for a message to be written` };
}
