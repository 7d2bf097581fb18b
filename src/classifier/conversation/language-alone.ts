/**
 * A language named alone as a follow-up ("French?", "Deutsch bitte", "韩语呢？"), told from a language named inside a
 * longer request (thirty-second round): Chinese, Japanese and Korean write no spaces, so "中文标点也要能忽略，而且要支持中文字符，
 * 改一下" (after code: "ignore Chinese punctuation too, and support Chinese characters") is one "word", and its "中文" is
 * a property of the text the code handles, not the language to answer in. Round 41: the same when the name is followed
 * by a noun of text ("中文字符也能处理吗？", "japanese text too?", "日本語の入力は?", "한글 글자도 돼?"): the text is in that language;
 * the answer is not asked in it.
 * @module
 */

/** CJK characters such a follow-up may have besides the language's name ("呢", "的呢", "だとどうなる"). */
const MAX_OTHER_CJK_CHARS = 8;

function cjkChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) count++;
  }
  return count;
}

/** A noun of text right after a language's name: the name says what the text is written in ("Chinese characters"). */
const TEXT_NOUN = /^(?:\s?(?:characters?|chars|text|input|letters|punctuation|keyboard|fonts?|encoding|filenames?)\b|の?(?:文字|入力|テキスト|句読点)|(?:字符|字元|字|汉字|漢字|标点|標點|文本|输入|輸入|字体)|\s?(?:글자|문자|텍스트|입력|자판))/u;

/**
 * Whether `head` (of a few words), in which `name` (a language's name) was found, names that language alone: few CJK
 * characters besides it, and no noun of text after it.
 */
export function fewWordsAroundLanguage(head: string, name: string): boolean {
  const at = head.indexOf(name);
  if (at >= 0 && TEXT_NOUN.test(head.slice(at + name.length))) return false;
  return cjkChars(head) - cjkChars(name) <= MAX_OTHER_CJK_CHARS;
}
