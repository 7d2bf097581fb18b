/**
 * Finds the team's per-language task cues ({@link LANGUAGE_CUES}) in a lower-cased text in one pass:
 * each word start costs one map lookup by its first three characters, each Chinese or Japanese
 * character one lookup by itself. No regex, no per-cue scan.
 * @module
 */
import { codeAt } from "../code-at.js";
import { foldedCue } from "./cue-folding.js";
import { LANGUAGE_CUES, SUBSTRING_LANGUAGES, type CueLanguage } from "./language-cues.js";

/** One cue found in a text. */
export interface CueHit {
  task: string;
  /** The cue as the team wrote it (without `!` / `*`). */
  cue: string;
  lang: CueLanguage;
  /** A defining cue (the verb that names the task). */
  strong: boolean;
  /** Character offset of the hit. */
  at: number;
  /** The word as written in the text (a prefix cue extended to the end of its word). */
  word: string;
}

/** The one task the strong (defining) cues among `cues` name, as its first cue; undefined when they name none or several. */
export function soleStrongCue(cues: Iterable<CueHit>): CueHit | undefined {
  let named: CueHit | undefined;
  for (const cue of cues) {
    if (!cue.strong) continue;
    if (named !== undefined && named.task !== cue.task) return undefined;
    named ??= cue;
  }
  return named;
}

interface CueEntry {
  task: string;
  /** What is matched: the cue as written, or its unaccented form. */
  text: string;
  /** The cue as the team wrote it (without `!` / `*`). */
  written: string;
  /**
   * A hash of `text`'s fourth to eighth characters (as many as it has): a cheap miss before `startsWith`, so most entries
   * of a long bucket ("sugg…" in twelve languages) are passed over unread (thirteenth round: the fourth and fifth; twentieth:
   * up to the eighth).
   */
  sig: number;
  /** How many characters {@link sig} covers (0–5). */
  sigLength: number;
  lang: CueLanguage;
  strong: boolean;
  prefix: boolean;
  /** The `findCues` call that last found this cue: a cue counts once per call, without a set per call. */
  foundIn: number;
  /** The same cue written with (or without) its accents: found once between the two. */
  twin: CueEntry | undefined;
}

/** The characters a cue's {@link CueEntry.sig} covers: the fourth to the eighth. */
const SIG_START = 3;
const SIG_END = 8;

/** Numbers `findCues` calls (synchronous, never nested) for {@link CueEntry.foundIn}. */
let call = 0;

/**
 * Word cues of up to three characters by a number folded from them, so a word of the text is looked up without
 * building its prefix string. Different prefixes may share a number: every entry is checked against the text anyway,
 * so a shared number costs a comparison, never a wrong hit.
 */
const WORD_ENTRIES = new Map<number, CueEntry[]>();
/**
 * Longer word cues by that number with their fourth character folded in (twelfth round): with forty-eight tables the
 * buckets of common English openings grew long ("pro" 73 cues, "par" 57, "in" 29), and every English "project",
 * "part" or "in the" walked them; now it looks up only the cues that continue as the text does.
 */
const WORD_ENTRIES_BY_FOURTH = new Map<number, CueEntry[]>();
/** The `WORD_ENTRIES` prefixes as written, for the filter below. */
const WORD_PREFIXES = new Set<string>();
/** Prefix cues shorter than three letters (Korean stems such as 요약), looked up by their own length. */
const SHORT_PREFIX_ENTRIES = new Map<string, CueEntry[]>();
const SHORT_PREFIX_LENGTHS = new Set<number>();
const CHAR_ENTRIES = new Map<number, CueEntry[]>();
/**
 * A filter on the low 16 bits of the word keys (of both indexes): a word whose slot is 0 has no entry, so most words
 * are passed over without a map lookup (a filter on the first two characters let through 4 words in 5 of
 * English text; this one about 1 in 3).
 */
const WORD_KEY_FILTER = new Uint8Array(1 << 16);
buildIndex();
for (const key of WORD_PREFIXES) if (key.length > 0) WORD_KEY_FILTER[prefixKey(key, 0, key.length) & 0xffff] = 1;
/**
 * The keys of {@link WORD_ENTRIES} and {@link WORD_ENTRIES_BY_FOURTH} as bit sets (their low {@link KEY_BITS} bits): a
 * word whose bit is clear is passed over without a map lookup, which cost about half of a 100-token turn's cue search
 * (twentieth round).
 */
