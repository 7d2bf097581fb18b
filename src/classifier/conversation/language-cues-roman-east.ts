/**
 * Task cues for languages typed in Latin letters instead of their own script (fifteenth round): Japanese in romaji
 * (`ja-Latn`), Chinese in pinyin without tones (`zh-Latn`), Korean in romanization (`ko-Latn`) and Russian in
 * transliteration (`ru-Latn`). Chat apps and phone keyboards without the native input make these common. In the
 * notation of `language-cues.ts`, but as whole words (the native Chinese and Japanese tables are substrings);
 * written from general usage, never from evaluation data. A cue is kept out when it is an English word or opens one,
 * since these tables are read in every text.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const JA_LATN: CueTable = {};

export const ZH_LATN: CueTable = {};

export const KO_LATN: CueTable = {};

export const RU_LATN: CueTable = {};
