/**
 * Code asked to be written, with a language named for what is in it (round 54): "agora escreve os testes pra isso, com
 * uns casos em português", "write the tests, with the fixtures in German", "añade una función de validación con los
 * mensajes en inglés", "напиши тесты, примеры на русском", "写几个单元测试，用例用中文". The language names the data, the
 * comments or the messages inside the code; the turn's own ask is code, which a translate follow-up ("now in
 * Portuguese") must not take over. A turn that asks to carry a text over ("translate the test names into Portuguese")
 * is still a translation, and a piece of prose ("now write the docs in Portuguese", "the error messages in German")
 * names no code.
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
/** The turn asks to carry a text over into the language: a translation, whatever code it names. */
const CARRIES_TEXT_OVER = /\b(?:translat\w*|rewrite|re-write)\b|übersetz|tradu[iczsçr]|перевед|翻译|翻訳|번역/u;
/** Characters of the turn read. */
const HEAD_CHARS = 200;

/** The code asked, when a turn with a language in it asks code written (module comment); undefined otherwise. */
export function codeAskedBesideLanguage(lower: string): string | undefined {
  const head = lower.slice(0, HEAD_CHARS);
  if (CARRIES_TEXT_OVER.test(head)) return undefined;
  return CODE_WRITE_ASK.exec(head)?.[0];
}
