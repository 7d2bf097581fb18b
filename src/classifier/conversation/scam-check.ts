/**
 * "Is dit een phishingmail?", "这是钓鱼邮件吗？", "is this a scam?" above a pasted or quoted message: a yes-or-no label
 * asked of the text, classification (thirty-sixth round: the Dutch and Chinese asks read as translation of the pasted
 * message, while English, Spanish and German already read as classification).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Characters of the turn's head, above the message, where the question is read. */
const HEAD_CHARS = 120;
/** A message pasted or quoted below or after the question. */
const PASTED = /\n|["“„«「『]/;
/** The label asked: phishing, spam, a scam or a fraud, in the ten cue languages, Dutch and a few more. */
const SCAM_WORD =
  /phish|\bspam\b|\bscam\b|\bfraud|estafa|fraude|arnaque|escroquerie|betrug|truffa|golpe|мошенни|развод|诈骗|詐騙|钓鱼|釣魚|垃圾邮件|詐欺|フィッシング|迷惑メール|사기|피싱|스팸|oplicht|nep(?:mail|bericht)/;
/** A question mark closing the head's question. */
const QUESTION = /[?？]/;
/** Readings the pasted message pulls such a question to. */
const MISREAD: ReadonlySet<string> = new Set(["translation", "chat", "creative_writing", "summarization", "simple_qa"]);

/** Classification for a question whether a pasted message is phishing, spam or a scam (see the module comment). */
export function scamCheckGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  // Cheapest first: a question mark in the head, then where the message starts.
  const mark = text.slice(0, HEAD_CHARS).search(QUESTION);
  if (mark < 0) return undefined;
  const end = text.search(PASTED);
  if (end <= 0 || end > HEAD_CHARS) return undefined;
  if (mark > end) return undefined;
  const word = SCAM_WORD.exec(text.slice(0, end));
  return word === null ? undefined : { task: "classification", why: `'${word[0]}' asks whether the pasted message is one` };
}
