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

export class TermLengthIndex {
  /** The distinct term lengths, shortest first. */
  private readonly lengths: Int32Array;
  /** Per length (same order): each term text's bits as a whole word (index 0) and as a word start (index 1). */
  private readonly byText: Map<string, [number, number]>[];

  /** `terms` are the bucket's texts with their list bits and whether each is a word start (stem). */
  constructor(terms: readonly { text: string; bits: number; stem: boolean }[]) {
    const byLength = new Map<number, Map<string, [number, number]>>();
    for (const term of terms) {
      let texts = byLength.get(term.text.length);
      if (texts === undefined) byLength.set(term.text.length, (texts = new Map()));
      const bits = texts.get(term.text) ?? [0, 0];
      bits[term.stem ? 1 : 0] |= term.bits;
      texts.set(term.text, bits);
    }
    const sorted = [...byLength.keys()].sort((a, b) => a - b);
    this.lengths = Int32Array.from(sorted);
    this.byText = sorted.map((length) => byLength.get(length) as Map<string, [number, number]>);
  }

  /** The bits of the terms found in `lower` at `at`: a word start anywhere, a whole word only where no word character follows. */
  match(lower: string, at: number): number {
    let found = 0;
    const room = lower.length - at;
    for (let i = 0; i < this.lengths.length; i++) {
      const length = this.lengths[i] as number;
      if (length > room) break;
      const bits = (this.byText[i] as Map<string, [number, number]>).get(lower.slice(at, at + length));
      if (bits === undefined) continue;
      found |= bits[1];
      if (!isWordChar(lower.charCodeAt(at + length))) found |= bits[0];
    }
    return found;
  }
}
