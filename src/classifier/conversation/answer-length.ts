/**
 * A length asked of the answer to a question (round 44): "Est-ce que je peux partir avec un mois de préavis ? Réponds juste
 * oui ou non et pourquoi en une phrase.", "Docker में image और container में क्या अंतर है? एक लाइन में बताइए।" were read as
 * summaries: "in one sentence" names a summary's length when there is a text to sum up, and only the answer's length
 * after a question with nothing to sum up. A summary reading of such a turn is read again without the phrase; a turn with a
 * text of its own, or after a tool's result or a long answer, stays a summary.
 * @module
 */
import { messageText } from "../conversation-text.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "in one sentence", "in two lines", in the ten cue languages and Hindi. */
const ANSWER_LENGTH =
  /\b(?:(?:answer|reply|explain|tell me|say)(?: it)? )?in (?:one|a single|1|two|2|a couple of) (?:short )?(?:sentences?|lines?)\b|en (?:une|une seule|deux) phrases?|en (?:una|una sola|dos) frases?|in (?:einem|einem einzigen|zwei) s[äa]tze?n?|(?:em|numa) (?:uma|duas)? ?frases?|in (?:una|due) fras[ei]|одним предложением|в (?:одном|двух) предложени\p{L}*|一句话|两句话|一文で|一言で|한 (?:문장|줄)으?로|एक (?:लाइन|वाक्य|पंक्ति) में/u;
/** A turn this long at most is a question with a length asked, not a text to sum up. */
const MAX_TURN_CHARS = 300;
/** An earlier message this long is a text the turn may ask to sum up. */
const MIN_TEXT_CHARS = 400;

/** The latest turn without its answer-length phrase, for a summary reading of a question (module comment); else undefined. */
export function withoutAnswerLength(reading: ConversationReading, task: string): { text: string; why: string } | undefined {
  if (task !== "summarization") return undefined;
  const phrase = answerLengthPhrase(reading);
  if (phrase === undefined) return undefined;
  const lower = reading.latestLower;
  const text = `${lower.slice(0, phrase.index)} ${lower.slice(phrase.index + phrase[0].length)}`.trim();
  return { text, why: `'${phrase[0]}' asks the answer's length; the turn was read without it` };
}

/**
 * The model's own reading of a question, for a summary reading a guard gave it for its answer-length phrase alone (the
 * phrase is a defining summary cue in some tables: "एक लाइन में", "en une phrase").
 */
export function answerLengthGuard(settled: string, modelReading: string, reading: ConversationReading): GuardResult | undefined {
  if (settled !== "summarization" || modelReading === "summarization") return undefined;
  const phrase = answerLengthPhrase(reading);
  return phrase === undefined ? undefined : { task: modelReading, why: `'${phrase[0]}' asks the answer's length, not a summary` };
}

/** The answer-length phrase of a short question with nothing to sum up before it. */
function answerLengthPhrase(reading: ConversationReading): RegExpExecArray | undefined {
  if (reading.latestIndex < 0 || reading.latestLower.length > MAX_TURN_CHARS) return undefined;
  const lower = reading.latestLower;
  const phrase = ANSWER_LENGTH.exec(lower);
  if (phrase === null || !/[?？]/u.test(lower.slice(0, phrase.index)) || textToSumUp(reading)) return undefined;
  return phrase;
}

/** Whether an earlier message is a text the turn could ask to sum up: a tool's result or a long message. */
function textToSumUp(reading: ConversationReading): boolean {
  for (let i = 0; i < reading.latestIndex; i++) {
    const message = reading.messages[i];
    if (message === undefined || message.role === "system" || message.role === "developer") continue;
    if (message.role === "tool" || messageText(message).length >= MIN_TEXT_CHARS) return true;
  }
  return false;
}
