/**
 * The cues of a conversation's system and developer prompts, without those that set no task for every turn: a verb of
 * answering before a summary word ("Отвечай кратко"), and a translation into code ("Translate questions into SQL").
 * @module
 */
import { findCues, type CueHit } from "./cue-matcher.js";

/** The cues of the system and developer prompts, each given cut and lower-cased. */
export function findSystemCues(prompts: readonly string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const lower of prompts) {
    for (const hit of findCues(lower)) {
      if (hit.task === "summarization" && ANSWER_MANNER.test(lower.slice(Math.max(0, hit.at - 24), hit.at))) continue;
      if (hit.task === "translation" && INTO_CODE.test(lower.slice(hit.at + hit.word.length, hit.at + hit.word.length + 48))) continue;
      hits.push(hit);
    }
  }
  return hits;
}

/** "Translate questions into SQL": a translation into code or a query language is no language pipeline (sixteenth round). */
const INTO_CODE = /^[^.\n]{0,30}?\b(?:into|to|in)\s+(?:sql|code|queries|a query|python|javascript|typescript|json|regex|formulas?|cypher|graphql|spark|pandas|bash|shell commands?)\b/;

/**
 * A verb of answering just before a summary word: "Отвечай кратко", "Antworte knapp", "Réponds brièvement" tell the
 * assistant how to answer; they set no summarizing pipeline (thirteenth round).
 */
const ANSWER_MANNER =
  /(?:answer|respond|reply|отвечай(?:те)?|ответь(?:те)?|antworte|antworten sie|r[ée]ponds|r[ée]pondez|responde|responda|rispondi|risponda|回答|答え|대답|답변)(?:[\s,:]+[^\s,:]+){0,2}[\s,:]*$/u;

