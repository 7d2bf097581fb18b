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

/**
 * The glosses are held as numbers, not as an object per form (issue 11, fourteenth pass: ~9,700 forms with two
 * typed arrays each took 5.9 MB of heap). A form is an index into {@link FORMS} and {@link FORM_GLOSS}; a gloss (an
 * English word or phrase, shared by all its forms) is an index into {@link GLOSS_START}: its "w:" token hashes (as the
 * tokenizer gives them for "w:" + word, the latest turn's words) are `HASHES[start, start + count)`, its "p:" hashes
 * (earlier turns' words) the `count` after them.
 */
const FORMS: string[] = [];
/** Per form: 1 when it is a stem (the word may continue). */
let FORM_PREFIX = new Uint8Array(0);
/** Per form: its gloss. */
let FORM_GLOSS = new Uint32Array(0);
let GLOSS_START = new Uint32Array(0);
let GLOSS_COUNT = new Uint8Array(0);
let HASHES = new Uint32Array(0);
/** No form: what the lookups below answer for a miss. */
const NONE = -1;

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
const WORDS = new Map<string, number>();
const PHRASES = new Map<string, number[]>();
const STEMS = new Map<string, number[]>();
const SHORT_STEMS = new Map<string, number>();
const STEM_KEY = 4;
/** Chinese and Japanese forms by their first two characters (longest first), and one-character forms. */
const CJK_PAIRS = new Map<string, number[]>();
const CJK_SINGLES = new Map<string, number>();

/** The tables as they are read, before they are packed into the typed arrays above. */
interface Building {
  prefix: number[];
  gloss: number[];
  glossStart: number[];
  glossCount: number[];
  hashes: number[];
  /** English word → its gloss, so the forms of one word (in every table) share one copy of its hashes. */
  glossOf: Map<string, number>;
}

/** The gloss of `english` (its hashes stored once); undefined when it has no token. */
function glossOf(english: string, building: Building): number | undefined {
  const known = building.glossOf.get(english);
  if (known !== undefined) return known;
  const words = englishHashes(english, WORD_PREFIX);
  if (words.length === 0) return undefined;
  const gloss = building.glossStart.length;
  building.glossStart.push(building.hashes.length);
  building.glossCount.push(words.length);
  building.hashes.push(...words, ...englishHashes(english, PREVIOUS_WORD_PREFIX));
  building.glossOf.set(english, gloss);
  return gloss;
}

function englishHashes(english: string, prefix: number): Uint32Array {
  const hashes = new Uint32Array(8);
  const count = tokenize(english.toLowerCase(), hashes.length, hashes, prefix).length;
  return hashes.slice(0, count);
}

function push<K>(map: Map<K, number[]>, key: K, form: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [form]);
  else list.push(form);
}

/** The first form listed wins a place (a table's earlier key over a later one, an earlier language over a later one). */
function addForm(raw: string, gloss: number, substring: boolean, stems: boolean, building: Building): void {
  const prefix = stems || raw.endsWith("*");
  const text = foldLatinAccents(raw.replace(/\*$/, "").trim().toLowerCase());
  if (text.length === 0) return;
  const form = FORMS.length;
  if (substring && isCjkChar(text.charCodeAt(0))) {
    if (text.length > 1) push(CJK_PAIRS, text.slice(0, 2), form);
    else if (!CJK_SINGLES.has(text)) CJK_SINGLES.set(text, form);
    else return;
  } else if (text.includes(" ")) push(PHRASES, text.slice(0, text.indexOf(" ")), form);
  else if (!prefix) {
    if (WORDS.has(text)) return;
    WORDS.set(text, form);
  } else if (text.length >= STEM_KEY) push(STEMS, text.slice(0, STEM_KEY), form);
  else if (!SHORT_STEMS.has(text)) SHORT_STEMS.set(text, form);
  else return;
  FORMS.push(text);
  building.prefix.push(prefix ? 1 : 0);
  building.gloss.push(gloss);
}

