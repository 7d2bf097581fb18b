/**
 * Splits lower-cased text into the learned classifier's word tokens in one pass: runs of letters and
 * digits of space-separated scripts (Latin with accents, Greek, Cyrillic, Hangul) are words, an
 * apostrophe joins an English suffix ("don't"), every Chinese or Japanese character and every other
 * symbol is a token of its own (so adjacent CJK characters make bigrams), and whitespace separates.
 * @module
 */
import { isWordChar } from "../conversation/cue-matcher.js";

/** FNV-1a's 32-bit prime, as `hashString` uses it. */
const FNV_PRIME = 0x01000193;

/**
 * The first `max` tokens of `lower`. With `hashes`, each token's FNV-1a hash continued from `seed` (what
 * `hashString(token, seed)` gives) is written at the token's index, computed as the characters are read.
 */
export function tokenize(lower: string, max: number, hashes?: Uint32Array, seed = 0): string[] {
  const tokens: string[] = [];
  const length = lower.length;
  let i = 0;
  while (i < length && tokens.length < max) {
    const code = lower.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000) {
      i++;
      continue;
    }
    let end = i + 1;
    let h = Math.imul((seed >>> 0) ^ code, FNV_PRIME);
    if (!isWordChar(code)) {
      // A surrogate pair (emoji) is one token.
      if (code >= 0xd800 && code <= 0xdbff && end < length) h = Math.imul(h ^ lower.charCodeAt(end++), FNV_PRIME);
    } else {
      // Every read is inside the text (see `codeAt` in ../code-at.ts).
      while (end < length) {
        const next = lower.charCodeAt(end);
        if (!isWordChar(next)) break;
        h = Math.imul(h ^ next, FNV_PRIME);
        end++;
      }
      if (end + 1 < length && lower.charCodeAt(end) === 39 && isAsciiLetter(lower.charCodeAt(end + 1))) {
        h = Math.imul(Math.imul(h ^ 39, FNV_PRIME) ^ lower.charCodeAt(end + 1), FNV_PRIME);
        end += 2;
        while (end < length) {
          const next = lower.charCodeAt(end);
          if (!isAsciiLetter(next)) break;
          h = Math.imul(h ^ next, FNV_PRIME);
          end++;
        }
      }
    }
    if (hashes !== undefined) hashes[tokens.length] = h >>> 0;
    // A store at the end, not `push`: V8 called the push builtin from this loop, one call a token.
    tokens[tokens.length] = lower.slice(i, end);
    i = end;
  }
  return tokens;
}

function isAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
