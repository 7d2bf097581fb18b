/**
 * Short follow-ups ("and this one too", "shorter", "now in French", "go ahead") in the ten cue
 * languages, written by the team from general usage. A follow-up is read against the turn before it:
 * it inherits that turn's task, or shifts it (to a translation, to a summary) the way a person would.
 * @module
 */

import { acknowledgedConsent } from "./acknowledged-consent.js";
import { anotherVersion } from "./another-version.js";
import { CONTINUE_WHOLE } from "./continued-work.js";
import { FIX_ASK } from "./fix-asks.js";
import { asksForMore, bareAndItem, bareItems, demonstrative, ordinalReference } from "./follow-up-shapes.js";
import { newItemAfterAnd } from "./follow-up-new-item.js";
import { asksOwnWorkAfterMaterial, presentsMoreMaterial } from "./follow-up-more-material.js";
import { asksToRecall, editAsk, explainAsk, lengthAsk, pushbackAsk, reshapeAsk, versionAsk } from "./follow-up-asks.js";
import { choiceAsk } from "./follow-up-choice.js";
import { sameWorkAgain } from "./follow-up-again.js";
import { newerLanguageFollowUp } from "./follow-up-newer.js";
import { portAsk } from "./follow-up-port.js";
import { LANGUAGE_ALONE, MAX_WORDS_FOR_LANGUAGE_ALONE, TRANSLATE } from "./follow-up-languages.js";
import { ACT, ALSO, BARE_YES, COMPARATIVE, CONSENT, INHERIT, INHERIT_LED, MAX_COMPARATIVE_WORDS, QUESTION_BEFORE, RESTYLE, SHORTEN } from "./follow-up-phrases.js";
import { fewWordsAroundLanguage } from "./language-alone.js";
import { beforeAddition } from "./first-clause.js";
import { movesOnToOwnAsk } from "./moving-on.js";
import { backToTopicQuestion } from "./back-to-topic.js";

/** How a follow-up relates to the task before it. */
export type FollowUpKind = "inherit" | "translate" | "shorten" | "act" | "also" | "explain" | "choose" | "recall";

/** A follow-up found at the start of the latest user message. */
export interface FollowUp {
  kind: FollowUpKind;
  /** The words that made it a follow-up, as written. */
  phrase: string;
}

/** The instruction part of a follow-up may be this long (words, or CJK characters / 2). */
const MAX_HEAD_WORDS = 12;
const MAX_HEAD_CHARS = 120;

const ORDER: readonly [FollowUpKind, RegExp][] = [
  ["shorten", SHORTEN],
  ["translate", TRANSLATE],
  ["act", ACT],
  ["act", FIX_ASK],
  ["inherit", INHERIT_LED],
  ["inherit", INHERIT],
  ["inherit", RESTYLE],
  ["also", ALSO],
];

/** The instruction part of a message: up to the first colon, line break or opening quote, capped. */
export function followUpHead(lower: string): string {
  let end = Math.min(lower.length, MAX_HEAD_CHARS);
  for (let i = 0; i < end; i++) {
    const c = lower.charCodeAt(i);
    // A quote opens the item the follow-up is about: '"', “, „, «, 「, and ' or ‘ after a space ("이건? '포장이…'").
    const quote = c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x300c || ((c === 39 || c === 0x2018) && i > 0 && lower.charCodeAt(i - 1) === 32);
    if (c === 10 || c === 58 || c === 0xff1a || quote) {
      end = i;
      break;
    }
  }
  return lower.slice(0, end).trim();
}

/** Characters after a consent ("Ja: …") past which the rest is a message of its own. */
const OWN_MESSAGE_CHARS = 200;

/**
 * "Ja: consumption 18,000 kWh, quote 9,500 € … is the heat pump worth it?": a yes that answers the assistant's question
 * and then brings material and a question of its own is a new request, read as a whole, not a consent to inherit.
 */
function answersWithOwnAsk(head: string, lower: string): boolean {
  const rest = lower.slice(lower.indexOf(head) + head.length);
  return rest.length > OWN_MESSAGE_CHARS && /[?？]/.test(rest);
}

/** Whether the head is short enough to be a follow-up: few words, or few CJK (or Thai) characters. */
function isShort(head: string, whole: string): boolean {
  if (head.length === 0) return false;
  let words = 0;
  let cjk = 0;
  let thai = 0;
  let inWord = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) cjk++;
    else if (c >= 0xe01 && c <= 0xe5b) thai++;
    const space = c === 32 || c === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  // A long message with no colon or quote is a new request, not a follow-up.
  if (head.length === whole.length && whole.length > MAX_HEAD_CHARS) return false;
  // Thai writes no spaces either; a Thai word runs to about four characters.
  if (thai > 0) return cjk / 2 + thai / 4 + words <= MAX_HEAD_WORDS + 2;
  return cjk > 0 ? cjk / 2 + words <= MAX_HEAD_WORDS + 2 : words <= MAX_HEAD_WORDS;
}

