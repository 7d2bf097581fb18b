/**
 * Writing system and a best-guess language of a text, from character ranges (not English words):
 * kana → Japanese, Hangul → Korean, Han → Chinese, Cyrillic → Russian unless Serbian, Kazakh, Ukrainian or Bulgarian
 * letters or cues say otherwise; Latin text by a handful of function words per language; Devanagari, the other Indic
 * scripts and Sinhala by their cues. Reads at most the first 2,000 characters.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import { WordFilter } from "../word-filter.js";

/** The dominant script of a text. */
export type Script = "latin" | "han" | "kana" | "hangul" | "cyrillic" | "arabic" | "other" | "none";

const SCAN_CHARS = 2_000;

/** Counts letters per script and returns the dominant one (kana wins over Han: Japanese mixes both). */
export function dominantScript(text: string): Script {
  let latin = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let arabic = 0;
  let other = 0;
  const end = Math.min(text.length, SCAN_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    } else if (c <= 0x24f) latin++;
    else if (c >= 0x400 && c <= 0x52f) cyrillic++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x900 && c <= 0x97f) || (c > 0x2fff && !(c >= 0xd800 && c <= 0xdfff))) other++;
  }
  // A CJK character carries about as much as a short Latin word: weigh them up against letters.
  return bestScript(latin, cyrillic, arabic, (kana + han) * 3 * (kana > 0 ? 1 : 0), han * 3 * (kana > 0 ? 0 : 1), hangul * 2, other * 2);
}

/** The script of the highest positive score, the first of a tie in this order ("none" when all are 0). */
function bestScript(latin: number, cyrillic: number, arabic: number, kana: number, han: number, hangul: number, other: number): Script {
  let best: Script = "none";
  let score = 0;
  if (latin > score) [best, score] = ["latin", latin];
  if (cyrillic > score) [best, score] = ["cyrillic", cyrillic];
  if (arabic > score) [best, score] = ["arabic", arabic];
  if (kana > score) [best, score] = ["kana", kana];
  if (han > score) [best, score] = ["han", han];
  if (hangul > score) [best, score] = ["hangul", hangul];
  if (other > score) best = "other";
  return best;
}

const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  es: "el los las qué por para con una está y es del al cómo este esta",
  de: "der die das und ist nicht ich mit für auf ein eine diese bitte auch noch",
  fr: "le les et est une des du pour avec je vous ce cette il qui pas",
  pt: "os não você uma é com para do da isso este esta em por favor",
  it: "il gli che non è sono una per con questo questa della di lo",
  en: "the and is are you for with this that please what how of to does my your it at can i",
  nl: "het een niet ik dat wat voor zijn mijn jij",
  tr: "bir ve bu için ne çok ile gibi daha ama",
  pl: "nie jest na jak czy co mnie mam",
  id: "yang dan ini itu untuk dengan tidak aku saya bisa",
  vi: "là và có không tôi cho các nên hay",
  // Eleventh round: words only the one language writes among these (Danish "af" and Bokmål "av", not their shared
  // "ikke"; Catalan "els", "és"; Malay "nak", "kerana"; Slovak "aj", "alebo"), letters within [a-zà-ÿ].
  da: "af hvad nogle mig dig gerne lidt meget",
  nb: "av hva noen meg deg gjerne litt mye",
  fi: "ei että mutta kun tämä tämän minä sinä olen voisitko myös",
  hu: "és az hogy egy van ezt vagy kérlek nekem",
  ca: "amb això aquest aquesta els és però perquè",
  ms: "nak tak kerana sahaja awak ialah adakah",
  sk: "aj alebo ktorý ktoré ktorá",
  // Twelfth round: words within [a-zà-ÿ] (no š, ą, ā, ə) that only the one language writes among these (Croatian,
  // Bosnian and Serbian Latin share theirs: "hr"; Croatian "kad" and Lithuanian "kad" are both left out).
  hr: "nije jer molim ovo ovaj ili mogu trebam koji",
  sl: "ker tudi lahko zelo ampak prosim kaj",
  lt: "kaip yra labai arba jei galite",
  lv: "lai nav tas tad",
  et: "kui aga palun kuidas miks mida seda ning",
  az: "üçün deyil amma çox",
  // Nineteenth round: Swahili was named Polish by its "na" (both write it).
  sw: "kwa lakini hii hiyo kwamba nini wapi yangu yako mimi wewe",
  tl: "ang mga naman yung kasi talaga",
};
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words.split(" ")) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
/** Words whose first letter and length no function word has are passed over without building their string. */
const MAY_BE_FUNCTION_WORD = new WordFilter(WORD_LANGS.keys());
const FUNCTION_WORD_CHARS = 600;

