/**
 * Which characters make up words, for the cue matcher, the learned tokenizer and the term scanner.
 * @module
 */

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
