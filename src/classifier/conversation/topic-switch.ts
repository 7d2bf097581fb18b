/**
 * A turn that says it changes the subject ("ok totally unrelated but…", "different thing:", "换个话题", "話変わるけど",
 * "다른 얘기인데") is read on its own: the coding session or the tool results before it are not its context. Without
 * this, "ok different thing, we adopted a cat, throw some names at me" in a coding agent was read as code work
 * (eighth round). What the turn says after the marker is the new subject; the thanks before it ("ty. random but what's
 * the capital of canada?") belong to the old one, so only the rest is read when it says enough (ninth round).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import type { ConversationReading } from "./read-conversation.js";
import { unrelatedAsideEnd } from "./unrelated-aside.js";

/** Words that announce another subject, in the ten cue languages. */
const TOPIC_SWITCH = new RegExp(
  [
    /\b(?:unrelated(?: to (?:the |this |that |your |my |our )?[a-z]{2,20})?|different (?:thing|question|topic)|off[- ]topic|random (?:question|q)\b|random but|side question|quick unrelated|totally different|change of (?:topic|subject)|switching gears|nothing to do with (?:code|this|the code)|not (?:about|related to) (?:the |this |your |our )?(?:code|repo|project|bug|pr))\b/.source,
    // A question passed on from someone else ("she's asking how far away the moon is") is a new subject (tenth round).
    /\b(?:she|he|they|my (?:kid|son|daughter|boss|wife|husband|mom|dad|friend|partner|colleague|teacher))(?:'s| is| are)? (?:asking(?: me)?|wants to know|asked(?: me)?)(?= (?:how|what|why|when|where|who|which)\b)/.source,
    /otra cosa|no tiene nada que ver|cambiando de tema|was anderes|etwas anderes|andere frage|ganz anderes thema|themenwechsel|autre chose|rien à voir|changement de sujet|hors sujet/.source,
    /outra coisa|nada a ver|mudando de assunto|altra cosa|non c'entra|cambiando argomento|другой вопрос|не по теме|не про код|на другую тему/.source,
    /换个话题|题外话|另一个问题|跟代码无关|和代码无关|不相关的问题|話変わる|話は変わ|関係ないけど|別件|다른 얘기|딴 얘기|상관없는 질문|별개로/.source,
  ].join("|"),
);

/** The latest turn's own reading when it announces another subject after earlier turns; undefined otherwise. */
export function topicSwitchReading(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading): { result: ConversationClassification; turn: ChatMessage } | undefined {
  const marker = switchMarker(reading);
  if (marker === undefined) return undefined;
  const whole = messages[reading.latestIndex] as ChatMessage;
  const rest = newSubject(reading, marker.end);
  if (marker.closing && (rest === undefined || !CLOSING_QUESTION.test(rest))) return undefined;
  // A question passed on is indirect ("she's asking how far away the moon is"): it is read as the question it is.
  const asked = rest !== undefined && REPORTED.test(marker.text) && !/[?？]\s*$/u.test(rest) ? `${rest}?` : rest;
  const turn: ChatMessage = asked === undefined ? whole : { role: whole.role, content: asked };
  return { result: base.classify([turn]), turn };
}

/**
 * Where the turn announces another subject: at its head, after earlier turns (the same words deep in a pasted
 * transcript change no subject), or in its tail, in a turn of any position, when a short question closes the turn
 * ("training log: Mon 8.2 km … random question while I'm at it: how long is a marathon?"; eleventh round).
 */
function switchMarker(reading: ConversationReading): { end: number; text: string; closing: boolean } | undefined {
  if (reading.latestIndex >= 1) {
    const head = TOPIC_SWITCH.exec(reading.latestLower.slice(0, MARKER_HEAD_CHARS));
    if (head !== null) return { end: head.index + head[0].length, text: head[0], closing: false };
    // "btw, why do cats purr?" in a coding run: an aside question that shares no word with the conversation (round 55).
    const aside = unrelatedAsideEnd(reading);
    if (aside !== undefined) return { end: aside, text: reading.latestLower.slice(0, aside), closing: false };
  }
  const lower = reading.latestLower;
  const from = Math.max(0, lower.length - MARKER_TAIL_CHARS);
  const tail = TOPIC_SWITCH.exec(lower.slice(from));
  return tail === null ? undefined : { end: from + tail.index + tail[0].length, text: tail[0], closing: true };
}

/** Characters of the turn's tail a closing marker is looked for in. */
const MARKER_TAIL_CHARS = 240;
/** A short question that closes the turn: at most about thirty words, ending in a question mark. */
const CLOSING_QUESTION = /^(?:\S+\s+){0,30}\S*[?？]\s*$/u;

/** The marker of a question passed on from someone else. */
const REPORTED = /asking|asked|wants to know/;
/** A tag an IDE agent wraps the user's words in ("<user_query>"). */
const WRAPPER_TAG = /<\/?[a-z_]{2,30}>/g;
/** Characters of the turn's head the marker is looked for in. */
const MARKER_HEAD_CHARS = 160;
/** Words after the marker for the rest of the turn to be read instead of all of it. */
const REST_MIN_WORDS = 3;
/** Characters after the marker for a text without spaces between words (Chinese, Japanese) to be read alone. */
const REST_MIN_CHARS = 8;
/** Punctuation, "while I'm at it" and a conjunction between the marker and the new subject ("unrelated, but …", "otra cosa: pero …"). */
const LEAD = /^[\s,.:;!?)\-–—，。：！？、]*(?:while (?:i'm|i am|we're|we are|you're) at it[\s,.:;!?\-–—]*)?(?:(?:but|though|btw|so|and|pero|aber|mais|mas|ma|но)(?=[\s,.:;!?-]|$)[\s,.:;!?\-–—]*)?/iu;

/** The turn after the topic-switch marker, when it says enough on its own; undefined otherwise. */
function newSubject(reading: ConversationReading, end: number): string | undefined {
  // Lower-casing keeps the length of almost every text; when it does not, the lower-cased rest is read.
  const text = reading.latest.length === reading.latestLower.length ? reading.latest : reading.latestLower;
  // An IDE's wrapper tag around the turn ("<user_query>…</user_query>") is not part of the new subject.
  const rest = text.slice(end).replace(LEAD, "").replace(WRAPPER_TAG, " ").trim();
  const words = rest.split(/\s+/u).filter((word) => word !== "").length;
  return words >= REST_MIN_WORDS || (words > 0 && rest.replace(/\s+/gu, "").length >= REST_MIN_CHARS && !/[a-z]/iu.test(rest)) ? rest : undefined;
}
