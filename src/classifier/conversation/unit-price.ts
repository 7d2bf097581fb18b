/**
 * Prices compared per unit (round 47; about ten development rows of this shape, all labelled maths): "which detergent
 * is cheaper per load: 64 loads for $19.97 or 110 for $31.49?", "which is cheaper per tablet: 100 for £4.20 or 250 for
 * £9.80?", "cheapest per litre?". Each price is divided by its quantity and the results compared: a computation. The "which … or" of the
 * comparison pulls the reading to a choice to weigh (analysis), its shortness to a quick answer, a pod's price to a
 * running system. Only when the comparison is the question ("which … cheaper per …", "cheapest per litre?"): a reading of
 * the prices ("is the bulk bag worth it, it goes stale"), a choice weighed with other reasons ("but our security team
 * prefers…"), or other work named ("review this function…", "extract every product cheaper per unit…") is left alone
 * (round 47's review).
 * @module
 */
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "cheaper per can", "best value per litre", "costs less per serving" (English; the model reads other languages). */
const PER_UNIT_COMPARED = /\b(?:cheap(?:er|est)|better (?:deal|buy|value)|best (?:deal|buy|value)|less expensive|(?:costs?|priced?) (?:less|more)|lowest (?:cost|price)) per [a-z]+\b/;
/** The comparison asked as the question: "which … cheaper per X", "what's the best value per X", "… cheapest per litre?". */
const ASKED_AS_QUESTION = /\b(?:which|what(?:'s| is)(?: the)?)\b[^.?!\n]{0,60}\b(?:cheap(?:er|est)|better|best|less expensive|lowest)\b|\bcheap(?:er|est) per [a-z]+\s*\?/;
/** A reading of the prices, a choice weighed, or other work named: "is it worth it", "why", "but we only use…", "review this". */
const OTHER_WORK = /\b(?:why|worth|should|but|though|prefer\w*|review|extract|classify|label|function|code|bug|crash\w*|return)\b/;
/** Readings such a turn is mistaken for. */
const MISREAD = new Set(["analysis", "simple_qa", "chat", "deep_reasoning", "code_review", "extraction", "classification"]);
/** Two quantities or prices at least: the figures the units are worked from. */
const MIN_FIGURES = 2;

/** Maths for a comparison of prices per unit read as a choice, a quick answer or a system's figures (module comment). */
export function unitPriceGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.latestIndex < 0) return undefined;
  const text = reading.latestLower;
  if (!PER_UNIT_COMPARED.test(text) || !ASKED_AS_QUESTION.test(text) || OTHER_WORK.test(text) || countNumbers(text, MIN_FIGURES) < MIN_FIGURES) return undefined;
  if (reading.cues.some((cue) => cue.strong && cue.task !== "math")) return undefined;
  return { task: "math", why: "compares prices per unit: each price divided by its quantity" };
}
