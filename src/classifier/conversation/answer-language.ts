/**
 * A language named as the answer's language is no translation ask when the turn asks for other work in it (twenty-seventh
 * round): "gist in english, two lines" over a fetched French post asks for its summary; "write the reply for me in German:
 * yes we accept, fee paid this week" asks for a new message, with its content given. A turn that asks to translate,
 * rewrite or put a text into the language ("rewrite it in German", "that reply in German") is still a translation.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

/**
 * A summary named by its noun or verb, in English and the commonest forms of the nine other cue languages (Russian,
 * Chinese, Japanese and Korean since the thirty-sixth round: "要約して、日本語で箇条書き3つくらい"). French "résumé"
 * only as French puts it ("un résumé", "résume-le"), and Portuguese and Spanish "resume" before its object ("resume isso",
 * "resume esto"): alone it is as often an English CV ("now my resume in German").
 */
const SUMMARY_ASK =
  /(?<![\p{L}\p{M}])(?:gist|summary|summari[sz]e|sum (?:it|this|that) up|tl;?dr|recap|short version|in a nutshell|resumen|res[uú]melo|zusammenfassung|fass (?:es|das|ihn|sie) zusammen|(?:un|le) r[ée]sum[ée]|r[ée]sume[sz]?-(?:le|la|les|moi)|resume (?:isso|isto|esse|essa|este|esta|esto|eso|aquilo|o texto|el texto|pra|para)|riassunto|riassumi|resumo|resuma|резюм\p{L}*|кратко перескажи|суммируй|stre[śs][ćc]|streszcz\p{L}*|podsumuj\p{L}*|podsumowani\p{L}*|samenvatting|vat (?:het|dit|dat|alles) samen|özetle\p{L}*|ringkas\p{L}*|rangkum\p{L}*|tóm tắt)(?![\p{L}\p{M}])|fass(?:e|t|en)? (?:[^.?!\n]{0,60} )?zusammen|要約|总结|總結|概括|摘要|요약|सारांश|ملخص|لخص/u;
/** A new message to be written: a verb of writing, then within a few words the kind of message. */
const MESSAGE_ASK = /\b(?:write|draft|compose)\b(?:\s+(?:me|us|for me|for us|a|an|the|my|our|short|quick|polite|formal|brief|nice|proper))*\s+(?:reply|response|answer|email|e-mail|mail|message|letter|note)\b/;
/**
 * A new piece asked of the writer in the language: a verb of writing, then "one", "another" or a fresh piece ("now write
 * one in French, about the sea", "scrivine una in italiano", "écris-en une autre", "escribe otra en inglés", "schreib noch
 * eins auf Englisch", "напиши ещё одно", "再写一首", "もう一つ書いて"; round 46). "write it in French" carries the text over.
 */
const NEW_PIECE =
  /\b(?:write|compose)(?: me| us)? (?:one|another|a new one|a different one|one more|a new (?:poem|story|haiku|song|limerick|verse|joke|one))\b|scrivi(?:ne|mene)? (?:una|uno|un'altra|un altro|un'?altra)|scrivine|[ée]cris(?:-en|-moi)? (?:une autre|un autre|une nouvelle|un nouveau)|[ée]cris-en|escr[ií]b(?:e|eme|ime) (?:otr[ao]|una nueva|uno nuevo)|escrev[ae] (?:outr[ao]|uma nova|um novo)|schreib(?:e)? (?:(?:mir|uns) )?(?:noch )?(?:eins|eine(?:n|s)? (?:neue|andere|weitere)|noch eine)|напиши (?:ещ[её]|другое|другую|другой|новое|новую|новый)|再写一|另写一|もう一(?:つ|首|本|編)書いて|하나 더 써/u;
/** The message's content follows: after a colon, or "saying / telling them / to say". */
const CONTENT_GIVEN = /[:：]|\b(?:saying|telling (?:them|him|her)|to say|that says)\b/;
/** The turn asks to carry a text over into the language, which is a translation whatever else it names. */
const CARRIES_TEXT_OVER = /\b(?:translat\w*|rewrite|re-write|put (?:it|this|that)|say (?:it|this|that)|(?:this|that|your|the same|it) (?:reply|response|answer|email|mail|message|letter|note|summary))\b|übersetz|tradu[iczsçr]|перевед|翻译|翻訳|번역/u;

