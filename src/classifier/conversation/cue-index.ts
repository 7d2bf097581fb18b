/**
 * The index {@link findCues} reads the team's per-language task cues ({@link LANGUAGE_CUES}) through, built once at
 * import. The cues are held as numbers, not as an object per cue (issue 11, fourteenth pass: ~28,000 entries and ~10,000
 * bucket arrays took 6.9 MB of heap): an entry is an index into the parallel arrays of {@link CueIndex}. Entries are
 * numbered bucket by bucket, so a bucket (the entries one key finds, in the order the tables list them) is a run of
 * entry numbers, read in order.
 * @module
 */
import { foldedCue } from "./cue-folding.js";
import { LANGUAGE_CUES, SUBSTRING_LANGUAGES, type CueLanguage } from "./language-cues.js";

/** {@link CueIndex.flags}: a defining cue (the verb that names the task). */
export const STRONG = 1;
/** {@link CueIndex.flags}: a stem (the word may continue). */
export const PREFIX = 2;
/** The characters an entry's signature covers: the fourth to the eighth. */
export const SIG_START = 3;
export const SIG_END = 8;

/** The cue index; per entry arrays are indexed by the entry's number. */
export interface CueIndex {
  /** What is matched: the cue as written, or its unaccented form. */
  text: string[];
  /** The cue as the team wrote it (without `!` / `*`): the same string as `text` except for an unaccented twin. */
  written: string[];
  /**
   * A hash of the text's fourth to eighth characters (as many as it has): a cheap miss before `startsWith`, so most
   * entries of a long bucket ("sugg…" in twelve languages) are passed over unread (thirteenth round: the fourth and fifth;
   * twentieth: up to the eighth).
   */
  sig: Int32Array;
  /** How many characters `sig` covers (0–5). */
  sigLength: Uint8Array;
  /** {@link STRONG} and {@link PREFIX}. */
  flags: Uint8Array;
  /** The entry's task, as an index into `tasks`, and its language, into `languages`. */
  task: Uint8Array;
  language: Uint8Array;
  tasks: string[];
  languages: CueLanguage[];
  /** The same cue written with (or without) its accents, found once between the two; -1 when none. */
  twin: Int32Array;
  /** Bucket `b` is the entries numbered `bucketStart[b]` to `bucketStart[b + 1] - 1`. */
  bucketStart: Int32Array;
  /**
   * Word cues of up to three characters by {@link prefixKey} of them, so a word of the text is looked up without building
   * its prefix string. Different prefixes may share a number: every entry is checked against the text anyway, so a shared
   * number costs a comparison, never a wrong hit. Values are bucket numbers, as in the maps below.
   */
  wordEntries: Map<number, number>;
  /**
   * Longer word cues by that number with their fourth character folded in ({@link withFourth}; twelfth round): with
   * forty-eight tables the buckets of common English openings grew long ("pro" 73 cues, "par" 57, "in" 29), and every
   * English "project", "part" or "in the" walked them; now it looks up only the cues that continue as the text does.
   */
  wordEntriesByFourth: Map<number, number>;
  /** Prefix cues shorter than three letters (Korean stems such as 요약), looked up by their own length. */
  shortPrefixEntries: Map<string, number>;
  shortPrefixLengths: Set<number>;
  /** Chinese, Japanese and Thai cues by their first character. */
  charEntries: Map<number, number>;
  /**
   * A filter on the low 16 bits of the word keys (of both word indexes): a word whose slot is 0 has no entry, so most
   * words are passed over without a map lookup (a filter on the first two characters let through 4 words in 5 of English
   * text; this one about 1 in 3).
   */
  wordKeyFilter: Uint8Array;
}

/** The number the word indexes key `text[start..start + length)` by. */
export function prefixKey(text: string, start: number, length: number): number {
  let key = 0;
  for (let i = start; i < start + length; i++) key = (Math.imul(key, 65599) + text.charCodeAt(i)) & 0x3fffffff;
  return key;
}

/** The number `wordEntriesByFourth` keys a word by: its `prefixKey` and the text's fourth character from its start. */
export function withFourth(key: number, fourth: number): number {
  return (Math.imul(key, 65599) + fourth) & 0x3fffffff;
}

/** The hash of `length` characters of a cue from its fourth; the matcher folds the text's the same way. */
function sigOf(text: string, length: number): number {
  let sig = 0;
  for (let i = 0; i < length; i++) sig = (Math.imul(sig, 31) + text.charCodeAt(SIG_START + i)) | 0;
  return sig;
}

/** The index as it is read from the tables, before its numbers are packed into typed arrays. */
interface Building {
  index: CueIndex;
  /** Which characters make up a cue's words (the matcher's `isCueWordChar`). */
  isCueWordChar: (code: number) => boolean;
  /** Per entry, numbered as read (`buildCueIndex` numbers them bucket by bucket at the end). */
  text: string[];
  written: string[];
  sig: number[];
  sigLength: number[];
  flags: number[];
  task: number[];
  language: number[];
  twin: number[];
  /** Each bucket's entries, by bucket number. */
  buckets: number[][];
  /** The word indexes' prefixes as written, for `wordKeyFilter`. */
  wordPrefixes: Set<string>;
}

