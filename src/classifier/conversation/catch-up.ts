/**
 * A catch-up asked over messages the writer was away for is a summary (round 41): "I was out sick Mon–Wed, what did I
 * miss on the launch thread?" after an assistant's mail search, "was habe ich im Thread verpasst?", "¿qué me perdí?",
 * "我错过了什么？" above a pasted channel log. The model reads the question as a lookup (or, in Chinese, the "邮件" of
 * the thread as a letter to write); what is asked is the gist of what happened. Only with the material in the run (a
 * tool's result or a long pasted text), outside code, and not when the writer asks what they missed in their own work
 * ("my answer is 40, not 42: what did I miss?", "what did I miss in this proof?").
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "What did I miss?" in the ten cue languages (catch-up verbs people use of threads, channels and meetings). */
const CATCH_UP_ASK =
  /\bwhat (?:did|have) i (?:just )?miss(?:ed)?\b|\b(?:been|was) (?:off|away from|out of|offline from|not on) (?:the |our |my )?(?:\S+ )?(?:chat|group|thread|channel|slack|inbox|email)\b[^?]{0,40}\bwhat\b|\bwhat did (?:everyone|everybody|you all|y'?all|the group|they all) (?:decide|agree|say|settle on)\b|\bwhat i(?:'ve)? missed\b|\bwhat(?:'s| has) happened while i was (?:away|out|off|gone)\b|was (?:habe|hab) ich (?:\S+ ){0,6}verpasst|was ich (?:\S+ ){0,4}verpasst habe|qu[ée] me (?:he )?perd[ií]|lo que me perd[ií]|(?:qu'est-ce que|ce que) j'ai (?:rat[ée]|manqu[ée])|qu'ai-je (?:rat[ée]|manqu[ée])|o que (?:eu )?perdi\b|(?:cosa|che) mi sono pers[oa]|что я пропустил[аи]?|我错过了什么|我錯過了什麼|错过了(?:什么|哪些)|錯過了(?:什麼|哪些)|見逃した(?:こと|話|内容)|내가 놓친|놓친 (?:게|거|내용)/;
/** The writer's own work checked for a mistake: what they missed is an error, not news. */
const OWN_WORK = /\b(?:mistake|wrong|error|bug|proof|answer|solution|step|calculation|fails?|failing|test)\b|fehler|falsch|erreur|faux|errore|sbagliat|erro\b|ошибк|错(?!过)|錯(?!過)|間違|틀린|오류|[=≠]/;
/** Pasted text long enough to be the messages caught up on. */
const MIN_PASTED_CHARS = 300;
/** Readings the question gets: a lookup, a reading, small talk, or the thread's mail taken for a letter to write. */
const MISREADS: ReadonlySet<string> = new Set(["simple_qa", "analysis", "chat", "creative_writing", "extraction"]);

/** Summarization for a catch-up asked over the messages in the run (module comment). */
export function catchUpGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.agent.coding || reading.agent.codeInContext) return undefined;
  if (reading.agent.toolMessages === 0 && reading.contextTextChars + reading.latest.length < MIN_PASTED_CHARS) return undefined;
  const text = reading.latestLower;
  const asked = CATCH_UP_ASK.exec(text);
  if (asked === null || OWN_WORK.test(text)) return undefined;
  return { task: "summarization", why: `'${asked[0]}' asks to be caught up on the messages: their gist` };
}
