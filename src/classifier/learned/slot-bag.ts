/**
 * The learned classifier's per-head slot bag: hashed lexical slots and flags of one call, in reused typed arrays,
 * and the sparse vector they make.
 * @module
 */
import { flagHash, hashString, mix } from "./feature-hash.js";

/** A sparse feature vector: slot indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const PREFIX_CROSS = hashString("x:");

/**
 * Hashed slots of one head: lexical slots (repeats count again) and flags (structure, cues). The
 * classifier reuses one bag per head across calls (classification is synchronous), so extracting
 * features allocates almost nothing.
 */
export class SlotBag {
  lexical = new Int32Array(2048);
  lexicalCount = 0;
  flags = new Int32Array(256);
  flagCount = 0;
  private mask = 0;
  private conversationMark = -1;
  get slotMask(): number {
    return this.mask;
  }
  /** Index in `flags` where the conversation layer's flags begin (`flagCount` when there are none). */
  get conversationStart(): number {
    return this.conversationMark < 0 ? this.flagCount : this.conversationMark;
  }
  reset(mask: number): this {
    this.mask = mask;
    this.lexicalCount = 0;
    this.flagCount = 0;
    this.conversationMark = -1;
    return this;
  }
  /** The flags added from now on are the conversation layer's. */
  markConversationFlags(): void {
    this.conversationMark = this.flagCount;
  }
  /** The lexical array, with room for `more` slots past `lexicalCount` (for a caller that writes them itself). */
  reserveLexical(more: number): Int32Array {
    while (this.lexicalCount + more > this.lexical.length) this.lexical = grow(this.lexical);
    return this.lexical;
  }
  lexHash(hash: number): void {
    if (this.lexicalCount === this.lexical.length) this.lexical = grow(this.lexical);
    this.lexical[this.lexicalCount++] = hash & this.mask;
  }
  flag(feature: string): void {
    this.flagHashed(flagHash(feature));
  }
  /** The flag `prefix + name`, from the prefix's FNV state (`hashString(prefix)`): no string built. */
  flagPrefixed(prefixState: number, name: string): void {
    this.flagHashed(hashString(name, prefixState));
  }
  flagHashed(hash: number): void {
    if (this.flagCount === this.flags.length) this.flags = grow(this.flags);
    this.flags[this.flagCount++] = hash & this.mask;
  }
  /** The cross feature "a and b", hashed from the two names' hashes (no string built). */
  flagPair(a: string, b: string): void {
    if (this.flagCount === this.flags.length) this.flags = grow(this.flags);
    this.flags[this.flagCount++] = mix(Math.imul(flagHash(a) ^ PREFIX_CROSS, 0x01000193) ^ flagHash(b)) & this.mask;
  }
  /** The value of each lexical slot in {@link toVector}'s vector (an L2 norm of about 1, as a 32-bit float). */
  lexicalValue(): number {
    return Math.fround(1 / Math.sqrt(Math.max(1, this.lexicalCount)));
  }
  /**
   * A copy as a sparse vector: lexical slots share an L2 norm of about 1; flags count `flagValue` each. A `mask`
   * narrower than the bag's own gives the slots a smaller table would have had (slots are `hash & mask`).
   */
  toVector(flagValue: number, mask = this.mask): SparseVector {
    const n = this.lexicalCount;
    const indices = new Int32Array(n + this.flagCount);
    indices.set(this.lexical.subarray(0, n));
    indices.set(this.flags.subarray(0, this.flagCount), n);
    if (mask !== this.mask) for (let i = 0; i < indices.length; i++) indices[i] = (indices[i] as number) & mask;
    const values = new Float32Array(indices.length);
    values.fill(this.lexicalValue(), 0, n);
    values.fill(flagValue, n);
    return { indices, values };
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