const KEY_BITS = 20;
const KEY_MASK = (1 << KEY_BITS) - 1;
const SHORT_KEYS = keyBits(WORD_ENTRIES.keys());
const FOURTH_KEYS = keyBits(WORD_ENTRIES_BY_FOURTH.keys());

function keyBits(keys: Iterable<number>): Uint32Array {
  const bits = new Uint32Array((KEY_MASK + 1) >>> 5);
  for (const key of keys) bits[(key & KEY_MASK) >>> 5] = (bits[(key & KEY_MASK) >>> 5] ?? 0) | (1 << (key & 31));
  return bits;
}

function hasKey(bits: Uint32Array, key: number): boolean {
  return ((bits[(key & KEY_MASK) >>> 5] ?? 0) & (1 << (key & 31))) !== 0;
}

/** The number `WORD_ENTRIES_BY_FOURTH` keys a word by: its `prefixKey` and the text's fourth character from its start. */
function withFourth(key: number, fourth: number): number {
  return (Math.imul(key, 65599) + fourth) & 0x3fffffff;
}

/** The number `WORD_ENTRIES` keys `text[start..start + length)` by. */
function prefixKey(text: string, start: number, length: number): number {
  let key = 0;
  for (let i = start; i < start + length; i++) key = (Math.imul(key, 65599) + text.charCodeAt(i)) & 0x3fffffff;
  return key;
}

function buildIndex(): void {
  /**
   * Folded forms already indexed, per language, task and kind: a cue written with its tone marks and again with its
   * dots only (Yoruba "túmọ̀ èyí", "tumọ eyi") folds to one plain form (sixteenth round), which is indexed once, so the
   * plain ask counts it once.
   */
  const folds = new Set<string>();
  for (const [lang, table] of Object.entries(LANGUAGE_CUES) as [CueLanguage, Readonly<Record<string, string>>][]) {
    for (const [task, list] of Object.entries(table)) {
      for (const raw of list.split("|")) {
        const strong = raw.startsWith("!");
        const prefix = raw.endsWith("*");
        const written = raw.slice(strong ? 1 : 0, prefix ? -1 : undefined);
        const entry = newEntry(task, written, written, lang, strong, prefix);
        if (SUBSTRING_LANGUAGES.has(lang)) {
          const key = written.charCodeAt(0);
          CHAR_ENTRIES.set(key, [...(CHAR_ENTRIES.get(key) ?? []), entry]);
          continue;
        }
        indexWordEntry(entry);
        const folded = foldedCue(written, prefix);
        if (folded === undefined) continue;
        const fold = `${lang}\u0000${task}\u0000${prefix ? "*" : ""}${folded}`;
        if (folds.has(fold)) continue;
        folds.add(fold);
        entry.twin = newEntry(task, folded, written, lang, strong, prefix);
        entry.twin.twin = entry;
        indexWordEntry(entry.twin);
      }
    }
  }
}

function newEntry(task: string, text: string, written: string, lang: CueLanguage, strong: boolean, prefix: boolean): CueEntry {
  const sigLength = Math.max(0, Math.min(text.length, SIG_END) - SIG_START);
  return { task, text, written, sig: sigOf(text, sigLength), sigLength, lang, strong, prefix, foundIn: 0, twin: undefined };
}

/** The hash of `length` characters of a cue from its fourth; `matchWords` folds the text's the same way. */
function sigOf(text: string, length: number): number {
  let sig = 0;
  for (let i = 0; i < length; i++) sig = (Math.imul(sig, 31) + text.charCodeAt(SIG_START + i)) | 0;
  return sig;
}

/** The text's signatures at a word, per length (0–5): filled by `matchWords`, read for each entry. */
const TEXT_SIGS = new Int32Array(SIG_END - SIG_START + 1);

function indexWordEntry(entry: CueEntry): void {
  const { text } = entry;
  let length = 0;
  while (length < 3 && length < text.length && isCueWordChar(text.charCodeAt(length))) length++;
  const key = text.slice(0, length);
  if (entry.prefix && length < 3 && length === text.length) {
    SHORT_PREFIX_LENGTHS.add(length);
    SHORT_PREFIX_ENTRIES.set(key, [...(SHORT_PREFIX_ENTRIES.get(key) ?? []), entry]);
  } else {
    WORD_PREFIXES.add(key);
    const number = prefixKey(key, 0, key.length);
    const index = text.length > 3 ? WORD_ENTRIES_BY_FOURTH : WORD_ENTRIES;
    const slot = text.length > 3 ? withFourth(number, text.charCodeAt(3)) : number;
    index.set(slot, [...(index.get(slot) ?? []), entry]);
  }
}

