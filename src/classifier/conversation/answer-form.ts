/**
 * The answer's form named after a question (round 52): "customer asks: can I return wound yarn?", a policy search, then
 * "yes or no, and one line why"; "ja oder nein, kurz warum", "sí o no, en una línea", "oui ou non ?", "да или нет, и
 * почему одной строкой", "是还是不是，一句话说明原因". "yes or no" is a classification cue (mark whether…, yes or no, true or
 * false), but here it labels nothing: it says how to answer the question the user asked before it, a fact looked up.
 * Only a short turn made of that form (a yes-or-no phrase, a length and a "why"), read as a label, small talk or fields,
 * after a user turn that asked a question.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "yes or no" in the ten cue languages. */
const YES_OR_NO = String.raw`(?:yes or no|yes\/no|y\/n|ja oder nein|s[ií] o no|oui ou non|s[iì] o no|sim ou n[ãa]o|да или нет|是(?:还是|或)不是|是不是|对不对|はいかいいえ|イエスかノーか|예 아니면 아니오|네 아니면 아니요)`;
/** The rest of the form: a length, a "why", and the words between them. */
const REST = String.raw`(?:[\s,.;:!?？，。、+&-]|(?:and|with|plus|just|only|one|a|short|brief|briefly|line|sentence|word|why|und|kurz|warum|in|einem|satz|y|en|una|línea|linea|frase|por qué|por que|et|pourquoi|une|ligne|phrase|e|perché|uma|и|почему|одной|строкой|коротко)(?![\p{L}])|一句话|说明|原因|为什么|理由|一行で|なぜ|한 줄로|왜|이유)*`;
const ANSWER_FORM = new RegExp(String.raw`^${REST}${YES_OR_NO}${REST}$`, "u");
/**
 * A question asked of each of several items (review of round 52): "does each one mention shipping damage?", "are any of
 * them about e-bikes?", "¿cada una…?", "jede…", "chaque…", "每条…", "それぞれ…", "각각…". "yes or no" after it is a label per
 * item, a classification.
 */
const PER_ITEM =
  /\b(?:each|every|any of (?:them|these|those|the)|which (?:ones|of (?:them|these|those|the)))\b|(?<![\p{L}])(?:cada|jede[rsnm]?|chaque|ognun[oa]|ogni|каждый|каждая|каждое|каждого|каждой)(?![\p{L}])|每(?:个|條|条|一)|各(?:个|個)|哪些|それぞれ|各(?:[\p{Script=Han}]{1,3})が|각각|각 /u;
/** Characters such a turn runs to. */
const MAX_CHARS = 80;
/**
 * Readings of the form alone: a label ("yes or no"), small talk or fields. An analysis (the "why") is left: after "should
 * we rerun the promo?" the form asks a decision.
 */
const MISREAD: ReadonlySet<string> = new Set(["classification", "chat", "extraction"]);

/** A fact looked up for the answer form named after the user's question, read as a classification (module comment). */
export function answerFormGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.latestLower.length > MAX_CHARS || !/[?？]/u.test(reading.previousUserLower)) return undefined;
  if (!ANSWER_FORM.test(reading.latestLower.trim()) || PER_ITEM.test(reading.previousUserLower)) return undefined;
  return { task: "simple_qa", why: "names the answer's form ('yes or no') for the question asked before it" };
}
