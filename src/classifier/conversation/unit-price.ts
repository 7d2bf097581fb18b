/**
 * Prices compared per unit (round 47; eleven development rows of this shape, all labelled maths): "which detergent is cheaper per load: 64
 * loads for $19.97 or 110 for $31.49?", "which is cheaper per tablet: 100 for £4.20 or 250 for £9.80?", "cheapest per
 * litre?". Each price is divided by its quantity and the results compared: a computation. The "which … or" of the
 * comparison pulls the reading to a choice to weigh (analysis), its shortness to a quick answer, a pod's price to a
 * running system. A reading of the prices
 * ("is the bulk pack worth it given it goes stale?") names no unit price and is left alone.
 * @module
 */
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "cheaper per can", "best value per litre", "costs less per serving" (English; the model reads other languages). */
const PER_UNIT_COMPARED = /\b(?:cheap(?:er|est)|better (?:deal|buy|value)|best (?:deal|buy|value)|less expensive|(?:costs?|priced?) (?:less|more)|lowest (?:cost|price)) per [a-z]+\b/;
/** Readings such a turn is mistaken for. */
const MISREAD = new Set(["analysis", "simple_qa", "chat", "deep_reasoning", "code_review", "extraction", "classification"]);
/** Two quantities or prices at least: the figures the units are worked from. */
const MIN_FIGURES = 2;

/** Maths for a comparison of prices per unit read as a choice, a quick answer or a system's figures (module comment). */
export function unitPriceGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.latestIndex < 0) return undefined;
  const text = reading.latestLower;
  if (!PER_UNIT_COMPARED.test(text) || countNumbers(text, MIN_FIGURES) < MIN_FIGURES) return undefined;
  return { task: "math", why: "compares prices per unit: each price divided by its quantity" };
}
