/**
 * "why is the March VAT return higher than February's?", "why are sales lower this quarter than last?": a question why a
 * business's figure moved asks for a reading of it, even when the turn quotes no figure (nineteenth round, walking the
 * agent builder's journey). A quick-answer or chat reading, or a debugging reading with no system, log or code in the
 * turn, is analysis. A system's figures that moved stay debugging, as the numeric guard reads them.
 * @module
 */
import type { GuardResult } from "./task-guards.js";
import { readNumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** A question why something went up or down, at the turn's start. */
const WHY_MOVED =
  /^(?:(?:so|and|ok|okay|hmm|hey)[,.!]?\s+)?why (?:is|are|was|were|did|does|do|has|have)\b[^?\n]{1,80}?\b(?:higher|lower|up|down|more|less|bigger|smaller|dropp?(?:ed)?|rose|rise|increased?|decreased?|jump(?:ed)?|fell|fall(?:en)?|spiked?|dipped?)\b/;
/** Readings such a question is mistaken for. */
const SHALLOW = new Set(["simple_qa", "chat"]);

/** Analysis for a question why a business's figure moved, read as a quick answer, chat, or debugging with nothing to debug. */
export function movementQuestionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!SHALLOW.has(task) && task !== "code_review") return undefined;
  const text = reading.latestLower;
  if (!WHY_MOVED.test(text)) return undefined;
  const domain = readNumericDomain(text);
  if (domain.system || domain.log || domain.failure || showsCode("user", reading.latest)) return undefined;
  if (task === "code_review" && !domain.business && !domain.money) return undefined;
  return { task: "analysis", why: "asks why a business's figure moved" };
}