/** Reads {@link LANGUAGE_CUES} into a {@link CueIndex}; `isCueWordChar` says which characters make up a cue's words. */
export function buildCueIndex(isCueWordChar: (code: number) => boolean): CueIndex {
  const index: CueIndex = {
    text: [],
    written: [],
    sig: new Int32Array(0),
    sigLength: new Uint8Array(0),
    flags: new Uint8Array(0),
    task: new Uint8Array(0),
    language: new Uint8Array(0),
    tasks: [],
    languages: [],
    twin: new Int32Array(0),
    bucketStart: new Int32Array(0),
    wordEntries: new Map(),
    wordEntriesByFourth: new Map(),
    shortPrefixEntries: new Map(),
    shortPrefixLengths: new Set(),
    charEntries: new Map(),
    wordKeyFilter: new Uint8Array(1 << 16),
  };
  const building: Building = { index, isCueWordChar, text: [], written: [], sig: [], sigLength: [], flags: [], task: [], language: [], twin: [], buckets: [], wordPrefixes: new Set() };
  readTables(building);
  packBucketByBucket(building);
  for (const key of building.wordPrefixes) if (key.length > 0) index.wordKeyFilter[prefixKey(key, 0, key.length) & 0xffff] = 1;
  return index;
}

/**
 * Numbers the entries bucket by bucket (each entry is in exactly one bucket), so the matcher reads a bucket as a run of
 * entry numbers, and packs their numbers into typed arrays.
 */
function packBucketByBucket(building: Building): void {
  const { index, buckets } = building;
  const order = buckets.flat();
  if (order.length !== building.text.length) throw new Error(`cue index: ${order.length} entries in buckets, ${building.text.length} read`);
  const numberOf = new Int32Array(order.length);
  order.forEach((read, number) => (numberOf[read] = number));
  const pick = <T>(values: readonly T[]): T[] => order.map((read) => values[read] as T);
  index.text = pick(building.text);
  index.written = pick(building.written);
  index.sig = Int32Array.from(pick(building.sig));
  index.sigLength = Uint8Array.from(pick(building.sigLength));
  index.flags = Uint8Array.from(pick(building.flags));
  index.task = Uint8Array.from(pick(building.task));
  index.language = Uint8Array.from(pick(building.language));
  index.twin = Int32Array.from(pick(building.twin), (twin) => (twin < 0 ? twin : (numberOf[twin] as number)));
  index.bucketStart = new Int32Array(buckets.length + 1);
  let at = 0;
  buckets.forEach((bucket, number) => {
    index.bucketStart[number] = at;
    at += bucket.length;
  });
  index.bucketStart[buckets.length] = at;
}

function readTables(building: Building): void {
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
        const flags = (strong ? STRONG : 0) | (prefix ? PREFIX : 0);
        const entry = newEntry(building, task, written, written, lang, flags);
        if (SUBSTRING_LANGUAGES.has(lang)) {
          addToBucket(building, building.index.charEntries, written.charCodeAt(0), entry);
          continue;
        }
        indexWordEntry(building, entry);
        const folded = foldedCue(written, prefix);
        if (folded === undefined) continue;
        const fold = `${lang}\u0000${task}\u0000${prefix ? "*" : ""}${folded}`;
        if (folds.has(fold)) continue;
        folds.add(fold);
        const twin = newEntry(building, task, folded, written, lang, flags);
        building.twin[entry] = twin;
        building.twin[twin] = entry;
        indexWordEntry(building, twin);
      }
    }
  }
}

/** A new entry's number. */
function newEntry(building: Building, task: string, text: string, written: string, lang: CueLanguage, flags: number): number {
  const { index } = building;
  const sigLength = Math.max(0, Math.min(text.length, SIG_END) - SIG_START);
  building.text.push(text);
  building.written.push(written);
  building.sig.push(sigOf(text, sigLength));
  building.sigLength.push(sigLength);
  building.flags.push(flags);
  building.task.push(indexOf(index.tasks, task));
  building.language.push(indexOf(index.languages, lang));
  building.twin.push(-1);
  return building.text.length - 1;
}

/** The index of `value` in `list`, added at its end when missing (the few tasks and languages). */
function indexOf<T>(list: T[], value: T): number {
  const at = list.indexOf(value);
  if (at >= 0) return at;
  list.push(value);
  return list.length - 1;
}

/** Appends `entry` to the bucket `map` holds for `key` (a new bucket when it holds none). */
function addToBucket<K>(building: Building, map: Map<K, number>, key: K, entry: number): void {
  const bucket = map.get(key);
  if (bucket !== undefined) {
    building.buckets[bucket]?.push(entry);
    return;
  }
  map.set(key, building.buckets.length);
  building.buckets.push([entry]);
}

function indexWordEntry(building: Building, entry: number): void {
  const { index } = building;
  const text = building.text[entry] as string;
  let length = 0;
  while (length < 3 && length < text.length && building.isCueWordChar(text.charCodeAt(length))) length++;
  const key = text.slice(0, length);
  if (((building.flags[entry] ?? 0) & PREFIX) !== 0 && length < 3 && length === text.length) {
    index.shortPrefixLengths.add(length);
    addToBucket(building, index.shortPrefixEntries, key, entry);
  } else {
    building.wordPrefixes.add(key);
    const number = prefixKey(key, 0, key.length);
    if (text.length > 3) addToBucket(building, index.wordEntriesByFourth, withFourth(number, text.charCodeAt(3)), entry);
    else addToBucket(building, index.wordEntries, number, entry);
  }
}