/** The letters function words are read from (`[a-zà-ÿ]`). */
function isFunctionWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff);
}

function countOf(hits: readonly CueHit[], lang: string): number {
  let n = 0;
  for (const hit of hits) if (hit.lang === lang) n++;
  return n;
}

/** The language of `langs` with the most cue hits, the first of a tie; undefined when none has any. */
function mostCued(hits: readonly CueHit[], langs: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const lang of langs) {
    const n = countOf(hits, lang);
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return best;
}

/** Arabic-script languages with cue tables, Arabic first (it wins a tie). */
const ARABIC_SCRIPT_LANGS = ["ar", "fa", "ur"] as const;
/** Cyrillic languages with cue tables, Russian first (it wins a tie). */
const CYRILLIC_LANGS = ["ru", "uk", "bg", "sr", "kk"] as const;
/** Scripts dominantScript does not count (Tamil, Telugu: "none") or counts as "other" (Devanagari), by their cues; Marathi
 * first: its cues are the words Hindi does not write, so one of them outweighs a shared word in `HI`; Nepali likewise
 * (sixteenth round), with Gujarati, Punjabi, Sinhala, Malayalam and Kannada, whose letters dominantScript does not count. */
const OTHER_SCRIPT_LANGS = ["mr", "ne", "hi", "ta", "te", "gu", "pa", "si", "ml", "kn"] as const;

/**
 * A Cyrillic text's language: by a letter only one of them writes (Serbian ђ ј љ њ ћ џ, Kazakh ә ғ қ ң ө ұ ү һ,
 * Ukrainian ї є ґ і — і after Kazakh's, which writes it too — and Bulgarian ѝ or ъ before a consonant, where Russian
 * writes it only before е ё ю я), else by the table with the most cues, else Russian.
 */
function cyrillicLanguage(lower: string, hits: readonly CueHit[]): string {
  let kazakh = false;
  let ukrainian = false;
  let bulgarian = false;
  const end = Math.min(lower.length, FUNCTION_WORD_CHARS);
  for (let i = 0; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x44a) continue;
    if (c === 0x452 || c === 0x458 || c === 0x459 || c === 0x45a || c === 0x45b || c === 0x45f) return "sr";
    if (c === 0x4d9 || c === 0x493 || c === 0x49b || c === 0x4a3 || c === 0x4e9 || c === 0x4b1 || c === 0x4af || c === 0x4bb) kazakh = true;
    else if (c === 0x457 || c === 0x454 || c === 0x491 || c === 0x456) ukrainian = true;
    else if (c === 0x45d || (c === 0x44a && !isRussianHardSignFollower(lower.charCodeAt(i + 1)))) bulgarian = true;
  }
  if (kazakh) return "kk";
  if (ukrainian) return "uk";
  if (bulgarian) return "bg";
  return mostCued(hits, CYRILLIC_LANGS) ?? "ru";
}

/** е ё ю я: the letters Russian writes after ъ. */
function isRussianHardSignFollower(code: number): boolean {
  return code === 0x435 || code === 0x451 || code === 0x44e || code === 0x44f;
}

/** A Devanagari letter (not the danda, which Bengali writes too). */
const DEVANAGARI = /[\u0904-\u0939\u0958-\u0961]/;
/** A Bengali letter. */
const BENGALI = /[\u0985-\u09b9\u09dc-\u09e1]/;
/** Letters Urdu writes and Arabic and Persian do not: ٹ ڈ ڑ ں ھ ے. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06d2]/;
/** Letters Persian (and Urdu) write and Arabic does not: پ چ ژ گ ک ی. */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;

/** Urdu, Persian or Arabic, by the letters of a text with no cue of either. */
function arabicScriptByLetters(lower: string): string {
  const head = lower.slice(0, FUNCTION_WORD_CHARS);
  if (URDU_LETTERS.test(head)) return "ur";
  return PERSIAN_LETTERS.test(head) ? "fa" : "ar";
}

