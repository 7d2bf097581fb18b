/**
 * Counts the numbers of a text in any script's digits. Read through `numeric-domain.ts`.
 * @module
 */

/**
 * The zero of each block of decimal digits past ASCII (sixteenth round): Arabic-Indic and Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian
 * and full-width: "५०,००० रुपैयाँ" holds numbers too.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];

function isDigit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  if (c < 0x660) return false;
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return true;
  return false;
}

/** Counts the numbers (digit runs) of a text, up to `max`: ASCII digits and the native digits of other scripts. */
export function countNumbers(text: string, max = 8): number {
  let count = 0;
  let inNumber = false;
  for (let i = 0; i < text.length && count < max; i++) {
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    if (digit && !inNumber) count++;
    inNumber = digit || (inNumber && (c === 46 || c === 44) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1)));
  }
  return count;
}
