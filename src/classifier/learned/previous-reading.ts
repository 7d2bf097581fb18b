/**
 * The learned classifier's reading of the earlier turns (the system prompt and earlier user turns, their first
 * 2,000 characters lower-cased): their words' hashed slots, their English task cues and their cue hits in every
 * language, as the slot hashes the task bag takes. Remembered by the text (twelfth pass of issue 11): a coding agent's
 * 10–30k-token system prompt makes these 2,000 characters the same on every request of a session (and any application
 * sends one system prompt with every request), and reading them was ~15% of an agent's decision. The slots are the ones
 * reading the text gives, added at the same places of the bags, so the scores are the same to the bit
 * (`previous-reading.test.ts`, and `bench/routing/compare-trees.ts` over every development conversation).
 * @module
 */
import { findCues } from "../conversation/cue-matcher.js";
import { TextMemo } from "../text-memo.js";
import { hashString, PREVIOUS_WORD_PREFIX } from "./feature-hash.js";
import { taskCueFeatures } from "./task-cues.js";
import { tokenize } from "./tokenize.js";

/** Characters of the earlier turns read. */
export const MAX_PREVIOUS_CHARS = 2000;
/** Cue words of the earlier turns looked up. */
const MAX_CUE_WORDS = 200;

const PREFIX_P = hashString("p");
const PREFIX_PMCUE = hashString("pmcue:");

/** What the earlier turns add to the task bag, as slot hashes (masked where the bag takes them). */
export interface PreviousReading {
  /** Each word's FNV hash of "p:" + word: lexical slots. */
  words: Uint32Array;
  /** The English task cues' hashes of "p" + cue: flags before the structure flags. */
  cues: Uint32Array;
  /** Each cue hit's hash of "pmcue:" + task: flags of the conversation layer. */
  cueHits: Uint32Array;
}

/** Scratch for the tokenizer's hashes (classification is synchronous). */
const PREVIOUS_HASHES = new Uint32Array(MAX_PREVIOUS_CHARS);
const PREVIOUS_CUE_HASHES = { values: PREVIOUS_HASHES, seed: PREVIOUS_WORD_PREFIX };

/** Reads the earlier turns' text (lower-cased, at most {@link MAX_PREVIOUS_CHARS}). */
export function readPrevious(previous: string): PreviousReading {
  const words = tokenize(previous, MAX_PREVIOUS_CHARS, PREVIOUS_HASHES, PREVIOUS_WORD_PREFIX);
  const cues = taskCueFeatures(previous, words.length > MAX_CUE_WORDS ? words.slice(0, MAX_CUE_WORDS) : words, PREVIOUS_CUE_HASHES);
  const hits = previous.length > 0 ? findCues(previous, MAX_PREVIOUS_CHARS) : [];
  return {
    words: PREVIOUS_HASHES.slice(0, words.length),
    cues: Uint32Array.from(cues, (cue) => hashString(cue, PREFIX_P)),
    cueHits: Uint32Array.from(hits, (hit) => hashString(hit.task, PREFIX_PMCUE)),
  };
}

/**
 * Readings remembered: 128 texts of 2,000 characters (~1.3 MB at most with their slots); least recently used let go
 * first. Texts under 16 characters are read each time. The texts are the first 2,000 characters of longer ones, so the
 * memo holds copies (a slice would keep a whole 40 KB prompt alive).
 */
const REMEMBERED = new TextMemo(readPrevious, { minChars: 16, maxChars: MAX_PREVIOUS_CHARS, maxHeldChars: 128 * MAX_PREVIOUS_CHARS, copyTexts: true });

/** {@link readPrevious}, remembered by the text. */
export function previousReading(previous: string): PreviousReading {
  return REMEMBERED.answer(previous);
}
