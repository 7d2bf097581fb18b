/**
 * Cross-lingual words for the learned task head. Its word weights were learned mostly from English prompts, so a
 * request in Spanish or Korean reaches them only through the few foreign words the team's conversations trained. On a
 * turn that is not English, the words the team's glossaries know ("escríbeme" → write, "要約" → summarize) add the
 * English word's slots, as if the user had typed it: its unigram, and a bigram with the gloss before it.
 *
 * The glossaries (`glosses/*.ts`) are read as one table: a text in Portuguese may use a Spanish form, and kanji read in
 * Japanese and Chinese mostly mean the same. Forms of spaced languages match at a word start (stems with `*`), longest
 * first; Chinese and Japanese forms match as substrings, longest first. Latin accents are ignored on both sides.
 * @module
 */
import { isCjkChar, isWordChar } from "../conversation/cue-matcher.js";
import { bigramHash, PREVIOUS_WORD_PREFIX, WORD_PREFIX } from "./feature-hash.js";
import type { GlossTable } from "./glosses/gloss-table.js";
import { DE } from "./glosses/de.js";
import { ES } from "./glosses/es.js";
import { FR } from "./glosses/fr.js";
import { IT } from "./glosses/it.js";
import { JA } from "./glosses/ja.js";
import { KO } from "./glosses/ko.js";
import { PT } from "./glosses/pt.js";
import { RU } from "./glosses/ru.js";
import { ZH } from "./glosses/zh.js";
import type { SlotBag } from "./slot-bag.js";
import { tokenize } from "./tokenize.js";

interface GlossEntry {
  /** The form as matched: lower case, Latin accents removed. */
  form: string;
  /** A stem: the word may continue. */
  prefix: boolean;
  /** The English word's token hashes, as the tokenizer gives them for "w:" + word (the latest turn's words). */
  hashes: Uint32Array;
  /** The same for "p:" + word (earlier turns' words). */
  previousHashes: Uint32Array;
}

/** Glosses read per turn, and characters of the turn read for them (the ask is near the start or in a short turn). */
const MAX_GLOSSES = 200;
const MAX_CHARS = 2400;

/** Latin letters with accents → their base letter, one character for one (so offsets stay put). */
const LATIN_FOLD = new Map<string, string>();
for (let code = 0xc0; code < 0x250; code++) {
  const base = String.fromCharCode(code).normalize("NFD").charAt(0);
  if (base.charCodeAt(0) < 0x80) LATIN_FOLD.set(String.fromCharCode(code), base);
}
const ACCENTED = /[\u00c0-\u024f]/g;

/** `text` with Latin accents removed, character for character. */
export function foldLatinAccents(text: string): string {
  return text.replace(ACCENTED, (c) => LATIN_FOLD.get(c) ?? c);
}

/** Whole-word forms by the word; phrases by their first word; stems by their first four characters (shorter stems by themselves). */
const WORDS = new Map<string, GlossEntry>();
const PHRASES = new Map<string, GlossEntry[]>();
const STEMS = new Map<string, GlossEntry[]>();
const SHORT_STEMS = new Map<string, GlossEntry>();
const STEM_KEY = 4;
/** Chinese and Japanese forms by their first two characters (longest first), and one-character forms. */
const CJK_PAIRS = new Map<string, GlossEntry[]>();
const CJK_SINGLES = new Map<string, GlossEntry>();

function englishHashes(english: string, prefix: number): Uint32Array {
  const hashes = new Uint32Array(8);
  const count = tokenize(english.toLowerCase(), hashes.length, hashes, prefix).length;
  return hashes.slice(0, count);
}

function push<K>(map: Map<K, GlossEntry[]>, key: K, entry: GlossEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}

/** The first form listed wins a place (a table's earlier key over a later one, an earlier language over a later one). */
function addEntry(raw: string, english: string, substring: boolean, stems: boolean): void {
  const prefix = stems || raw.endsWith("*");
  const form = foldLatinAccents(raw.replace(/\*$/, "").trim().toLowerCase());
  if (form.length === 0) return;
  const entry: GlossEntry = { form, prefix, hashes: englishHashes(english, WORD_PREFIX), previousHashes: englishHashes(english, PREVIOUS_WORD_PREFIX) };
  if (substring && isCjkChar(form.charCodeAt(0))) {
    if (form.length === 1) {
      if (!CJK_SINGLES.has(form)) CJK_SINGLES.set(form, entry);
    } else push(CJK_PAIRS, form.slice(0, 2), entry);
  } else if (form.includes(" ")) push(PHRASES, form.slice(0, form.indexOf(" ")), entry);
  else if (!prefix) {
    if (!WORDS.has(form)) WORDS.set(form, entry);
  } else if (form.length >= STEM_KEY) push(STEMS, form.slice(0, STEM_KEY), entry);
  else if (!SHORT_STEMS.has(form)) SHORT_STEMS.set(form, entry);
}