/** Words an "also …" follow-up may run to: it names the added change, so it is longer than "and this one too". */
const MAX_ALSO_WORDS = 25;
const MAX_ALSO_CHARS = 300;

/** A longer "also …" message is still a change to the work just done. */
function alsoFollowUp(head: string, lower: string): FollowUp | undefined {
  if (lower.length > MAX_ALSO_CHARS || head.split(" ").length > MAX_ALSO_WORDS) return undefined;
  const match = ALSO.exec(head);
  return match ? { kind: "also", phrase: match[0].trim() } : undefined;
}

/** Words the first clause of a longer turn may have for "now in English, she's from Texas …" to be a translate follow-up. */
const MAX_LEADING_CLAUSE_WORDS = 5;

/**
 * "ahora en ingles porfa, ella es de Texas y quiero que lo entienda su familia": a short first clause that asks for
 * another language, with the reason after it, is a translate follow-up (eleventh round). A question is not.
 */
function leadingTranslate(head: string): FollowUp | undefined {
  if (/[?？]/u.test(head)) return undefined;
  const [first = "", second = ""] = head.split(/[,.;!]/u, 2);
  // "great. now the same in Swahili please, most of our parents…": a word of thanks or assent before it (eighteenth round).
  return translateClause(first, MAX_LEADING_CLAUSE_WORDS) ?? (first.trim().split(/\s+/u).length <= MAX_ASSENT_WORDS ? translateClause(second, MAX_LEADING_CLAUSE_WORDS + 1) : undefined);
}

/** Words a leading clause that edits or reshapes the text just written may have, after a consent. */
const MAX_LEADING_EDIT_WORDS = 8;
/** A consent or thanks joined to the edit that follows it ("go ahead and make it…", "perfect, and…"). */
const CONSENT_LEAD = /^(?:go ahead and|yes,? and|ok(?:ay)?,? and|perfect,? and|great,? and|please|pls)\s+/;

/**
 * "go ahead and make it third person, 50 words, and add that I also run…", "make it warmer, she's my aunt and …": a short
 * first clause that edits or restyles the text just written, with the details after it, is that follow-up however long
 * the turn runs (twenty-eighth round).
 */
function leadingEdit(head: string): FollowUp | undefined {
  const [first = ""] = head.split(/[,.;!?]/u, 1);
  // "ponle un tono más cercano y añade que…": the restyle before an addition joined without a comma (thirty-second round).
  return editClause(first) ?? editClause(beforeAddition(first));
}

function editClause(first: string): FollowUp | undefined {
  if (first === "") return undefined;
  const consent = CONSENT_LEAD.exec(first.trim());
  const clause = consent === null ? first.trim() : first.trim().slice(consent[0].length);
  // "ok now the Hausa version, keep it under 160 chars": a language named is a translation, read as the turn it is.
  if (clause.split(/\s+/u).length > MAX_LEADING_EDIT_WORDS || LANGUAGE_ALONE.test(clause) || newerLanguageFollowUp(clause) !== undefined) return undefined;
  // Only an edit of the text: a narrowing ("e só em matemática? média 5,8 → 5,7 …") brings figures of its own.
  const phrase = editAsk(clause) ?? RESTYLE.exec(clause)?.[0];
  if (phrase === undefined) return undefined;
  // "go ahead and add it. exponential backoff…": consent to make the change, read as "go ahead" is.
  return consent === null ? { kind: "inherit", phrase: phrase.trim() } : { kind: "act", phrase: `${consent[0].trim()} ${phrase.trim()}` };
}

/** Words of a first clause that only thanks or assents ("great", "ok thanks") before the ask; the ask after it may say "now". */
const MAX_ASSENT_WORDS = 2;

function translateClause(clause: string, maxWords: number): FollowUp | undefined {
  if (clause.trim().split(/\s+/u).length > maxWords) return undefined;
  const match = TRANSLATE.exec(clause);
  if (match !== null) return { kind: "translate", phrase: match[0].trim() };
  const newer = newerLanguageFollowUp(clause);
  return newer?.kind === "translate" ? newer : undefined;
}

/** "that makes no sense to me, my pet snake is a pet and a reptile. convince me": a pushback with its reason (round 37n). */
function longPushback(head: string): FollowUp | undefined {
  const phrase = pushbackAsk(head);
  return phrase === undefined ? undefined : { kind: "explain", phrase };
}

/** A question of the turn's own, opening it, in the sentence a length ask ends ("what does markPaid compare against, in one line?"). */
const OWN_QUESTION = /^[¿\s]*(?:what|which|who|whom|where|when|how|qu[eé]|cu[aá]l|qui[eé]n|d[oó]nde|c[oó]mo|was|welche[rsmn]?|wer|wo|wie|quel(?:le)?|qui|o[uù]|comment|che|cosa|quale|chi|dove|come|o que|qual|quem|onde|что|какой|где|как|кто)(?![\p{L}])[^?!.？！。]*$/u;