/**
 * The work a translate follow-up's turn asks for in the language it names, when that work is not a translation:
 * summarization for a summary asked, creative_writing for a new message whose content the turn gives; undefined
 * otherwise. `lower` is the whole latest turn, lower-cased.
 */
export function workInNamedLanguage(lower: string): "summarization" | "creative_writing" | undefined {
  const head = lower.slice(0, 200);
  if (CARRIES_TEXT_OVER.test(head)) return undefined;
  if (SUMMARY_ASK.test(head)) return "summarization";
  if (NEW_PIECE.test(head)) return "creative_writing";
  const message = MESSAGE_ASK.exec(head);
  return message !== null && CONTENT_GIVEN.test(head.slice(message.index + message[0].length)) ? "creative_writing" : undefined;
}

/** Words (or CJK characters / 2) the rest of the turn needs to be an ask of its own. */
const MIN_OWN_ASK_WORDS = 5;
/** The language clause names the answer: "answer in Russian", "Ответь по-русски", "用中文回答", "Antworte auf Deutsch". */
const ANSWER_VERB =
  /\b(?:answer|reply|respond|write (?:back|your (?:answer|reply)))(?: (?:me|us|only|always|please))? in\b|(?<![\p{L}])(?:responde|resp[oó]ndeme|responda|contesta|cont[ée]stame|antworte|antworten sie|r[ée]ponds|r[ée]pondez|rispondi|risponda|rispondimi|ответь|ответьте|отвечай|отвечайте)(?![\p{L}])|用.{1,4}(?:回答|回复|答复)|で(?:答えて|回答して|返事して|返答して)|(?:로|으로) (?:답변|대답|답해)/u;
/** Clause ends, in Latin and CJK punctuation. */
const CLAUSE_END = /[.,;!?。，、；！？]/u;

/**
 * The turn without the clause that names the answer's language, when what is left is an ask of its own ("Объясни, что
 * произошло и в чём корневая причина. Ответь по-русски", "从代码审查的角度说说问题，比如内存、并发，用中文回答"; round 43):
 * the work is the rest's. A clause that only names a language ("now in German, my gran reads no English") is still a
 * translation, and so is a turn that asks to carry a text over ("rewrite it in German").
 */
export function askBesideLanguage(lower: string, phrase: string): string | undefined {
  return restBesideAnswerClause(lower, lower, lower.indexOf(phrase), phrase.length);
}

/**
 * The latest turn without its answer-language clause, for a reading of a turn that is no follow-up ("Erkläre mir, warum
 * die Uhr abweicht und was die Ursache ist. Antworte bitte auf Deutsch." was read as writing): the clause says how to
 * answer, the rest what to do. Undefined when no translation cue sits in such a clause, or too little is left.
 */
export function withoutAnswerLanguage(reading: ConversationReading): { text: string; why: string } | undefined {
  const cue = reading.cues.find((hit) => hit.task === "translation");
  if (cue === undefined || reading.latestIndex < 0) return undefined;
  const lower = reading.latestLower;
  const text = restBesideAnswerClause(reading.latest.length === lower.length ? reading.latest : lower, lower, cue.at, cue.word.length);
  return text === undefined ? undefined : { text, why: `'${cue.word}' names the answer's language; the turn was read without that clause` };
}

/** `text` without the answer-language clause holding `length` characters at `at`, when an ask of its own is left. */
function restBesideAnswerClause(text: string, lower: string, at: number, length: number): string | undefined {
  if (at < 0 || CARRIES_TEXT_OVER.test(lower.slice(0, 200))) return undefined;
  const [start, end] = clauseAround(lower, at, length);
  if (!ANSWER_VERB.test(lower.slice(start, end))) return undefined;
  const rest = `${text.slice(0, start)} ${text.slice(end + 1)}`.trim();
  return sizeInWords(rest) >= MIN_OWN_ASK_WORDS ? rest : undefined;
}

/** The clause holding `length` characters at `at`: from the clause end before it to the one after it. */
function clauseAround(lower: string, at: number, length: number): [number, number] {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(lower[start - 1]!)) start--;
  let end = at + length;
  while (end < lower.length && !CLAUSE_END.test(lower[end]!)) end++;
  return [start, end];
}

function sizeInWords(text: string): number {
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) cjk++;
  }
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word) && !/^[\u3040-\u9fff]/u.test(word)).length;
  return words + cjk / 2;
}
