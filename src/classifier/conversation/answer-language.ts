/**
 * A language named as the answer's language is no translation ask when the turn asks for other work in it (twenty-seventh
 * round): "gist in english, two lines" over a fetched French post asks for its summary; "write the reply for me in German:
 * yes we accept, fee paid this week" asks for a new message, with its content given. A turn that asks to translate,
 * rewrite or put a text into the language ("rewrite it in German", "that reply in German") is still a translation.
 * @module
 */

/**
 * A summary named by its noun or verb, in English and the commonest forms of the nine other cue languages (Russian,
 * Chinese, Japanese and Korean since the thirty-sixth round: "要約して、日本語で箇条書き3つくらい"). French "résumé"
 * only as French puts it ("un résumé", "résume-le"), and Portuguese and Spanish "resume" before its object ("resume isso",
 * "resume esto"): alone it is as often an English CV ("now my resume in German").
 */
const SUMMARY_ASK =
  /(?<![\p{L}\p{M}])(?:gist|summary|summari[sz]e|sum (?:it|this|that) up|tl;?dr|recap|short version|in a nutshell|resumen|res[uú]melo|zusammenfassung|fass (?:es|das|ihn|sie) zusammen|(?:un|le) r[ée]sum[ée]|r[ée]sume[sz]?-(?:le|la|les|moi)|resume (?:isso|isto|esse|essa|este|esta|esto|eso|aquilo|o texto|el texto|pra|para)|riassunto|riassumi|resumo|resuma|резюм\p{L}*|кратко перескажи|суммируй)(?![\p{L}\p{M}])|要約|总结|總結|概括|摘要|요약/u;
/** A new message to be written: a verb of writing, then within a few words the kind of message. */
const MESSAGE_ASK = /\b(?:write|draft|compose)\b(?:\s+(?:me|us|for me|for us|a|an|the|my|our|short|quick|polite|formal|brief|nice|proper))*\s+(?:reply|response|answer|email|e-mail|mail|message|letter|note)\b/;
/** The message's content follows: after a colon, or "saying / telling them / to say". */
const CONTENT_GIVEN = /[:：]|\b(?:saying|telling (?:them|him|her)|to say|that says)\b/;
/** The turn asks to carry a text over into the language, which is a translation whatever else it names. */
const CARRIES_TEXT_OVER = /\b(?:translat\w*|rewrite|re-write|put (?:it|this|that)|say (?:it|this|that)|(?:this|that|your|the same|it) (?:reply|response|answer|email|mail|message|letter|note|summary))\b|übersetz|tradu[cz]|перевед|翻译|翻訳|번역/u;

/**
 * The work a translate follow-up's turn asks for in the language it names, when that work is not a translation:
 * summarization for a summary asked, creative_writing for a new message whose content the turn gives; undefined
 * otherwise. `lower` is the whole latest turn, lower-cased.
 */
export function workInNamedLanguage(lower: string): "summarization" | "creative_writing" | undefined {
  const head = lower.slice(0, 200);
  if (CARRIES_TEXT_OVER.test(head)) return undefined;
  if (SUMMARY_ASK.test(head)) return "summarization";
  const message = MESSAGE_ASK.exec(head);
  return message !== null && CONTENT_GIVEN.test(head.slice(message.index + message[0].length)) ? "creative_writing" : undefined;
}