/** Whether the text before a length ask found at `at` is a question of the turn's own, which the length only shapes. */
function lengthOfOwnQuestion(head: string, at: number): boolean {
  return at > 0 && OWN_QUESTION.test(head.slice(0, at));
}

/** The follow-up a question asks when it asks the work before shorter, in another language or in another tone. */
function editOfWork(question: string): FollowUp | undefined {
  const followUp = detectFollowUp(question);
  return followUp !== undefined && (followUp.kind === "shorten" || followUp.kind === "translate" || RESTYLE.test(question)) ? followUp : undefined;
}

/** The follow-up at the start of `lower` (the latest user message, lower-cased), if it is one. */
export function detectFollowUp(lower: string): FollowUp | undefined {
  // "thanks! now this one: write me a haiku …": the turn moves on to new work of its own (round 51); an ask that is itself
  // a follow-up ("now give me 10 more") stays one.
  const ownAsk = movesOnToOwnAsk(lower);
  if (ownAsk !== undefined && detectFollowUp(ownAsk) === undefined) return undefined;
  const head = followUpHead(lower);
  // "nochmal zu dem Lade-Pfad: gibt es ein Problem, wenn …?": back to a subject, then a question of its own (round 51);
  // "nochmal zur Mail: kannst du sie kürzer machen?" asks the work before edited, the question's own follow-up (review 51).
  const question = backToTopicQuestion(head, lower);
  if (question !== undefined) return editOfWork(question);
  // "ok quick q before that, whats the default port … again?": a lead clause, then a short question asking to be reminded
  // of a fact, however many words the lead adds; read on the whole turn too, since a lead may end in a colon (round 49).
  if (asksToRecall(head) || (lower.length <= MAX_HEAD_CHARS && asksToRecall(lower.trim()))) return { kind: "recall", phrase: head };
  // "nice. same idea in Clojure, for my colleague…": the code again in another programming language (thirty-first round).
  const port = portAsk(head);
  if (port !== undefined) return { kind: "act", phrase: port };
  if (!isShort(head, lower.trim())) return leadingTranslate(head) ?? alsoFollowUp(head, lower) ?? versionAsk(lower) ?? leadingEdit(head) ?? longPushback(head);
  const choice = choiceAsk(head);
  if (choice !== undefined) return { kind: "choose", phrase: choice };
  if (BARE_YES.test(head) || CONSENT.test(head) || acknowledgedConsent(head) || CONTINUE_WHOLE.test(head)) return answersWithOwnAsk(head, lower) ? undefined : { kind: "act", phrase: head };
  if (head.split(/\s+/).length <= MAX_COMPARATIVE_WORDS && COMPARATIVE.test(head)) return { kind: "inherit", phrase: head };
  if (asksForMore(head)) return { kind: "inherit", phrase: head };
  const another = anotherVersion(head);
  if (another !== undefined) return { kind: "inherit", phrase: another };
  const again = sameWorkAgain(head);
  if (again !== undefined) return { kind: "inherit", phrase: again };
  // "and in German?" names a language, not another item: it is left to the translate forms below.
  // "and 'the room is booked until 5'?", "and the people? there's a second paragraph: …": a new item brought (round 37n).
  const andItem = TRANSLATE.test(head) || LANGUAGE_ALONE.test(head) ? undefined : (bareAndItem(head) ?? bareItems(head) ?? newItemAfterAnd(head, lower));
  // "Die Tabelle hier bitte auch:\n| … |", "agora desse aqui:\n…": more material of the anchor's kind (round 50).
  const shape = ordinalReference(head) ?? andItem ?? demonstrative(head) ?? reshapeAsk(head) ?? presentsMoreMaterial(head, lower);
  // "and this one too:\n<text>\n\ntranslate it into French": the material's closing ask is the turn's own (round 50).
  if (shape !== undefined) return asksOwnWorkAfterMaterial(lower) ? undefined : { kind: "inherit", phrase: shape };
  const explain = explainAsk(head);
  if (explain !== undefined) return { kind: "explain", phrase: explain };
  const length = lengthAsk(head);
  if (length !== undefined) return { kind: "shorten", phrase: length };
  for (const [kind, regex] of ORDER) {
    const match = regex.exec(head);
    if (match && !(kind === "act" && QUESTION_BEFORE.test(head.slice(0, match.index))) && !(kind === "shorten" && lengthOfOwnQuestion(head, match.index))) return { kind, phrase: match[0].trim() };
    if (kind === "translate" && head.split(/\s+/).length <= MAX_WORDS_FOR_LANGUAGE_ALONE) {
      const alone = LANGUAGE_ALONE.exec(head);
      if (alone && fewWordsAroundLanguage(head, alone[0])) return { kind, phrase: alone[0] };
    }
  }
  const edit = editAsk(head);
  return edit !== undefined ? { kind: "inherit", phrase: edit } : newerLanguageFollowUp(head);
}