function buildIndex(tables: readonly { table: GlossTable; substring: boolean; stems: boolean }[]): void {
  const building: Building = { prefix: [], gloss: [], glossStart: [], glossCount: [], hashes: [], glossOf: new Map() };
  for (const { table, substring, stems } of tables) {
    for (const [english, forms] of Object.entries(table)) {
      const gloss = glossOf(english, building);
      if (gloss === undefined) continue;
      for (const raw of forms.split("|")) addForm(raw, gloss, substring, stems, building);
    }
  }
  // Array.prototype.sort is stable: forms of one length keep the order they were listed in.
  const longestFirst = (a: number, b: number): number => (FORMS[b] as string).length - (FORMS[a] as string).length;
  for (const map of [PHRASES, STEMS, CJK_PAIRS]) for (const forms of map.values()) forms.sort(longestFirst);
  FORM_PREFIX = Uint8Array.from(building.prefix);
  FORM_GLOSS = Uint32Array.from(building.gloss);
  GLOSS_START = Uint32Array.from(building.glossStart);
  GLOSS_COUNT = Uint8Array.from(building.glossCount);
  HASHES = Uint32Array.from(building.hashes);
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

const formAt = (form: number): string => FORMS[form] as string;
const isStem = (form: number): boolean => FORM_PREFIX[form] === 1;

/** The longest form that matches the word `text[at..end)` (or a phrase starting with it); {@link NONE} when none does. */
function matchWord(text: string, at: number, end: number): number {
  const word = text.slice(at, end);
  const phrases = PHRASES.get(word);
  if (phrases !== undefined) {
    for (const form of phrases) {
      const written = formAt(form);
      if (text.startsWith(written, at) && (isStem(form) || !isWordChar(text.charCodeAt(at + written.length)))) return form;
    }
  }
  const whole = WORDS.get(word);
  if (whole !== undefined) return whole;
  if (word.length >= STEM_KEY) {
    const stems = STEMS.get(word.slice(0, STEM_KEY));
    const stem = stems?.find((form) => word.startsWith(formAt(form)));
    if (stem !== undefined) return stem;
  }
  for (let length = Math.min(word.length, STEM_KEY - 1); length >= 1; length--) {
    const stem = SHORT_STEMS.get(word.slice(0, length));
    if (stem !== undefined) return stem;
  }
  return NONE;
}

function matchSubstring(text: string, at: number): number {
  const pairs = CJK_PAIRS.get(text.slice(at, at + 2));
  const pair = pairs?.find((form) => text.startsWith(formAt(form), at));
  return pair ?? CJK_SINGLES.get(text.charAt(at)) ?? NONE;
}

/**
 * The glosses of a lower-cased text's known foreign words, in the order they occur, reading at most the first
 * {@link MAX_CHARS} characters.
 */
function findGlossIndexes(lower: string): number[] {
  const text = foldLatinAccents(lower.length > MAX_CHARS ? lower.slice(0, MAX_CHARS) : lower);
  const found: number[] = [];
  let i = 0;
  while (i < text.length && found.length < MAX_GLOSSES) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const end = wordEnd(text, i + 1);
      const form = matchWord(text, i, end);
      if (form !== NONE) found.push(FORM_GLOSS[form] as number);
      // A multi-word form is passed over whole; otherwise the rest of this word.
      i = form !== NONE && formAt(form).includes(" ") ? wordEnd(text, i + formAt(form).length) : end;
      continue;
    }
    if (isCjkChar(code)) {
      const form = matchSubstring(text, i);
      if (form !== NONE) {
        found.push(FORM_GLOSS[form] as number);
        i += formAt(form).length;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** The English glosses of a lower-cased text's known foreign words, in order: each the English words' "w:" token hashes. */
export function findGlosses(lower: string): Uint32Array[] {
  return findGlossIndexes(lower).map((gloss) => {
    const start = GLOSS_START[gloss] as number;
    return HASHES.slice(start, start + (GLOSS_COUNT[gloss] as number));
  });
}

/**
 * Adds the glosses of the latest turn (its English unigram slots, and a bigram slot for each gloss token after
 * another) and of the earlier turns (their "p:" word slots) to the task bag.
 */
export function addGlossSlots(lower: string, previousLower: string, task: SlotBag): void {
  let previous = 0;
  for (const gloss of findGlossIndexes(lower)) {
    const start = GLOSS_START[gloss] as number;
    const end = start + (GLOSS_COUNT[gloss] as number);
    for (let i = start; i < end; i++) {
      const unigram = HASHES[i] as number;
      task.lexHash(unigram);
      if (previous !== 0) task.lexHash(bigramHash(previous, unigram));
      previous = unigram;
    }
  }
  if (previousLower.length === 0) return;
  for (const gloss of findGlossIndexes(previousLower)) {
    // The "p:" hashes follow the gloss's "w:" hashes.
    const count = GLOSS_COUNT[gloss] as number;
    const start = (GLOSS_START[gloss] as number) + count;
    for (let i = start; i < start + count; i++) task.lexHash(HASHES[i] as number);
  }
}
