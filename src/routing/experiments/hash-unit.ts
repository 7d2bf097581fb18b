/**
 * The deterministic hash behind arm assignment: FNV-1a (32-bit) followed by murmur3's `fmix32` finalizer, so
 * near-identical units (`user-1`, `user-2`, ...) still spread evenly over [0, 1).
 * @module
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hashes a string to an unsigned 32-bit integer (UTF-16 code units, stable across processes and machines). */
export function hash32(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The arms of an experiment. */
export type ExperimentArm = "control" | "variant";

/**
 * The arm of `unit` in `experiment`: `hash32(experiment + "\u0000" + unit) / 2^32 < share` → variant.
 * The same experiment and unit always land in the same arm; raising `share` only moves control units to variant.
 */
export function assignArm(experiment: string, unit: string, share: number): ExperimentArm {
  return hash32(`${experiment}\u0000${unit}`) / 4_294_967_296 < share ? "variant" : "control";
}
