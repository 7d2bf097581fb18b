/**
 * A translation asked by language codes, as localisation teams and support desks write it (round 46):
 * - a pair heading the turn: "EN->JP: 'Thanks for your patience…'", "en > de: the meeting moved to 3pm", "JA→EN 「…」",
 *   "EN to PT-BR: Welcome back!", "[de→en] …";
 * - a list of target codes for the text: "Need it in DE, FR and IT", "this in ES/PT please", "DE + FR versions".
 * No translating verb is there, so the text's own words ("Thanks", "confirm", a question) named the task. A pair heads
 * the turn, ends in a colon, a line break or a quote, and names two different codes of a closed list; a list names two
 * codes at least, in capitals, asked as versions, or of a text quoted, given after a colon or sent in an earlier turn
 * ("need this in DE/FR/IT" after the push copy). "we sell in DE, FR and IT" names markets, and "escalate this to IT and
 * HR" departments: neither asks anything of a text.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** ISO 639-1 codes (and the common country-code stand-ins JP, KR, CN, UA) of the languages LLM traffic is written in. */
const CODES = "en|zh|cn|es|de|fr|ja|jp|pt|ru|ko|kr|it|ar|hi|tr|vi|id|pl|nl|sv|uk|ua|cs|el|he|th|da|fi|nb|hu|ro|ms|fa|bn|ur|ta|sk|bg|hr|sr|lt|lv|et|sl|ca|tl|sw";
/** A region or script after a code: PT-BR, es_MX, zh-Hans, es-419. */
const REGION = "(?:[-_](?:[a-z]{2}|hans|hant|latam|419))?";
/** A pair heading the turn, then a colon, a line break, a quote or the turn's end. */
const SEPARATOR = "\\s*(?:->|→|=>|⇒|➡️?|—>|–>|-->|>|\\s(?:to|2)\\s)\\s*";
const PAIR = new RegExp(`^\\s*(?:translate\\s+|pls\\s+|please\\s+)?(?:[\\[(](${CODES})${REGION}${SEPARATOR}(${CODES})${REGION}[\\])]|(${CODES})${REGION}${SEPARATOR}(${CODES})${REGION}\\s*(?:[:：\\n"'“‘«「『]|[?？]?\\s*$))`, "i");
const UPPER_CODES = CODES.toUpperCase();
const CODE_LIST = `(?:${UPPER_CODES})(?:-[A-Z]{2})?(?:\\s*(?:,|/|\\+|&|and|or)\\s*(?:${UPPER_CODES})(?:-[A-Z]{2})?){1,8}`;
/** Codes in capitals asked of the text: "it in DE, FR and IT", "DE/FR versions". */
const LIST = new RegExp(`\\b(?:it|this|that|them|these|copy|text)\\s+(?:in|into)\\s+${CODE_LIST}\\b`);
/** Versions asked by code: "DE/FR versions", "ES + PT translations". */
const VERSIONS = new RegExp(`\\b${CODE_LIST}\\s+(?:versions?|translations?|copies|copy)\\b`);
/**
 * The text the codes are asked of, quoted or after a colon: "escalate this to IT and HR" and "post this in IT and HR"
 * name departments, not languages.
 */
const TEXT_QUOTED = /["“”«»„]|'[^'\n]{3,}'|[:：]\s*\S.{10}/u;
/** Readings the text's own words pull a pair or a list to. */
const MISREAD: ReadonlySet<string> = new Set(["classification", "extraction", "simple_qa", "chat", "analysis", "math", "code_review", "code_generation", "deep_reasoning", "brainstorming"]);

/** Translation for a turn that asks it by language codes (see the module comment). */
export function languagePairGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task)) return undefined;
  const pair = PAIR.exec(reading.latest);
  if (pair !== null && (pair[1] ?? pair[3])?.toLowerCase() !== (pair[2] ?? pair[4])?.toLowerCase()) {
    return { task: "translation", why: `the turn opens with a language pair ('${pair[0].trim()}')` };
  }
  const list = VERSIONS.exec(reading.latest) ?? (TEXT_QUOTED.test(reading.latest) || reading.previousUserLower !== "" ? LIST.exec(reading.latest) : null);
  return list === null ? undefined : { task: "translation", why: `the text is asked for in languages by code ('${list[0]}')` };
}
