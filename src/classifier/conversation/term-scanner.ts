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
import { INDEXED_BUCKET, TermLengthIndex } from "./term-length-index.js";

/** One category's terms: English, other spaced languages, Chinese and Japanese. */
export interface TermList {
  english: string;
  stems: readonly string[];
  cjk: string;
}

/** One term as it is read from the lists, before the scanner packs it. */
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

/**
 * A scanner for up to 31 term lists; `scan` returns the bit mask of the lists found. Its terms are held as numbers
 * (issue 11, fourteenth pass: an object per term took ~1.3 MB of the 3 MB the two scanners held): a term is an index
 * into `texts` and `meta` (its list's bit, and {@link STEM} for a word start), and the maps hold bucket numbers, a
 * bucket being a run of `bucketTerms` (the terms one key finds, in the order the lists give them).
 */
export class TermScanner {
  private readonly texts: string[] = [];
  private readonly meta: Int32Array;
  /** Stems (word starts), by the key of their first 1–3 characters. */
  private readonly words = new Map<number, number>();
  /**
   * Whole-word terms and phrases, by their first word: a text's word can only start one whose first word it is (the
   * term ends there or goes on with a space or a mark), so a word looks up its own few candidates instead of every
   * phrase sharing its first three letters (~12,000 expansions start with "what").
   */
  private readonly wholeWords = new Map<string, number>();
  /** Non-zero at `key & 0xffff` for every key with entries: most words are passed over without a map lookup. */
  private readonly filter = new Uint8Array(1 << 16);
  private readonly chars = new Map<number, number>();
  /** Per key length (index 1–3): whether any term has a key that long. */
  private readonly lengths = new Uint8Array(4);
  /** Bucket `b` is `bucketTerms[bucketStart[b], bucketStart[b + 1])`. */
  private readonly bucketTerms: Int32Array;
  private readonly bucketStart: Int32Array;
  /** Per bucket, the number of its {@link TermLengthIndex} in `indexes` plus one (0: walked term by term). */
  private readonly bucketIndex: Int32Array;
  private readonly indexes: TermLengthIndex[] = [];

  constructor(lists: readonly TermList[]) {
    if (lists.length > 31) throw new Error(`a term scanner reads up to 31 lists, not ${lists.length}`);
    const buckets: number[][] = [];
    const meta: number[] = [];
    const add = <K>(map: Map<K, number>, key: K, entry: Entry): void => {
      meta.push(entry.bit | (entry.prefix ? STEM : 0));
      this.texts.push(entry.text);
      const bucket = map.get(key);
      if (bucket !== undefined) buckets[bucket]?.push(this.texts.length - 1);
      else {
        map.set(key, buckets.length);
        buckets.push([this.texts.length - 1]);
      }
    };
    lists.forEach((list, index) => {
      const bit = 1 << index;
      for (const text of expandPattern(list.english)) this.addWord({ text, prefix: false, bit }, add);
      for (const text of list.stems.flatMap(expandPattern)) this.addWord({ text, prefix: true, bit }, add);
      for (const text of expandPattern(list.cjk)) add(this.chars, text.charCodeAt(0), { text, prefix: true, bit });
    });
    this.meta = Int32Array.from(meta);
    this.bucketStart = new Int32Array(buckets.length + 1);
    this.bucketTerms = new Int32Array(this.texts.length);
    let at = 0;
    buckets.forEach((bucket, number) => {
      this.bucketStart[number] = at;
      this.bucketTerms.set(bucket, at);
      at += bucket.length;
    });
    this.bucketStart[buckets.length] = at;
    this.bucketIndex = new Int32Array(buckets.length);
    buckets.forEach((bucket, number) => {
      if (bucket.length <= INDEXED_BUCKET) return;
      const terms = bucket.map((term) => ({ text: this.texts[term] as string, bits: (this.meta[term] as number) & BITS, stem: ((this.meta[term] as number) & STEM) !== 0 }));
      this.indexes.push(new TermLengthIndex(terms));
      this.bucketIndex[number] = this.indexes.length;
    });
  }

  private addWord(entry: Entry, add: <K>(map: Map<K, number>, key: K, entry: Entry) => void): void {
    let length = 0;
    while (length < 3 && length < entry.text.length && isWordChar(entry.text.charCodeAt(length))) length++;
    const key = keyAt(entry.text, 0, length);
    let wordLength = length;
    while (wordLength < entry.text.length && isWordChar(entry.text.charCodeAt(wordLength))) wordLength++;
    // A whole-word term whose first word is a full word of 3+ letters is found by that word; the rest by their key.
    if (!entry.prefix && length === 3) add(this.wholeWords, entry.text.slice(0, wordLength), entry);
    else add(this.words, key, entry);
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
          const bucket = this.words.get(key);
          if (bucket !== undefined) found |= this.matchWords(lower, i, bucket);
          if (length === 3) {
            const whole = this.wholeWords.get(lower.slice(i, wordEnd));
            if (whole !== undefined) found |= this.matchWords(lower, i, whole);
          }
        }
        i = wordEnd;
        continue;
      }
      if (isCjkChar(code)) {
        const bucket = this.chars.get(code);
        if (bucket !== undefined) {
          for (let slot = this.bucketStart[bucket] as number, last = this.bucketStart[bucket + 1] as number; slot < last; slot++) {
            const term = this.bucketTerms[slot] as number;
            if (lower.startsWith(this.texts[term] as string, i)) found |= (this.meta[term] as number) & BITS;
          }
        }
      }
      i++;
    }
    return found;
  }

  private matchWords(lower: string, at: number, bucket: number): number {
    const index = this.bucketIndex[bucket] as number;
    if (index !== 0) return (this.indexes[index - 1] as TermLengthIndex).match(lower, at);
    let found = 0;
    for (let slot = this.bucketStart[bucket] as number, last = this.bucketStart[bucket + 1] as number; slot < last; slot++) {
      const term = this.bucketTerms[slot] as number;
      const text = this.texts[term] as string;
      if (!lower.startsWith(text, at)) continue;
      const meta = this.meta[term] as number;
      if ((meta & STEM) === 0 && isWordChar(lower.charCodeAt(at + text.length))) continue;
      found |= meta & BITS;
    }
    return found;
  }
}

/** In a term's `meta`: a stem (word start); the low 31 bits are its list's bit. */
const STEM = 1 << 31;
const BITS = 0x7fffffff;
