/**
 * A sum asked that the reading missed (eighteenth round): a turn that opens with a verb of calculating, or an unsure
 * reading of a turn that asks to compute its own figures. Where the model barely reads the language (Urdu, Persian,
 * Hebrew, Hindi…), a turn full of figures with "کتنا بنے گا", "دقیق حساب کن", "כמה מגיע לו" is read as a guess: writing,
 * chat or a judgement. The figures and the ask to compute them say what it is.
 * @module
 */
import { CHOICE_ASK } from "./choice-asks.js";
import { SUMS_DECLINED, countNumbers, readNumericDomain } from "./numeric-domain.js";
import { looksUpRule } from "./rule-lookup.js";
import { asksASheet } from "./sheet-asks.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** Below this confidence a reading is a guess the figures may overrule. */
const UNSURE_FIGURES = 0.65;
/** Figures a turn holds before its ask to compute is read as a sum over them. */
const MIN_FIGURES = 3;
/** Readings that figures with an ask to compute overrule when unsure. */
const GUESSED_READINGS = new Set(["analysis", "creative_writing", "chat", "simple_qa", "extraction", "classification", "summarization", "translation", "brainstorming"]);

/**
 * A turn that opens by asking to calculate ("work out the new monthly payment and the shortage…", "ok now calculate the
 * refund for each"): the figures may be in the turns or tool results before it, whatever the reading says.
 */
const LEADING_CALCULATE = /^(?:(?:ok|okay|great|thanks|perfect|right|now|so|and)[,.!]?\s+){0,2}(?:please\s+|can you\s+|could you\s+)?(?:work out|calculate|compute|figure out how much|crunch)\b/;

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/**
 * A reading that no cue of the turn supports, of a turn that opens with a verb of calculating; or an unsure one (below
 * {@link UNSURE_FIGURES}), of a turn with figures and an ask to compute them: no reading of the figures asked, no log, no choice to make, no rule to look up, no spreadsheet to
 * set up, no code.
 */
export function sumAskedGuard(task: string, confidence: number, reading: ConversationReading): GuardResult | undefined {
  if (!GUESSED_READINGS.has(task) || reading.cues.some((cue) => cue.task === task)) return undefined;
  const text = reading.latestLower;
  if (LEADING_CALCULATE.test(text) && task !== "analysis" && (reading.latestIndex > 0 || countNumbers(text, 1) > 0)) return { task: "math", why: "the turn opens with a verb of calculating" };
  if (confidence >= UNSURE_FIGURES) return undefined;
  if (countNumbers(text, MIN_FIGURES) < MIN_FIGURES) return undefined;
  const domain = readNumericDomain(text);
  if (!domain.compute || domain.interpret || domain.log || CHOICE_ASK.test(text) || looksUpRule(text) || asksASheet(text) || SUMS_DECLINED.test(text) || showsCode("user", reading.latest)) return undefined;
  return { task: "math", why: "an unsure reading of a turn that asks to compute its own figures" };
}
