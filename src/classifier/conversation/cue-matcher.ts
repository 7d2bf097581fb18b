/**
 * Finds the team's per-language task cues (`language-cues.ts`, indexed by `cue-index.ts`) in a lower-cased text in one pass:
 * each word start costs one map lookup by its first three characters, each Chinese or Japanese
 * character one lookup by itself. No regex, no per-cue scan.
 * @module
 */
import { codeAt } from "../code-at.js";
import { buildCueIndex, PREFIX, SIG_END, SIG_START, STRONG, withFourth } from "./cue-index.js";
import { maskedByLongerWord } from "./cue-masks.js";
import type { CueLanguage } from "./language-cues.js";

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

const {
  text: TEXT,
  written: WRITTEN,
  sig: SIG,
  sigLength: SIG_LENGTH,
  flags: FLAGS,
  task: TASK,
  language: LANGUAGE,
  tasks: TASKS,
  languages: LANGUAGES,
  twin: TWIN,
  bucketStart: BUCKET_START,
  wordEntries: WORD_ENTRIES,
  wordEntriesByFourth: WORD_ENTRIES_BY_FOURTH,
  shortPrefixEntries: SHORT_PREFIX_ENTRIES,
  shortPrefixLengths: SHORT_PREFIX_LENGTHS,
  charEntries: CHAR_ENTRIES,
  wordKeyFilter: WORD_KEY_FILTER,
} = buildCueIndex(isCueWordChar);

/** The `findCues` call that last found each entry: a cue counts once per call, without a set per call. */
const FOUND_IN = new Int32Array(TEXT.length);
/** Numbers `findCues` calls (synchronous, never nested) for {@link FOUND_IN}; starts over (with the marks cleared) before it overflows. */
let call = 0;

/**
 * The keys of the two word indexes as bit sets (their low {@link KEY_BITS} bits): a word whose bit is clear is passed
 * over without a map lookup, which cost about half of a 100-token turn's cue search (twentieth round).
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

/** The text's signatures at a word, per length (0–5): filled by `matchWords`, read for each entry. */
const TEXT_SIGS = new Int32Array(SIG_END - SIG_START + 1);

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
  const seen = nextCall();
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
        const bucket = hasKey(SHORT_KEYS, key) ? WORD_ENTRIES.get(key) : undefined;
        if (bucket !== undefined) matchWords(lower, i, bucket, seen, hits);
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
      const bucket = CHAR_ENTRIES.get(code);
      if (bucket !== undefined) {
        for (let entry = BUCKET_START[bucket] as number, last = BUCKET_START[bucket + 1] as number; entry < last; entry++) {
          const text = TEXT[entry] as string;
          if (FOUND_IN[entry] !== seen && lower.startsWith(text, i) && !namesAField(lower, text, i) && !maskedByLongerWord(lower, text, i)) add(lower, entry, i, seen, hits);
        }
      }
    }
    i++;
  }
  return hits;
}

/** The next `findCues` call's number; before the marks could wrap around, they are cleared and the count starts over. */
function nextCall(): number {
  if (call === 0x7fffffff) {
    FOUND_IN.fill(0);
    call = 0;
  }
  return ++call;
}

/**
 * A task's noun after a field's modifier names a technique, not an ask (sixteenth round): "画像分類" (image
 * classification), "机器翻译" (machine translation), "自動要約" (automatic summarization), "一次関数" (a linear function, a maths topic), as in "推論API（画像分類、
 * ResNet-50相当）を載せるインスタンスで迷っています".
 */
const FIELD_TERMS = new Set(["分類", "分类", "翻訳", "翻译", "翻譯", "要約", "摘要", "関数", "函数"]);
const FIELD_MODIFIERS = new Set(["画像", "图像", "圖像", "影像", "图片", "圖片", "機械", "机器", "機器", "自動", "自动", "一次", "二次", "三角", "指数", "対数", "对数"]);

function namesAField(lower: string, text: string, at: number): boolean {
  // "中文名为主，也可以顺便给个英文名" (a Chinese name, an English name; seventeenth round) names no language to translate into;
  // nor do "中文字符" (Chinese characters), "中文标点" (punctuation) or "中文输入" (input), after code (round 41): the text's language.
  if (LANGUAGE_NOUNS.has(text) && namesTextKind(lower, at + text.length)) return true;
  return at >= 2 && FIELD_TERMS.has(text) && FIELD_MODIFIERS.has(lower.slice(at - 2, at));
}

