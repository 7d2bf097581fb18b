/**
 * The learned classifier's hashing: FNV-1a over strings (continuable from a prefix's state, so no string is built),
 * a murmur3 finaliser for slots mixed from other hashes, and a memo for the fixed vocabulary of flag names.
 * @module
 */

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3's), so slots mixed from one hash spread like fresh hashes. */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a's state after "w:" and "p:": a latest-turn word's slot is hashed on from the first, an earlier turn's from the second. */
export const WORD_PREFIX = hashString("w:");
export const PREVIOUS_WORD_PREFIX = hashString("p:");
const BIGRAM_PREFIX = hashString("b:");

/** The slot hash of two adjacent latest-turn words (their `WORD_PREFIX` hashes). */
export function bigramHash(first: number, second: number): number {
  return mix(Math.imul(first ^ BIGRAM_PREFIX, 0x01000193) ^ second);
}

/** Flag names come from a fixed vocabulary: their hashes are remembered. */
const FLAG_HASHES = new Map<string, number>();
const MAX_FLAG_HASHES = 50_000;

export function flagHash(feature: string): number {
  let hash = FLAG_HASHES.get(feature);
  if (hash === undefined) {
    hash = hashString(feature);
    if (FLAG_HASHES.size < MAX_FLAG_HASHES) FLAG_HASHES.set(feature, hash);
  }
  return hash;
}
