/**
 * A review asked by name above the code it is about ("can u review this migration before I merge? <SQL>", "please look
 * over this hook before I ship it", "¿puedes revisar este cambio?") is `code_review`, though the pasted code alone reads
 * as code to write (round 42: a Spanish reviewer's system prompt above an English ask tipped the model to a change).
 * A change asked beside it ("review and fix", "rewrite it") keeps the change.
 * @module
 */
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** The turn opens by asking for a review, in English and the cue languages' plain forms. */
const REVIEW_OPENING =
  /^(?:(?:hey|hi|ok|quick one|pls|please)[,!:]?\s+)*(?:(?:can|could|would) (?:you|u) (?:please |pls )?|(?:please|pls) )?(?:review|look over|sanity[- ]check|check over|code[- ]review)\b|^(?:(?:puedes|podrías|podes|pode|può|puoi|kannst du|könntest du|peux-tu|pourrais-tu)\s+)?(?:revisar|revisa|rivedere|rivedi|überprüfen|prüfen|relire|relis)\b/;
/** A change asked in the same breath: the turn is the change, not the review. */
const CHANGE_TOO = /\b(?:and|then|&) (?:fix|rewrite|refactor|change|update|add|implement|convert|optimi[sz]e)\b|\b(?:fix|rewrite) (?:it|this|them)\b/;
/** Characters of the turn's opening read for the ask. */
const OPENING_CHARS = 240;

/** A `code_generation` reading of a review asked by name over code the turn shows becomes `code_review`. */
export function reviewAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "code_generation") return undefined;
  const opening = reading.latestLower.trimStart().slice(0, OPENING_CHARS);
  if (!REVIEW_OPENING.test(opening) || CHANGE_TOO.test(opening) || !showsCode("user", reading.latest)) return undefined;
  return { task: "code_review", why: "a review asked by name over the code the turn shows" };
}
