/**
 * Code asked to be written, with a language named for what is in it (round 54): "agora escreve os testes pra isso, com
 * uns casos em português", "write the tests, with the fixtures in German", "añade una función de validación con los
 * mensajes en inglés", "напиши тесты, примеры на русском", "写几个单元测试，用例用中文". The language names the data, the
 * comments or the messages inside the code; the turn's own ask is code, which a translate follow-up ("now in
 * Portuguese") must not take over. A turn that asks to carry a text over ("translate the test names into Portuguese")
 * is still a translation, and a piece of prose ("now write the docs in Portuguese", "the error messages in German")
 * names no code. Nor does a piece of prose whose topic is code: "write in Portuguese a poem about tests", "schreib eine
 * E-Mail über die Tests", "écris un paragraphe sur les tests", "用英文写一段关于测试的介绍" (a prose noun or a topic word
 * stands between the verb and the code word, which is then what the prose is about, not what is written).
 * @module
 */

/** A verb of writing or adding code, then within a few words a piece of code, in the ten cue languages. */
const CODE_WRITE_ASK = new RegExp(
  [
    /\b(?:write|add|create|generate|build)\b[^.\n]{0,40}?\b(?:tests?|test cases|specs?|unit tests?|functions?|scripts?|quer(?:y|ies)|migrations?|class(?:es)?|endpoints?|components?|fixtures?|handlers?)\b/.source,
    /(?<![\p{L}])(?:schreib\w*|füg\w*|erstell\w*|escrib\w*|añad\w*|agreg\w*|crea|cré\w*|écri\w*|ajout\w*|scriv\w*|aggiung\w*|escrev\w*|adicion\w*|cria)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])(?:tests?|testf[äa]lle|funktion\w*|skript\w*|abfrage\w*|pruebas?|funci[oó]n\w*|consulta\w*|fonctions?|requ[eê]te\w*|testes?|fun[cç][aã]o|fun[cç][oõ]es|funzion\w*|migra\w*)(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:напиши|добавь|создай)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])(?:тест\p{L}*|функци\p{L}*|скрипт\p{L}*|запрос\p{L}*|миграци\p{L}*)/u.source,
    /写.{0,12}(?:测试|函数|脚本|查询)|(?:测试|函数|脚本)[^。\n]{0,12}写|(?:テスト|関数|スクリプト|クエリ)[^。\n]{0,12}(?:書いて|追加して|作って)|(?:테스트|함수|스크립트|쿼리)[^.\n]{0,12}(?:작성|추가|짜|만들어)/.source,
  ].join("|"),
  "u",
);
/**
 * A piece of prose, or a word that names a topic ("about", "über", "sur", "о", "关于", "について"), between the verb and
 * the code word: the prose is what is written and the code its topic.
 */
const PROSE_BETWEEN = new RegExp(
  [
    /\b(?:about|regarding|on the (?:topic|subject) of|poems?|stor(?:y|ies)|essays?|e-?mails?|letters?|messages?|summar(?:y|ies)|paragraphs?|texts?|articles?|songs?|reports?|speech(?:es)?|tweets?|haiku|docs?|documentation|readme|changelog|descriptions?|explanations?)\b/.source,
    /(?<![\p{L}])(?:über|gedicht\w*|geschichte\w*|aufsatz|e-?mail\w*|brief\w*|nachricht\w*|zusammenfassung\w*|absatz|text\w*|artikel|beitrag|lied|bericht\w*|doku\w*|beschreibung\w*|sobre|acerca|poema\w*|cuento\w*|historia\w*|ensayo\w*|correo\w*|carta\w*|mensaje\w*|resumen\w*|p[aá]rrafo\w*|texto\w*|art[ií]culo\w*|canci[oó]n\w*|informe\w*|documentaci[oó]n|descripci[oó]n\w*|sur|[àa] propos|po[èe]me\w*|histoire\w*|conte\w*|essai\w*|courriel\w*|lettre\w*|r[ée]sum[ée]\w*|paragraphe\w*|texte\w*|article\w*|chanson\w*|rapport\w*|su|sul|sull[aoe']?|sui|sugli|riguardo|poesi[ae]|storia|racconto\w*|saggio|lettera|messaggio|riassunto|paragrafo|testo|articolo|canzone|relazione|documentazione|descrizione|hist[oó]ria\w*|conto\w*|ensaio\w*|resumo\w*|mensage\w*|can[cç][aã]o|relat[oó]rio\w*|documenta[cç][aã]o|descri[cç][aã]o)(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:о|об|обо|про|насч[её]т|стих\p{L}*|рассказ\p{L}*|истори\p{L}*|эссе|письм\p{L}*|сообщени\p{L}*|резюме|абзац\p{L}*|текст\p{L}*|стат\p{L}*|пост\p{L}*|песн\p{L}*|отч[её]т\p{L}*|документаци\p{L}*|описани\p{L}*)(?![\p{L}])/u.source,
    /关于|有关|介绍|文章|邮件|信|诗|故事|总结|摘要|段|报告|文档|说明|について|に関する|記事|メール|手紙|詩|物語|要約|報告|説明|ドキュメント|에 대한|에 관한|글|이메일|편지|시를|이야기|요약|보고서|문서|설명/.source,
  ].join("|"),
  "u",
);
/** The turn asks to carry a text over into the language: a translation, whatever code it names. */
const CARRIES_TEXT_OVER = /\b(?:translat\w*|rewrite|re-write)\b|übersetz|tradu[iczsçr]|перевед|翻译|翻訳|번역/u;
/** Characters of the turn read. */
const HEAD_CHARS = 200;

/** The code asked, when a turn with a language in it asks code written (module comment); undefined otherwise. */
export function codeAskedBesideLanguage(lower: string): string | undefined {
  const head = lower.slice(0, HEAD_CHARS);
  if (CARRIES_TEXT_OVER.test(head)) return undefined;
  const asked = CODE_WRITE_ASK.exec(head)?.[0];
  return asked === undefined || PROSE_BETWEEN.test(asked) ? undefined : asked;
}
