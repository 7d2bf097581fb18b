/**
 * A language named as the subject, not as a translation's target (round 46, dev-221): "is Spanish hard for English
 * speakers?", "西班牙语和葡萄牙语哪个更难学？", "icebreaker games that work when half the room speaks German", "A translator
 * charges $0.12 per word … how much in total?". The model reads language names and translators as translation; with no
 * text to carry over and no ask to carry one, the turn is read again with those words put aside, and a reading of other
 * work stands. "translate good morning into Korean", "how do you say thank you in Japanese", a quoted text, or material
 * after a colon keep the translation.
 * @module
 */
import { LANGUAGE_ALONE, TRANSLATE } from "./follow-up-languages.js";
import type { ConversationReading } from "./read-conversation.js";

/** Quoted text or material after a colon or a line break: a text to carry over. */
const TEXT_GIVEN = /["“”«»「」『』„]|'[^'\n]{3,}'|[:：]\s*\S.{10}|\n/u;
/** An ask to carry words into a language, in the ten cue languages. */
const CARRY_ASK =
  /\b(?:translate|how (?:do|would|to|can) (?:you |i |we |one )?say|what(?:'s| is) the (?:\w+ )?(?:word|term|phrase|name) for|translate (?:it|this|that|these|the|my|our|me)|say (?:it|this|that)|put (?:it|this|that))\b|(?<![\p{L}])(?:traduce|trad[uú]ceme|trad[uú]celo|traduis|traduisez|traduza|traduz|traduci|übersetze|übersetz mir|переведи|переведите)(?![\p{L}])|翻译一下|翻译成|翻訳して|번역해|c[oó]mo se dice|wie sagt man|comment (?:dit-on|on dit)|como se diz|come si dice|как (?:сказать|будет)|怎么说|どう言う|뭐라고/u;
/**
 * The turn points at a text it carries ("I need this contract clause in Portuguese", "the English version of this proverb",
 * "¿Me puedes traducir esto al francés? …", "Peux-tu traduire ceci…", "Puoi tradurre questo…", "Pode traduzir isso…").
 */
const POINTS_AT_TEXT = /\b(?:this|these|that|those|my|our|the following)\b|(?<![\p{L}])(?:esto|esta|este|eso|ceci|cela|ça|questo|questa|isso|isto|esse|essa|das|dies|diesen|diese|это|эту|этот)(?![\p{L}])|这|這|これ|この|이거|이것|이 (?:문장|글|텍스트|메일|메시지)/u;
/** Translation words and language names in Latin, Cyrillic and CJK writing, put aside for the second reading. */
const TRANSLATION_WORDS = /\b(?:translat\w*|interpret\w*)\b|(?<![\p{L}])(?:tradu\p{L}*|übersetz\p{L}*|перев[оеёд]\p{L}*|çevir\p{L}*|çevirmen\p{L}*|tłumacz\p{L}*|vertaal\p{L}*)|翻译|翻譯|翻訳|번역/gu;
/** Every language name, for the second reading (`replace` starts a global pattern from 0 on every call). */
const LANGUAGES_NAMED = new RegExp(LANGUAGE_ALONE.source, "gu");
/** A turn this short that names a language after "in" or "to" asks its words in it. */
const MAX_PHRASE_CHARS = 60;
/** Longest turn read this way: a long one carries its own text. */
const MAX_CHARS = 400;

/** The latest turn without its language words, for a translation reading with no text to carry (module comment). */
export function withoutLanguageSubject(reading: ConversationReading, task: string): { text: string; why: string } | undefined {
  // Only a conversation's opening turn: after earlier turns, the text to carry over is in them ("Spanish please").
  if (task !== "translation" || reading.latestIndex < 0 || reading.agent.toolMessages > 0 || reading.messages.slice(0, reading.latestIndex).some((message) => message.role !== "system" && message.role !== "developer")) return undefined;
  const text = reading.latest;
  if (text.length > MAX_CHARS || TEXT_GIVEN.test(text) || CARRY_ASK.test(reading.latestLower) || POINTS_AT_TEXT.test(reading.latestLower)) return undefined;
  // "good morning in Japanese", "thank you in German": a short phrase asked in a language is the text carried.
  if (text.length <= MAX_PHRASE_CHARS && TRANSLATE.test(reading.latestLower)) return undefined;
  const rest = reading.latestLower.replace(LANGUAGES_NAMED, "foo").replace(TRANSLATION_WORDS, "foo");
  return rest === reading.latestLower ? undefined : { text: rest, why: "languages are the turn's subject, with no text to carry over; the turn was read without their names" };
}
