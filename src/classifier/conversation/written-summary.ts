/**
 * A summary asked to be written (thirty-first round): "Escreve um resumo curtinho pra newsletter do nosso bolão", "write a
 * short summary for our club newsletter", "schreib eine kurze Zusammenfassung für den Newsletter". The verb is a writing
 * verb, but what it writes is a summary of what the turn holds: summarization, not a new piece. A summary that is itself a
 * message's kind ("write the summary email to the team") or told as a piece ("a summary of the session as a bard's tale")
 * is the piece, and is left to the writing readings. "Recap" is not read: an "instagram recap" is a post.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Writing verbs of the ten cue languages (imperatives and "can you write"), before the summary. */
const VERBS =
  "write|draft|do|give me|put together|escrib[ei](?:me)?|escr[ií]beme|redact[ae](?:me)?|red[aá]ctame|haz(?:me)?|escrev[ae]|fa[zç]a?|redij[ae]|schreib(?:e|en sie)?|mach(?:e|en sie)?|verfass(?:e|en sie)?|[ée]cri(?:s|vez)(?:-moi)?|r[ée]dige(?:z)?(?:-moi)?|fais(?:-moi)?|scriv(?:i|imi|a)|f(?:ai|ammi)|prepara(?:mi)?|напиш(?:и|ите)|состав(?:ь|ьте)|сдела(?:й|йте)";
/** The summary's noun, in the same languages. */
const SUMMARY =
  "summary|resumen(?:cito)?|resumo|resuminho|resumão|s[íi]ntese|zusammenfassung|kurzfassung|résumé|synth[èe]se|riassunto|sintesi|сводк[уа]|резюме|краткое содержание|краткий пересказ";
/**
 * Up to three words (articles, "short", "quick", "curtinho") between the verb and the summary; a size with its count ("a
 * 3-sentence summary", "un resumen de 5 líneas" is after it) since the thirty-sixth round.
 */
const GAP = "(?:[\\p{L}\\p{N}'’-]+ ){0,3}";
/** A summary told as a piece ("a summary of the session as a bard's tale", "como un cuento"): the piece is written. */
const AS_A_PIECE = "(?![^.!?\\n]{0,40}(?<!\\p{L})(?:as|like|als|comme|como|come|в виде|в стиле) (?:an? |ein(?:e|en)? |une? |un[ao]? |uma? )?\\p{L})";
/** What makes the summary a message to write: "summary email", "resumen por correo". */
const MESSAGE_NEXT = "(?! (?:e-?mail|mail|message|note|post|letter|slide|section|correo|mensaje|nachricht|mail|courriel|message|messaggio|письмо)(?!\\p{L}))";
const WESTERN = new RegExp(`(?<!\\p{L})(?:${VERBS}) ${GAP}(?:${SUMMARY})(?!\\p{L})${MESSAGE_NEXT}${AS_A_PIECE}`, "u");
/** Chinese, Japanese and Korean: a summary, then or after a verb of writing. */
const CJK = /(?:写|寫|做|出)(?:一个|一份|个|份|一段|段)?[^\s，。！？]{0,6}?(?:总结|總結|摘要|概要)|(?:要約|まとめ|概要)を(?:書いて|作って|作成して)|요약(?:을|문을|본을)? ?(?:써|작성)/u;
/** A cheap look most turns fail. */
const HINT = /summ|resum|sínte|sinte|zusammen|kurzfass|résum|synth|riassun|сводк|резюме|кратк|总结|總結|摘要|概要|要約|まとめ|요약/;
/** Only the turn's head and tail are read for the ask. */
const ASK_CHARS = 1500;

/** A writing reading of a turn that asks for a summary to be written: summarization. */
export function writtenSummaryGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "creative_writing" || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  const parts = text.length <= 2 * ASK_CHARS ? [text] : [text.slice(0, ASK_CHARS), text.slice(-ASK_CHARS)];
  for (const part of parts) {
    if (!HINT.test(part)) continue;
    const match = WESTERN.exec(part) ?? CJK.exec(part);
    if (match !== null) return { task: "summarization", why: `'${match[0].slice(0, 40)}' asks for a summary to be written` };
  }
  return undefined;
}

/** Whether a message ask's words name a summary as what is written ("write a short summary for our newsletter"). */
export function namesWrittenSummary(words: string): boolean {
  return HINT.test(words) && WESTERN.test(words);
}
