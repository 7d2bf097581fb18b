/**
 * Cue words as typed without their accents (twelfth round). People write to a model from phones and US keyboards:
 * "prelozit do anglictiny", "traduccion al ingles", "ozetle", "ubersetze", "tom tat". Every cue of a space-separated
 * Latin-script table is also matched in its unaccented form: combining marks dropped after Unicode decomposition,
 * and the letters decomposition keeps (ł, đ, ø, ı, ß, æ; Hausa ɓ, ɗ, ƙ, ƴ) written as their plain neighbours.
 *
 * A folded form that is a common word of another language (English above all) with another meaning, or a word
 * another cue already names, is not added: "resume" (a French and Spanish summary cue, an English CV), "lose"
 * (German "löse", solve), "funcion*" (would catch Spanish "funciona", it works). The look-alike test
 * (`language-cues-tail.test.ts`) checks the folded forms against every language's common words.
 * @module
 */

/** Hausa's hooked letters (sixteenth round) are typed plain on most keyboards: "takaita" for taƙaita, "fada" for faɗa. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ł: "l", đ: "d", ø: "o", ı: "i", ß: "ss", æ: "ae", ɓ: "b", ɗ: "d", ƙ: "k", ƴ: "y" };
const SPECIAL = /[łđøıßæɓɗƙƴ]/g;
const MARKS = /[\u0300-\u036f]/g;
/** The unaccented form must be plain lower-case Latin text, digits, spaces and light punctuation. */
const PLAIN = /^[a-z0-9 '\-.,;:?]+$/;

/**
 * Unaccented forms that are words of their own elsewhere, or that as prefixes would catch them (the stem ends where
 * the accent was). Found by checking every folded cue against English and the look-alike lists.
 */
const NOT_FOLDED: ReadonlySet<string> = new Set([
  "resume", // English (a CV); French/Spanish résumé, Danish resumé
  "resum", // English resume, Spanish "resumen" has its own cue
  "lose", // English; German löse (solve)
  "funcion", // Spanish "funciona" (it works): a code_generation prefix would catch "no funciona"
  "evalua", // English evaluate (the English table has its own analysis cues)
  "logica", // English logical
  "implement", // the English table's own cue
  "equation", // the English table's own cue
  "analyz", // English analyze: the English table's analy*
  "integral", // the English table's own cue
  "hello", // the English table's own cue
  "resi", // Indonesian/Malay "resi" (a parcel receipt); Serbian/Slovenian reši (solve)
  "tolki", // English "Tolkien"; Estonian tõlki* (translate)
  "com estas", // Portuguese "com estas notas" (with these notes); Catalan com estàs (how are you)
  "posud", // Croatian "posudi" (lend), "posuda" (a dish); Czech posuď* (judge)
  "i anglu kalba", // opens with English "I": every "I" of an English text would be checked against it
  // German kürz* (shorten) folds onto kurz (short, briefly), an everyday word: "kurze Bitte an dich", "kannst du mir kurz
  // das erklären", "kurzer Hinweis" (thirteenth round); fläche* (area) onto flache (flat).
  "kurz das",
  "kurz den",
  "kurz diesen",
  "kurz bitte",
  "kurze bitte",
  "kurze den",
  "kurze diesen",
  "kurze das",
  "kurzer",
  "flache",
  "oneri", // Italian "oneri" (charges, on a bill); Turkish öneri (a suggestion)
]);

/**
 * Shorter unaccented forms are too often words elsewhere: Turkish "çöz*" (solve) as "coz*" would catch English "cozy",
 * Vietnamese "dịch" (translate) as "dich" is German "you", Croatian "šale" (jokes) as "sale" is English and Spanish,
 * Norwegian "gåte" (riddle) as "gate" English. A word stem needs five letters, a single word six, a phrase four.
 */
const MIN_PREFIX = 5;
const MIN_WORD = 6;
const MIN_PHRASE = 4;

/**
 * `text` (a cue as written, `prefix` when it is a stem) without its accents; undefined when it has none, is not
 * plain Latin afterwards, is too short or is kept out.
 */
export function foldedCue(text: string, prefix: boolean): string | undefined {
  const folded = text.normalize("NFD").replace(MARKS, "").replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter);
  if (folded === text || !PLAIN.test(folded) || NOT_FOLDED.has(folded)) return undefined;
  const least = prefix ? MIN_PREFIX : folded.includes(" ") ? MIN_PHRASE : MIN_WORD;
  return folded.length < least ? undefined : folded;
}