function buildIndex(tables: readonly { table: GlossTable; substring: boolean; stems: boolean }[]): void {
  for (const { table, substring, stems } of tables) {
    for (const [english, forms] of Object.entries(table)) {
      if (englishHashes(english, WORD_PREFIX).length === 0) continue;
      for (const raw of forms.split("|")) addEntry(raw, english, substring, stems);
    }
  }
  const longestFirst = (a: GlossEntry, b: GlossEntry): number => b.form.length - a.form.length;
  for (const map of [PHRASES, STEMS, CJK_PAIRS]) for (const entries of map.values()) entries.sort(longestFirst);
}

buildIndex([
  ...[ES, PT, FR, IT, DE, RU].map((table) => ({ table, substring: false, stems: false })),
  { table: KO, substring: false, stems: true },
  { table: ZH, substring: true, stems: false },
  { table: JA, substring: true, stems: false },
]);

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** The longest entry that matches the word `text[at..end)` (or a phrase starting with it); undefined when none does. */
function matchWord(text: string, at: number, end: number): GlossEntry | undefined {
  const word = text.slice(at, end);
  const phrases = PHRASES.get(word);
  if (phrases !== undefined) {
    for (const entry of phrases) {
      if (text.startsWith(entry.form, at) && (entry.prefix || !isWordChar(text.charCodeAt(at + entry.form.length)))) return entry;
    }
  }
  const whole = WORDS.get(word);
  if (whole !== undefined) return whole;
  if (word.length >= STEM_KEY) {
    const stems = STEMS.get(word.slice(0, STEM_KEY));
    const stem = stems?.find((entry) => word.startsWith(entry.form));
    if (stem !== undefined) return stem;
  }
  for (let length = Math.min(word.length, STEM_KEY - 1); length >= 1; length--) {
    const stem = SHORT_STEMS.get(word.slice(0, length));
    if (stem !== undefined) return stem;
  }
  return undefined;
}

function matchSubstring(text: string, at: number): GlossEntry | undefined {
  const pairs = CJK_PAIRS.get(text.slice(at, at + 2));
  const pair = pairs?.find((entry) => text.startsWith(entry.form, at));
  return pair ?? CJK_SINGLES.get(text.charAt(at));
}

/**
 * The glosses of a lower-cased text's known foreign words, in the order they occur, reading at most the first
 * {@link MAX_CHARS} characters.
 */
function findGlossEntries(lower: string): GlossEntry[] {
  const text = foldLatinAccents(lower.length > MAX_CHARS ? lower.slice(0, MAX_CHARS) : lower);
  const found: GlossEntry[] = [];
  let i = 0;
  while (i < text.length && found.length < MAX_GLOSSES) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const end = wordEnd(text, i + 1);
      const entry = matchWord(text, i, end);
      if (entry !== undefined) found.push(entry);
      // A multi-word form is passed over whole; otherwise the rest of this word.
      i = entry !== undefined && entry.form.includes(" ") ? wordEnd(text, i + entry.form.length) : end;
      continue;
    }
    if (isCjkChar(code)) {
      const entry = matchSubstring(text, i);
      if (entry !== undefined) {
        found.push(entry);
        i += entry.form.length;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** The English glosses of a lower-cased text's known foreign words, in order: each the English words' "w:" token hashes. */
export function findGlosses(lower: string): Uint32Array[] {
  return findGlossEntries(lower).map((entry) => entry.hashes);
}

/**
 * Adds the glosses of the latest turn (its English unigram slots, and a bigram slot for each gloss token after
 * another) and of the earlier turns (their "p:" word slots) to the task bag.
 */
export function addGlossSlots(lower: string, previousLower: string, task: SlotBag): void {
  let previous = 0;
  for (const { hashes } of findGlossEntries(lower)) {
    for (const unigram of hashes) {
      task.lexHash(unigram);
      if (previous !== 0) task.lexHash(bigramHash(previous, unigram));
      previous = unigram;
    }
  }
  if (previousLower.length === 0) return;
  for (const { previousHashes } of findGlossEntries(previousLower)) for (const hash of previousHashes) task.lexHash(hash);
}
