/**
 * "how angry is this guy on a 1-5 scale" over a ticket thread a tool returned, "rate how urgent this is, 1 to 10", "¿qué
 * tan enfadado está del 1 al 5?", "1~5점으로 치면 얼마나 화났어?": a rating on a scale asked of a text in the conversation
 * is a label picked for it, classification (thirty-sixth round: read as simple_qa or maths for its numbers). A rating
 * scale alone ("on a scale of 1 to 10 how hard is japanese?") with no text before it is a question about the world, and
 * a sum over the ratings ("the average on the 1-5 scale?") is maths; both are left alone, as is a coding agent's code.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { SCALE } from "./pipeline-labels.js";

/** A turn this long at most asks for the rating, not a brief. */
const MAX_CHARS = 160;
/** Characters of earlier user text (a pasted review, a thread) that make a text to rate, when no tool brought one. */
const MIN_CONTEXT_CHARS = 150;
/** A rating out of a top mark: "out of 5", "sur 10", "/10", "5段階", "10点満点", "5점 만점". */
const OUT_OF = /\bout of (?:5|10)\b|\bsur (?:5|10)\b|(?<!\d)\/10\b|(?<!\d)(?:5|10) ?段階|(?<!\d)(?:5|10) ?点満点|(?<!\d)(?:5|10) ?점 ?만점/;
/** A sum over ratings, which is maths: an average, a total, a share. */
const SUM_WORDS = /\b(?:average|mean|median|sum|total|percent(?:age)?)\b|%|\bmedia\b|moyenne|durchschnitt|promedio|m[ée]dia|средн|平均|合計|总共|합계|평균/;
/** Readings a rating asked of a text gets from its numbers or its question form. */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "math", "analysis", "chat", "deep_reasoning", "brainstorming"]);

/** Classification for a short turn asking a text in the conversation to be rated on a scale (see the module comment). */
export function scaleRatingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.coding) return undefined;
  if (reading.agent.toolMessages === 0 && reading.contextTextChars < MIN_CONTEXT_CHARS) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS || SUM_WORDS.test(text)) return undefined;
  const scale = SCALE.exec(text) ?? OUT_OF.exec(text);
  return scale === null ? undefined : { task: "classification", why: `'${scale[0]}' asks for a rating of the text on a scale` };
}
