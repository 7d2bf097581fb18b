/**
 * A language named alone as a follow-up ("French?", "Deutsch bitte", "韩语呢？"), told from a language named inside a
 * longer request (thirty-second round): Chinese, Japanese and Korean write no spaces, so "中文标点也要能忽略，而且要支持中文字符，
 * 改一下" (after code: "ignore Chinese punctuation too, and support Chinese characters") is one "word", and its "中文" is
 * a property of the text the code handles, not the language to answer in.
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

/** Whether `head` (of a few words), in which `name` (a language's name) was found, has few CJK characters besides it. */
export function fewWordsAroundLanguage(head: string, name: string): boolean {
  return cjkChars(head) - cjkChars(name) <= MAX_OTHER_CJK_CHARS;
}