/** Language names that a following 名 (name) makes a kind of name: 中文名, 英文名. */
const LANGUAGE_NOUNS = new Set(["中文", "英文", "日文", "韩文", "韓文", "法文", "德文"]);
/** What may follow such a name to make it a kind of name or text: 名 (name), 字符/字元/字 (characters), 标点/標點, 输入/輸入. */
const TEXT_KIND_CHARS = new Set([..."名字标標输輸"].map((c) => c.charCodeAt(0)));
/** 字幕 (subtitles) in that language are a translation's output, not the text's kind. */
const SUBTITLE_CHAR = "幕".charCodeAt(0);

function namesTextKind(lower: string, after: number): boolean {
  return TEXT_KIND_CHARS.has(codeAt(lower, after)) && codeAt(lower, after + 1) !== SUBTITLE_CHAR;
}

function matchWords(lower: string, at: number, bucket: number, seen: number, hits: CueHit[]): void {
  // Past the text's end a signature is 0: an entry that long is then a miss of `startsWith` too.
  let sig = 0;
  const length = lower.length;
  const textSigs = TEXT_SIGS;
  for (let i = 1; i < textSigs.length; i++) {
    const index = at + SIG_START + i - 1;
    textSigs[i] = sig = index < length ? (Math.imul(sig, 31) + lower.charCodeAt(index)) | 0 : 0;
  }
  // The index's arrays in locals: read once a call, not once an entry.
  const sigs = SIG;
  const sigLengths = SIG_LENGTH;
  const foundIn = FOUND_IN;
  const texts = TEXT;
  for (let entry = BUCKET_START[bucket] as number, last = BUCKET_START[bucket + 1] as number; entry < last; entry++) {
    // A cue whose fourth to eighth characters differ from the text's cannot start here: skip the call.
    if (sigs[entry] !== textSigs[sigLengths[entry] as number] || foundIn[entry] === seen) continue;
    const text = texts[entry] as string;
    if (!lower.startsWith(text, at)) continue;
    const prefix = ((FLAGS[entry] as number) & PREFIX) !== 0;
    if (!prefix && isCueWordChar(codeAt(lower, at + text.length))) continue;
    const end = prefix ? wordEnd(lower, at + text.length) : at + text.length;
    if (inIdentifier(lower, at, end) || inModelName(lower, at, end) || maskedByLongerWord(lower, text, at)) continue;
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

/** Claude's model families: in a model's name they name the model, not a poem asked. */
const MODEL_FAMILIES = new Set(["haiku", "sonnet", "opus"]);
/** "claude-", "claude 3 ", "claude-3-5-", "anthropic/claude-", "claude haiku or " before the family's name. */
const CLAUDE_BEFORE = /claude(?:[-\s]?[\d.]{1,4}){0,3}[-\s](?:(?:haiku|sonnet|opus)(?:[-\s]?[\d.]{1,4}){0,3} ?(?:or|and|vs\.?|,|\/) ?)?$/;
/** "sonnet-4", "haiku-4-5" after the family's name. */
const VERSION_AFTER = /^-\d/;

/**
 * A cue word that is a model's name ("anthropic/claude-sonnet 2,840 ms", "Claude Haiku or Sonnet for the classifier step?",
 * "route summaries to claude-3-haiku"; round 45, dev-211): traffic to an LLM gateway names its models.
 */
function inModelName(lower: string, at: number, end: number): boolean {
  // "opus", "haiku", "sonnet": the length rules out almost every cue before a slice is taken.
  if (end - at < 4 || end - at > 6 || !MODEL_FAMILIES.has(lower.slice(at, end))) return false;
  return CLAUDE_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) || VERSION_AFTER.test(lower.slice(end, end + 2));
}

function wordEnd(lower: string, from: number): number {
  let end = from;
  while (end < lower.length && isCueWordChar(lower.charCodeAt(end))) end++;
  return end;
}

function add(lower: string, entry: number, at: number, seen: number, hits: CueHit[]): void {
  FOUND_IN[entry] = seen;
  const twin = TWIN[entry] as number;
  if (twin >= 0) FOUND_IN[twin] = seen;
  const flags = FLAGS[entry] as number;
  let end = at + (TEXT[entry] as string).length;
  if ((flags & PREFIX) !== 0) while (end < lower.length && isCueWordChar(lower.charCodeAt(end))) end++;
  hits.push({
    task: TASKS[TASK[entry] as number] as string,
    cue: WRITTEN[entry] as string,
    lang: LANGUAGES[LANGUAGE[entry] as number] as CueLanguage,
    strong: (flags & STRONG) !== 0,
    at,
    word: lower.slice(at, end),
  });
}
