/**
 * Finds which of a few term lists occur in a lower-cased text in one pass, with no regex at request
 * time: each word start costs up to three map lookups by its first characters (as numbers, no
 * substring built), each Chinese or Japanese character one. The lists are written in a small pattern
 * notation that is expanded once, when the scanner is built:
 * - `a|b` alternatives, `(x|y)` groups, `x?` an optional character or group, `[aá]` one of characters;
 * - English terms are whole words or phrases; terms of other spaced languages are word starts (stems);
 *   Chinese and Japanese terms are substrings.
 * @module
 */
import { isCjkChar, isWordChar } from "./cue-matcher.js";

/** One category's terms: English, other spaced languages, Chinese and Japanese. */
export interface TermList {
  english: string;
  stems: readonly string[];
  cjk: string;
}

interface Entry {
  text: string;
  /** A word start is enough (the term may continue: stems). */
  prefix: boolean;
  bit: number;
}

/** Expands the pattern notation (see the module comment) into its literal strings. */
export function expandPattern(pattern: string): string[] {
  return alternatives(pattern, { at: 0 }).filter((text) => text.length > 0);
}

function alternatives(pattern: string, cursor: { at: number }): string[] {
  const out: string[] = [];
  let current = [""];
  while (cursor.at < pattern.length) {
    const c = pattern[cursor.at] as string;
    if (c === ")") break;
    cursor.at++;
    if (c === "|") {
      out.push(...current);
      current = [""];
      continue;
    }
    let piece: string[];
    if (c === "(") {
      piece = alternatives(pattern, cursor);
      cursor.at++; // the closing ")"
    } else if (c === "[") {
      const close = pattern.indexOf("]", cursor.at);
      piece = characterClass(pattern.slice(cursor.at, close));
      cursor.at = close + 1;
    } else piece = [c];
    if (pattern[cursor.at] === "?") {
      cursor.at++;
      piece = [...piece, ""];
    }
    current = current.flatMap((head) => piece.map((tail) => head + tail));
  }
  out.push(...current);
  return out;
}

/** The characters of a `[...]` class: `a-d` is a range; a `-` first or last is itself. */
function characterClass(body: string): string[] {
  const chars = [...body];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const from = chars[i] as string;
    const to = chars[i + 2];
    if (chars[i + 1] === "-" && to !== undefined) {
      for (let code = from.codePointAt(0) as number; code <= (to.codePointAt(0) as number); code++) out.push(String.fromCodePoint(code));
      i += 2;
    } else out.push(from);
  }
  return out;
}

/**
 * A small-integer key for the first `length` (1–3) characters of `text` at `at`, folded one character at a
 * time (the scanner extends it as it reads). Different prefixes may share a key: every candidate is
 * checked against the text anyway.
 */
function keyAt(text: string, at: number, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) key = foldKey(key, text.charCodeAt(at + i));
  return key;
}

function foldKey(key: number, code: number): number {
  return (Math.imul(key, 65599) + code) & 0x3fffffff;
}

/** A scanner for up to 31 term lists; `scan` returns the bit mask of the lists found. */
export class TermScanner {
  /** Stems (word starts), by the key of their first 1–3 characters. */
  private readonly words = new Map<number, Entry[]>();
  /**
   * Whole-word terms and phrases, by their first word: a text's word can only start one whose first word it is (the
   * term ends there or goes on with a space or a mark), so a word looks up its own few candidates instead of every
   * phrase sharing its first three letters (~12,000 expansions start with "what").
   */
  private readonly wholeWords = new Map<string, Entry[]>();
  /** Non-zero at `key & 0xffff` for every key with entries: most words are passed over without a map lookup. */
  private readonly filter = new Uint8Array(1 << 16);
  private readonly chars = new Map<number, Entry[]>();
  /** Per key length (index 1–3): whether any term has a key that long. */
  private readonly lengths = new Uint8Array(4);

  constructor(lists: readonly TermList[]) {
    lists.forEach((list, index) => {
      const bit = 1 << index;
      for (const text of expandPattern(list.english)) this.addWord({ text, prefix: false, bit });
      for (const text of list.stems.flatMap(expandPattern)) this.addWord({ text, prefix: true, bit });
      for (const text of expandPattern(list.cjk)) push(this.chars, text.charCodeAt(0), { text, prefix: true, bit });
    });
  }

  private addWord(entry: Entry): void {
    let length = 0;
    while (length < 3 && length < entry.text.length && isWordChar(entry.text.charCodeAt(length))) length++;
    const key = keyAt(entry.text, 0, length);
    let wordLength = length;
    while (wordLength < entry.text.length && isWordChar(entry.text.charCodeAt(wordLength))) wordLength++;
    // A whole-word term whose first word is a full word of 3+ letters is found by that word; the rest by their key.
    if (!entry.prefix && length === 3) push(this.wholeWords, entry.text.slice(0, wordLength), entry);
    else push(this.words, key, entry);
    this.filter[key & 0xffff] = 1;
    this.lengths[length] = 1;
  }

  /** The bit mask of the lists with a term in `lower` (already lower-cased), reading at most `maxChars`. */
  scan(lower: string, maxChars = lower.length): number {
    let found = 0;
    const end = Math.min(lower.length, maxChars);
    let i = 0;
    while (i < end) {
      const code = lower.charCodeAt(i);
      if (isWordChar(code)) {
        let wordEnd = i + 1;
        while (wordEnd < lower.length && isWordChar(lower.charCodeAt(wordEnd))) wordEnd++;
        const longest = Math.min(3, wordEnd - i);
        let key = 0;
        for (let length = 1; length <= longest; length++) {
          key = foldKey(key, lower.charCodeAt(i + length - 1));
          if (this.lengths[length] === 0 || this.filter[key & 0xffff] === 0) continue;
          const entries = this.words.get(key);
          if (entries !== undefined) found |= matchWords(lower, i, entries);
          if (length === 3) {
            const whole = this.wholeWords.get(lower.slice(i, wordEnd));
            if (whole !== undefined) found |= matchWords(lower, i, whole);
          }
        }
        i = wordEnd;
        continue;
      }
      if (isCjkChar(code)) {
        const entries = this.chars.get(code);
        if (entries !== undefined) for (const entry of entries) if (lower.startsWith(entry.text, i)) found |= entry.bit;
      }
      i++;
    }
    return found;
  }
}

function matchWords(lower: string, at: number, entries: readonly Entry[]): number {
  let found = 0;
  for (const entry of entries) {
    if (!lower.startsWith(entry.text, at)) continue;
    if (!entry.prefix && isWordChar(lower.charCodeAt(at + entry.text.length))) continue;
    found |= entry.bit;
  }
  return found;
}

function push<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}
