/**
 * Splits lower-cased text into the learned classifier's word tokens in one pass: runs of letters and
 * digits of space-separated scripts (Latin with accents, Greek, Cyrillic, Hangul) are words, an
 * apostrophe joins an English suffix ("don't"), every Chinese or Japanese character and every other
 * symbol is a token of its own (so adjacent CJK characters make bigrams), and whitespace separates.
 * @module
 */
import { isWordChar } from "../conversation/cue-matcher.js";

/** The first `max` tokens of `lower`. */
export function tokenize(lower: string, max: number): string[] {
  const tokens: string[] = [];
  const length = lower.length;
  let i = 0;
  while (i < length && tokens.length < max) {
    const code = lower.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000) {
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      // A surrogate pair (emoji) is one token.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push(lower.slice(i, i + width));
      i += width;
      continue;
    }
    let end = i + 1;
    while (end < length && isWordChar(lower.charCodeAt(end))) end++;
    if (lower.charCodeAt(end) === 39 && isAsciiLetter(lower.charCodeAt(end + 1))) {
      end += 2;
      while (end < length && isAsciiLetter(lower.charCodeAt(end))) end++;
    }
    tokens.push(lower.slice(i, end));
    i = end;
  }
  return tokens;
}

function isAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
