/**
 * A pasted text to be rendered in another language (round 37n): "Render this nutrition label in Italian:" above the
 * label's figures, "put this menu into German:", "turn the following into Spanish:", "pon esto en italiano:", "mets ça en
 * italien :", "rendi questo in inglese:", "passa isso para o inglês:", "переложи это на английский:". No translating verb
 * is there, so the figures or a word of the text ("label") named the task; the opening line asks for the same text in a
 * language. A piece to write ("write a poem in Italian") or a summary in a language keeps its verb's task.
 * @module
 */
import { TRANSLATE } from "./follow-up-languages.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Readings the pasted text pulls the ask to. */
const MISREAD: ReadonlySet<string> = new Set(["classification", "extraction", "summarization", "simple_qa", "chat", "analysis", "math", "code_review"]);
/** The opening line is this short at most, and the material after it this long at least. */
const MAX_ASK_CHARS = 80;
const MIN_MATERIAL_CHARS = 20;
/** A verb of putting a text into another form, first in the turn, with "this" or "the following" as its object. */
const RENDER =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:render|put|turn|rewrite|convert|switch|pon|p[áa]sa(?:me)?|p[áa]salo|mets|passe|rends|bring|setz|übertrag|metti|rendi|passa|coloca|passe|переложи|перепиши)\s+(?:this|these|it|the following|that|esto|esta|este|[çc]a|ceci|cela|das|dies|diesen|diese|questo|questa|isso|isto|este|esta|это|эту|этот)\b/u;

/** Translation for a pasted text whose opening line asks for it in a language (see the module comment). */
export function renderedInLanguageGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages > 0) return undefined;
  const text = reading.latestLower;
  // The verb first: most turns fail here, before any search for the ask's end.
  const verb = RENDER.exec(text);
  if (verb === null) return undefined;
  const colon = text.indexOf(":", verb[0].length);
  const line = text.indexOf("\n", verb[0].length);
  const end = colon < 0 ? line : line < 0 ? colon : Math.min(colon, line);
  if (end < 0 || end > MAX_ASK_CHARS || text.length - end < MIN_MATERIAL_CHARS) return undefined;
  const language = TRANSLATE.exec(text.slice(verb[0].length, end));
  return language === null || language === undefined ? undefined : { task: "translation", why: `'${text.slice(0, end).trim()}' asks for the text below it in another language ('${language[0].trim()}')` };
}