/** ISO 639-1 guess for a text, using its script and, for Latin text, function words and the cues found. */
export function guessLanguage(lower: string, script: Script, hits: readonly CueHit[]): string {
  if (script === "kana") return "ja";
  if (script === "han") return "zh";
  if (script === "hangul") return "ko";
  if (script === "cyrillic") return cyrillicLanguage(lower, hits);
  // Arabic script is Arabic unless Persian's or Urdu's cues outnumber it (twelfth round: Persian was named "ar").
  // With no cue to say, the letters do (eighteenth round: an Urdu sum was named "ar" in its reason).
  if (script === "arabic") return mostCued(hits, ARABIC_SCRIPT_LANGS) ?? arabicScriptByLetters(lower);
  // Devanagari is read as "other", the other Indic scripts and Sinhala as none: the language whose cues say so.
  if (script === "other" || script === "none") {
    const cued = mostCued(hits, OTHER_SCRIPT_LANGS);
    if (cued !== undefined) return cued;
    // Devanagari with no cue to say is Hindi, its most written language, and Bengali letters are Bengali (nineteenth round:
    // a Hindi turn was named "other").
    const head = lower.slice(0, FUNCTION_WORD_CHARS);
    if (DEVANAGARI.test(head)) return "hi";
    if (BENGALI.test(head)) return "bn";
  }
  if (script !== "latin") return script === "none" ? "en" : script;
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.lang, (counts.get(hit.lang) ?? 0) + 1);
  countFunctionWords(lower, counts);
  let best = "en";
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Adds to `counts` each language's function words among the runs of [a-zà-ÿ] in the first 600 characters, each looked up
 * once; runs shorter than `minLength` are passed over.
 */
function countFunctionWords(lower: string, counts: Map<string, number>, minLength = 1, enoughEnglish = Infinity): void {
  const end = Math.min(lower.length, FUNCTION_WORD_CHARS);
  let i = 0;
  while (i < end) {
    if (!isFunctionWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let wordEnd = i + 1;
    while (wordEnd < end && isFunctionWordChar(lower.charCodeAt(wordEnd))) wordEnd++;
    const langs = wordEnd - i >= minLength && MAY_BE_FUNCTION_WORD.mayHoldAt(lower, i, wordEnd - i) ? WORD_LANGS.get(lower.slice(i, wordEnd)) : undefined;
    if (langs !== undefined) {
      for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      if (counts.size === 1 && (counts.get("en") ?? 0) >= enoughEnglish) return;
    }
    i = wordEnd;
  }
}

const FUNCTION_WORD_COUNTS = new Map<string, number>();

/**
 * Whether a lower-cased text is English for a reader that must not guess: any script but Latin letters says no; Latin
 * letters say no only when another language's function words (of two letters or more) are at least two and more than
 * three times English's.
 * Short English ("Do you have a favorite book?": Portuguese "do" and "a" against English "you") stays English, where
 * {@link guessLanguage}, which names a language for the reasons text, may call it another. Four English function words
 * before any other language's settle it.
 */
export function writtenInEnglish(lower: string, script: Script): boolean {
  if (script === "none") return true;
  if (script !== "latin") return false;
  FUNCTION_WORD_COUNTS.clear();
  // One-letter words are passed over: maths' "x" and "y" are not Spanish "y" (and), nor "a" anyone's article.
  // English text says so within its first words ("the", "and", "you", "is"): four of them and none of another language's
  // end the scan, so the common case reads a sentence, not 600 characters.
  countFunctionWords(lower, FUNCTION_WORD_COUNTS, 2, 4);
  const english = FUNCTION_WORD_COUNTS.get("en") ?? 0;
  let other = 0;
  for (const [lang, n] of FUNCTION_WORD_COUNTS) if (lang !== "en" && n > other) other = n;
  return other < 2 || other <= 3 * english;
}

/** English function words (of two letters or more) a turn has at least for {@link clearlyEnglish}. */
const CLEAR_ENGLISH_WORDS = 4;

/**
 * Whether a lower-cased text is plainly English: Latin letters, at least {@link CLEAR_ENGLISH_WORDS} English function
 * words and at most one of any other language's. Stricter than {@link writtenInEnglish}, which keeps short or mixed text
 * English: this one says whether another language's word in the text is a look-alike.
 */
export function clearlyEnglish(lower: string, script: Script): boolean {
  if (script !== "latin") return false;
  FUNCTION_WORD_COUNTS.clear();
  countFunctionWords(lower, FUNCTION_WORD_COUNTS, 2);
  if ((FUNCTION_WORD_COUNTS.get("en") ?? 0) < CLEAR_ENGLISH_WORDS) return false;
  for (const [lang, n] of FUNCTION_WORD_COUNTS) if (lang !== "en" && n > 1) return false;
  return true;
}