/**
 * Letters that make up space-separated words: ASCII, Latin-1/extended, Greek, Cyrillic, Hangul, (ninth round) Arabic
 * letters and marks, Devanagari (not its danda), Vietnamese's Latin Extended Additional and combining diacritics, and
 * (tenth round) Hebrew and Bengali letters. Thai has no spaces: its characters are matched as substrings, as Han and kana are.
 */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code < 0x600) return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x370 && code <= 0x52f) || (code >= 0x5d0 && code <= 0x5ea);
  if (code < 0x1000) return (code >= 0x620 && code <= 0x65f) || (code >= 0x671 && code <= 0x6d3) || (code >= 0x900 && code <= 0x97f && code !== 0x964 && code !== 0x965) || (code >= 0x980 && code <= 0x9fe);
  return (code >= 0x1e00 && code <= 0x1eff) || (code >= 0xac00 && code <= 0xd7af);
}

/**
 * The letters of cue words: {@link isWordChar}'s, and (twelfth round) the Gurmukhi to Malayalam blocks (U+0A00–U+0D7F:
 * Tamil and Telugu cues are words); (sixteenth round) the IPA Extensions block past Latin Extended-B (U+0250–U+02AF,
 * letters only: Hausa ɓ and ɗ, Azerbaijani ə), Sinhala up to its last vowel sign (U+0D80–U+0DF3, not the punctuation
 * ෴), the Ge'ez letters with their combining marks (U+1200–U+135F: Amharic cues are words; the Ethiopic wordspace, full
 * stop, commas and question mark from U+1360 on are not), and the zero-width joiner (U+200D), which Sinhala writes
 * inside a word before a conjoined ya or ra ("ප්‍රධාන") and Nepali inside "गर्‍यो". Only the cue matcher reads these:
 * the learned tokenizer keeps {@link isWordChar}, so its tokens stay those the weights were trained on.
 */
export function isCueWordChar(code: number): boolean {
  // ASCII first, without a call: findCues asks this of every character, and the nested call cost English text 5–10%.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return isWordChar(code) || (code >= 0x250 && code <= 0x2af) || (code >= 0xa00 && code <= 0xdf3) || code === 0x200d || (code >= 0x1200 && code <= 0x135f);
}

