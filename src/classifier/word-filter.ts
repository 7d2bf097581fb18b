/**
 * A quick "might this word be in the list?" by its first character and length: two reads of the string, no
 * hashing. A word the filter passes is then looked up for real; one it rejects cannot be in the list.
 * @module
 */

/** Length classes kept apart; longer words share the last one. */
const LENGTHS = 32;

/** The words' (first character, length) pairs, for {@link WordFilter.mayHold}. */
export class WordFilter {
  readonly #slots = new Uint8Array(256 * LENGTHS);

  constructor(words: Iterable<string>) {
    for (const word of words) this.#slots[slot(word)] = 1;
  }

  /** False only when `word` is none of the words (its first character and length match none of theirs). */
  mayHold(word: string): boolean {
    return this.#slots[slot(word)] === 1;
  }

  /** {@link mayHold} for the word `text[start..start + length)`, without building its string. */
  mayHoldAt(text: string, start: number, length: number): boolean {
    return this.#slots[slotOf(text.charCodeAt(start), length)] === 1;
  }
}

/** Characters past 255 fold onto the low byte: a shared slot only costs a real lookup. */
function slot(word: string): number {
  return slotOf(word.charCodeAt(0), word.length);
}

function slotOf(first: number, length: number): number {
  return ((first & 0xff) << 5) | Math.min(length, LENGTHS - 1);
}
