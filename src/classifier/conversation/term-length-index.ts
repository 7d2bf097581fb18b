/**
 * A large bucket of a term scanner, indexed by term length: the terms one first word or key finds can number in the
 * thousands (~13,000 expansions start with the word "what"), and checking each against the text was a tenth of a
 * varied conversation's decision (issue 11, twentieth pass). With the terms grouped by length, a position costs one
 * map lookup per distinct length instead of one comparison per term, and finds the same terms.
 * @module
 */
import { isWordChar } from "./cue-matcher.js";

/** Buckets with more terms than this get an index; smaller ones are cheaper to walk. */
export const INDEXED_BUCKET = 48;

type BitsByText = Map<string, number>;

export class TermLengthIndex {
  /** The distinct term lengths, shortest first. */
  private readonly lengths: Int32Array;
  /** Per length (same order): each whole-word term's list bits, by its text. */
  private readonly words: BitsByText[];
  /** Per length: each word start's (stem's) list bits; undefined where that length has none (most have none). */
  private readonly stems: (BitsByText | undefined)[];

  /** `terms` are the bucket's texts with their list bits and whether each is a word start (stem). */
  constructor(terms: readonly { text: string; bits: number; stem: boolean }[]) {
    const words = new Map<number, BitsByText>();
    const stems = new Map<number, BitsByText>();
    for (const term of terms) {
      const byLength = term.stem ? stems : words;
      let texts = byLength.get(term.text.length);
      if (texts === undefined) byLength.set(term.text.length, (texts = new Map()));
      texts.set(term.text, (texts.get(term.text) ?? 0) | term.bits);
    }
    const sorted = [...new Set([...words.keys(), ...stems.keys()])].sort((a, b) => a - b);
    this.lengths = Int32Array.from(sorted);
    this.words = sorted.map((length) => words.get(length) ?? EMPTY);
    this.stems = sorted.map((length) => stems.get(length));
  }

  /** The bits of the terms found in `lower` at `at`: a word start anywhere, a whole word only where no word character follows. */
  match(lower: string, at: number): number {
    let found = 0;
    const room = lower.length - at;
    for (let i = 0; i < this.lengths.length; i++) {
      const length = this.lengths[i] as number;
      if (length > room) break;
      const text = lower.slice(at, at + length);
      const stem = this.stems[i]?.get(text);
      if (stem !== undefined) found |= stem;
      const word = (this.words[i] as BitsByText).get(text);
      if (word !== undefined && !isWordChar(lower.charCodeAt(at + length))) found |= word;
    }
    return found;
  }
}

const EMPTY: BitsByText = new Map();