/** Han ideographs and Japanese kana. */
export function isCjkChar(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Every cue of every language in `lower` (already lower-cased), first occurrence of each cue only,
 * reading at most `maxChars` characters.
 */
export function findCues(lower: string, maxChars = 4000): CueHit[] {
  const hits: CueHit[] = [];
  const seen = ++call;
  const length = lower.length;
  const end = Math.min(length, maxChars);
  let i = 0;
  while (i < end) {
    const code = lower.charCodeAt(i);
    if (isCueWordChar(code)) {
      // The word's end, and its key (prefixKey of its first three characters) folded in on the way.
      let wordEnd = i + 1;
      let key = code;
      // Every read is inside the text (see `codeAt`).
      while (wordEnd < length) {
        const next = lower.charCodeAt(wordEnd);
        if (!isCueWordChar(next)) break;
        if (wordEnd - i < 3) key = (Math.imul(key, 65599) + next) & 0x3fffffff;
        wordEnd++;
      }
      if (WORD_KEY_FILTER[key & 0xffff] === 1) {
        const entries = hasKey(SHORT_KEYS, key) ? WORD_ENTRIES.get(key) : undefined;
        if (entries !== undefined) matchWords(lower, i, entries, seen, hits);
        // At the text's end there is no fourth character: key 0 (a longer cue keyed there only by chance is checked, and misses).
        const fourth = i + 3 < length ? withFourth(key, lower.charCodeAt(i + 3)) : 0;
        const longer = hasKey(FOURTH_KEYS, fourth) ? WORD_ENTRIES_BY_FOURTH.get(fourth) : undefined;
        if (longer !== undefined) matchWords(lower, i, longer, seen, hits);
      }
      if (code >= 0x400) {
        for (const length of SHORT_PREFIX_LENGTHS) {
          const short = wordEnd - i >= length ? SHORT_PREFIX_ENTRIES.get(lower.slice(i, i + length)) : undefined;
          if (short !== undefined) matchWords(lower, i, short, seen, hits);
        }
      }
      i = wordEnd;
      continue;
    }
    if (code >= 0x3040 || (code >= 0xe01 && code <= 0xe5b)) {
      const entries = CHAR_ENTRIES.get(code);
      if (entries !== undefined) {
        for (const entry of entries) {
          if (entry.foundIn !== seen && lower.startsWith(entry.text, i) && !namesAField(lower, entry.text, i)) add(lower, entry, i, seen, hits);
        }
      }
    }
    i++;
  }
  return hits;
}

/**
 * A task's noun after a field's modifier names a technique, not an ask (sixteenth round): "画像分類" (image
 * classification), "机器翻译" (machine translation), "自動要約" (automatic summarization), "一次関数" (a linear function, a maths topic), as in "推論API（画像分類、
 * ResNet-50相当）を載せるインスタンスで迷っています".
 */
const FIELD_TERMS = new Set(["分類", "分类", "翻訳", "翻译", "翻譯", "要約", "摘要", "関数", "函数"]);
const FIELD_MODIFIERS = new Set(["画像", "图像", "圖像", "影像", "图片", "圖片", "機械", "机器", "機器", "自動", "自动", "一次", "二次", "三角", "指数", "対数", "对数"]);

function namesAField(lower: string, text: string, at: number): boolean {
  // "中文名为主，也可以顺便给个英文名" (a Chinese name, an English name; seventeenth round) names no language to translate into.
  if (LANGUAGE_NOUNS.has(text) && codeAt(lower, at + text.length) === NAME_CHAR) return true;
  return at >= 2 && FIELD_TERMS.has(text) && FIELD_MODIFIERS.has(lower.slice(at - 2, at));
}

/** Language names that a following 名 (name) makes a kind of name: 中文名, 英文名. */
const LANGUAGE_NOUNS = new Set(["中文", "英文", "日文", "韩文", "韓文", "法文", "德文"]);
const NAME_CHAR = "名".charCodeAt(0);

function matchWords(lower: string, at: number, entries: readonly CueEntry[], seen: number, hits: CueHit[]): void {
  // Past the text's end a signature is 0: an entry that long is then a miss of `startsWith` too.
  let sig = 0;
  const length = lower.length;
  for (let i = 1; i < TEXT_SIGS.length; i++) {
    const index = at + SIG_START + i - 1;
    TEXT_SIGS[i] = sig = index < length ? (Math.imul(sig, 31) + lower.charCodeAt(index)) | 0 : 0;
  }
  for (const entry of entries) {
    // A cue whose fourth to eighth characters differ from the text's cannot start here: skip the call.
    if (entry.sig !== TEXT_SIGS[entry.sigLength] || entry.foundIn === seen || !lower.startsWith(entry.text, at)) continue;
    if (!entry.prefix && isCueWordChar(codeAt(lower, at + entry.text.length))) continue;
    if (inIdentifier(lower, at, entry.prefix ? wordEnd(lower, at + entry.text.length) : at + entry.text.length)) continue;
    add(lower, entry, at, seen, hits);
  }
}

const UNDERSCORE = 0x5f;
const OPEN_PAREN = 0x28;

/**
 * A cue word that is part of a name in code names no ask (eighteenth round): a snake_case name ("vacuum_analyze: 30 min",
 * "run analyze_logs.py", "summarize_text") or a call ("translate()"). An underscore that opens or closes emphasis
 * ("_translate_ this") leaves the word an ask.
 */
function inIdentifier(lower: string, at: number, end: number): boolean {
  if (codeAt(lower, at - 1) === UNDERSCORE && isCueWordChar(codeAt(lower, at - 2))) return true;
  const after = codeAt(lower, end);
  return after === OPEN_PAREN || (after === UNDERSCORE && isCueWordChar(codeAt(lower, end + 1)));
}

function wordEnd(lower: string, from: number): number {
  let end = from;
  while (end < lower.length && isCueWordChar(lower.charCodeAt(end))) end++;
  return end;
}

function add(lower: string, entry: CueEntry, at: number, seen: number, hits: CueHit[]): void {
  entry.foundIn = seen;
  if (entry.twin !== undefined) entry.twin.foundIn = seen;
  let end = at + entry.text.length;
  if (entry.prefix) while (end < lower.length && isCueWordChar(lower.charCodeAt(end))) end++;
  hits.push({ task: entry.task, cue: entry.written, lang: entry.lang, strong: entry.strong, at, word: lower.slice(at, end) });
}
