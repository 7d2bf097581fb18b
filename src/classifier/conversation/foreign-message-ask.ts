/**
 * "What does she say?" asked of a message in a language other than the user's is a translation (round 42): "nonna sent a
 * long msg, what does she say" after a tool read her Italian WhatsApp, "¿qué dice este correo?" above a German letter,
 * "这封邮件说了什么？" after a tool brought an English one. The same ask, bare, of a long document in the user's own
 * language asks for its gist (round 44): "Was steht in dem neuen Bericht? Kurz bitte." after a tool fetched the report.
 * @module
 */
import { messageText } from "../conversation-text.js";
import { dominantScript, guessLanguage } from "./script.js";
import { looksLikeLog } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "What does it say", "what did she write", "what's this mean", in the ten cue languages. */
const WHAT_IT_SAYS =
  /\bwhat (?:does|did|do) (?:it|she|he|they|this|that|the (?:\w+ )?(?:message|msg|text|letter|note|email|mail|sign|label|menu|card|post|comment|reply|report|document|doc|article|paper|memo|notice|statement|update|page))(?: \w+)? (?:say|says|said|mean|write|wrote)\b|\bwhat(?:'s| is) (?:it|this|that|she|he) say(?:ing)?\b|(?<!\blo )qu[ée] (?:dice|pone|significa|quiere decir)\b|was (?:steht|schreibt|sagt|bedeutet)\b|qu'est-ce qu'(?:il|elle|ils|elles|on) (?:dit|écrit)|que dit|cosa (?:dice|scrive|significa|c'è scritto)|o que (?:ela|ele|isso|diz|est[áa] escrito)|что (?:она|он|они|там|тут)? ?(?:пишет|пишут|говорит|написано|значит)|(?:说|写)(?:了)?(?:什么|啥)|什么意思|何て(?:書いて|言って)|なんて(?:書いて|言って)|뭐라고|무슨 (?:뜻|말)/;
/** The user's turn is a question, not a pasted message: under this many characters. */
const MAX_ASK_CHARS = 300;
/** Characters of the message read for its language. */
const SAMPLE_CHARS = 1_500;
/** Readings a question about a message's words gets instead: a summary, a lookup, a reading of it. */
const MISREADS: ReadonlySet<string> = new Set(["summarization", "simple_qa", "analysis", "extraction", "chat", "classification"]);

/** Words a message needs to be prose whose language can be told; a log, a table of figures or code is none. */
const MIN_PROSE_WORDS = 12;
/** The share of digits above which the text is figures, not a message. */
const MAX_DIGIT_SHARE = 0.08;
const WORD = /\p{L}{2,}/gu;
const DIGIT = /\d/g;
const CODE_MARK = /[{};]\s*$|=>|\bfunction\b|\bdef \w+\(|\bat [\w.$]+\(|\w\.[a-z]{1,5}:\d+/m;

/** Whether the text reads as a written message: enough words, few digits, no log lines or code. */
function isProse(text: string): boolean {
  const words = text.match(WORD)?.length ?? 0;
  const digits = text.match(DIGIT)?.length ?? 0;
  return words >= MIN_PROSE_WORDS && digits <= text.length * MAX_DIGIT_SHARE && !looksLikeLog(text) && !CODE_MARK.test(text);
}

/** The newest tool result, or the text pasted under the question, that the ask is about. */
function messageAskedAbout(reading: ConversationReading): string | undefined {
  const { messages, latestIndex, latest } = reading;
  const newline = latest.indexOf("\n");
  if (newline > 0 && latest.length - newline > 40) return latest.slice(newline + 1);
  for (let i = messages.length - 1; i > latestIndex; i--) if (messages[i]?.role === "tool") return messageText(messages[i]!);
  // A message a tool brought just before the question ("…what's she saying?" after the read).
  const before = messages[latestIndex - 1];
  return before?.role === "tool" ? messageText(before) : undefined;
}

/** Translation for a question about what a message in another language says. */
export function foreignMessageAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.latestIndex < 0) return undefined;
  const question = reading.latestLower.split("\n", 1)[0] ?? "";
  // "resume lo que dice el boletín": another work named by its own verb, of what the message says.
  if (question.length > MAX_ASK_CHARS || !WHAT_IT_SAYS.test(question) || reading.cues.some((cue) => cue.strong && cue.task !== "translation")) return undefined;
  const message = messageAskedAbout(reading)?.slice(0, SAMPLE_CHARS).toLowerCase();
  if (message === undefined || !isProse(message)) return undefined;
  const asked = guessLanguage(question, dominantScript(question), reading.cues);
  const written = guessLanguage(message, dominantScript(message), []);
  if (written === asked) return documentGist(task, question, message);
  return { task: "translation", why: `asks what a message in another language (${written}) says` };
}

/** Prose this long is a document whose gist is asked, not a note whose one line is read back. */
const MIN_DOCUMENT_CHARS = 600;
/** A part of the text asked about, or its exact words: a lookup or a quote, not the gist. */
const PART_ASKED = /\b(?:about|regarding|exactly|word for word|quote)\b|über|wörtlich|sobre|acerca|à propos|sur (?:le|la|les)\b|riguardo|\bsu (?:il|la|lo|i|le)\b|про |关于|について|에 대해/;
/** What may follow the question: a length asked, a please. */
const BREVITY_ONLY = /^[\s.!,]*(?:(?:kurz|bitte|briefly|in short|short(?:ly)?|quick(?:ly)?|tl;?dr|please|pls|en bref|bri[èe]vement|en resumen|brevemente|in breve|resumidamente|кратко|коротко|пожалуйста|简单说|简短|簡単に|짧게)[\s.!,]*)*$/;

/** A bare "what does the new report say? briefly" over a long document in the user's own language: its gist. */
function documentGist(task: string, question: string, message: string): GuardResult | undefined {
  if (task === "analysis" || task === "summarization" || message.length < MIN_DOCUMENT_CHARS || PART_ASKED.test(question)) return undefined;
  const mark = question.search(/[?？]/);
  if (mark >= 0 && !BREVITY_ONLY.test(question.slice(mark + 1))) return undefined;
  return { task: "summarization", why: "asks what a long document says: its gist" };
}
