/**
 * "What do I actually need to know?" asked of a long text in the run is its summary (round 42): "the school newsletter is
 * sooo long, what do i actually need to know" after a tool read the newsletter, "¿qué necesito saber de este contrato?"
 * above the pasted lease. With no text in the conversation it is a question about the world ("what do I need to know
 * before visiting Japan?"), read as before.
 * @module
 */
import { messageText } from "../conversation-text.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** What the writer needs to know, remember or do, asked in the ten cue languages. */
const NEED_TO_KNOW =
  /\bwhat (?:do|should) i (?:actually |really |even )?need to (?:know|remember|do|care about)\b|\bwhat (?:do|should) i (?:actually |really )?care about\b|qu[ée] (?:es lo que )?(?:realmente )?(?:necesito|tengo que) saber|was muss ich (?:davon |daraus |da )?(?:wirklich |eigentlich )?wissen|qu'est-ce que je dois (?:vraiment )?(?:savoir|retenir)|ce que je dois (?:vraiment )?(?:savoir|retenir)|cosa devo (?:davvero )?(?:sapere|ricordare)|o que (?:eu )?(?:realmente |de fato )?preciso saber|что мне (?:реально |действительно |вообще )?нужно (?:знать|запомнить)|我(?:需要|要)知道(?:什么|哪些|啥)|需要注意(?:什么|哪些|啥)|知っておくべきこと|何を知っておけば|알아야 할 (?:것|게|내용)/;
/** The text the ask is about says it is long: "sooo long", "too long", "a wall of text". */
const TOO_LONG = /\b(?:so+|too|way too|super|really|crazy) long\b|\bwall of text\b|\bmuy larg[oa]\b|\bviel zu lang\b|\btrop long\b|\btroppo lung[oa]\b|\bmuito long[oa]\b|слишком длинн|太长|長すぎ|너무 길/;
/** Characters of text before the turn, or under it, that make a document to sum up. */
const MIN_TEXT_CHARS = 1_200;
/** Readings the ask gets instead: a lookup, small talk, a reading of the text, a pick from it. */
const MISREADS: ReadonlySet<string> = new Set(["simple_qa", "chat", "analysis", "extraction"]);

/** A summary for "what do I actually need to know?" asked of a long text in the run. */
export function needToKnowGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.latestIndex < 0) return undefined;
  const question = reading.latestLower.slice(0, 300);
  if (!NEED_TO_KNOW.test(question)) return undefined;
  const text = reading.contextTextChars + reading.latest.length + toolTextAfter(reading) >= MIN_TEXT_CHARS || (TOO_LONG.test(question) && reading.agent.toolMessages > 0);
  return text ? { task: "summarization", why: "asks what matters in a long text the run holds" } : undefined;
}

/** Characters the tools brought back after the turn (the run that answers it), counted up to the threshold. */
function toolTextAfter(reading: ConversationReading): number {
  let chars = 0;
  for (let i = reading.latestIndex + 1; i < reading.messages.length && chars < MIN_TEXT_CHARS; i++) {
    const message = reading.messages[i]!;
    if (message.role === "tool") chars += messageText(message).length;
  }
  return chars;
}
