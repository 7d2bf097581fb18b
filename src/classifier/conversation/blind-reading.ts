/**
 * Readings the learned model cannot make (moved out of `conversation-classifier.ts` in the twentieth round): the guards
 * treat them as guesses, however sure the model says it is.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import { isCjkChar, isWordChar } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * The confidence the guards read a reading at. The learned tokenizer reads no Thai (nor Tamil, Telugu…): on such a turn
 * its reading is a guess. A language typed in Latin letters (romaji, pinyin, romanized Korean or Russian…) is all but
 * absent from the model's training: a reading of it short of sure is a guess too (seventeenth round, after a retrain
 * moved two audited asks). So is a reading short of sure of a language the training sets hold only a few rows of (Igbo,
 * Yoruba, Hausa, Zulu…; eighteenth round, after a retrain moved an audited Igbo question).
 */
export function guardConfidence(confidence: number, reading: ConversationReading): number {
  const blind =
    unreadByModel(reading.latest) ||
    (confidence < ROMANIZED_SURE && reading.cues.some(isRomanized) && reading.language.endsWith("-Latn")) ||
    (confidence < LITTLE_TRAINED_SURE && reading.cues.length > 0 && LITTLE_TRAINED.has(reading.language));
  return blind ? Math.min(confidence, BLIND_CONFIDENCE) : confidence;
}

const isRomanized = (cue: CueHit): boolean => cue.lang.endsWith("-Latn");
/** Languages written in Latin letters that the training sets hold only a few rows of (cue tables from the sixteenth round). */
const LITTLE_TRAINED = new Set(["ig", "yo", "ha", "zu", "xh", "so", "rw", "mg", "ny", "sn", "ln", "wo", "om"]);
/** Below this confidence a reading of a romanized turn counts as one the model cannot read. */
const ROMANIZED_SURE = 0.65;
/**
 * The same for a language the model saw few rows of: its confidence there says little (twenty-second round: a retrain
 * read an Igbo thank-you as a quick question at 0.71).
 */
const LITTLE_TRAINED_SURE = 0.8;
/** Confidence a reading of a turn the model cannot read is given for the guards (below their "unsure" bar). */
const BLIND_CONFIDENCE = 0.3;
/** Characters of a turn looked at for its letters. */
const BLIND_SAMPLE_CHARS = 400;

/**
 * Whether most letters of the turn's head are ones the learned tokenizer does not read as words (Thai, Tamil, Telugu,
 * Gurmukhi…; fourteenth round): the cue matcher reads them, the model sees only the digits and Latin words among them.
 */
export function unreadByModel(text: string): boolean {
  // Most turns hold no such letter: the pattern says so before any letter is counted. A text of Latin-1 characters is a
  // one-byte string, which the engine knows cannot hold one without reading it; a short text is tested whole (no letter
  // anywhere: none in the sample), a longer one by its sample.
  if (!UNREAD_LETTER.test(text.length <= WHOLE_TEST_CHARS ? text : text.slice(0, BLIND_SAMPLE_CHARS))) return false;
  const end = Math.min(text.length, BLIND_SAMPLE_CHARS);
  let letters = 0;
  let unread = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Gurmukhi to Malayalam (U+0A00–U+0D7F), Sinhala (U+0D80–U+0DFF), Thai (U+0E00–U+0E7F) and (seventeenth round) Ge'ez
    // (U+1200–U+139F): letters the cue matcher reads and the model does not.
    if (isUnreadLetter(code)) {
      letters++;
      unread++;
    } else if (isWordChar(code) || isCjkChar(code)) letters++;
  }
  return unread > 0 && unread * 2 > letters;
}

/** The letters {@link isUnreadLetter} accepts, as a pattern. */
const UNREAD_LETTER = /[\u0a00-\u0e7f\u1200-\u139f]/;
/** Texts up to this long are tested whole by {@link UNREAD_LETTER}: cheaper than cutting the sample from them. */
const WHOLE_TEST_CHARS = 1_000;

function isUnreadLetter(code: number): boolean {
  return (code >= 0xa00 && code <= 0xe7f) || (code >= 0x1200 && code <= 0x139f);
}

