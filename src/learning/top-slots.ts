/**
 * The heaviest slots of a slot bag, as the stored routing features keep them: per-slot sums of the strong-need
 * vector (repeats add up), the first `limit` of a stable sort by sum, heaviest first (ties in first-seen order).
 * Read straight from the bag with the vector's values, in the vector's order (lexical slots, then flags), without
 * building the vector. The sums are grouped by value (a few distinct values: most slots are single words of equal
 * weight) and the slots placed group by group, which orders them as the stable sort does; a sort remains for more
 * than MAX_GROUPS distinct sums.
 * @module
 */
import type { SlotBag } from "../classifier/learned/slot-bag.js";

/** The value of a flag slot in the strong-need vector. */
const FLAG_VALUE = 0.25;
/** Up to this many distinct sums are grouped; more fall back to a sort. */
const MAX_GROUPS = 64;

/** Per-slot sums of the current call and the distinct slots in first-seen order (reused; extraction is synchronous). */
let slotSums = new Float64Array(0);
let slotSeen = new Uint8Array(0);
let distinctSlots = new Int32Array(256);
let distinctCount = 0;
/** The distinct slots' sums side by side (the per-slot table is large: it is read once per slot). */
let sums = new Float64Array(256);
/** Distinct sums, how many slots have each, each slot's group, and the groups heaviest first (see {@link groupByValue}). */
const groupSums = new Float64Array(MAX_GROUPS);
const groupCounts = new Int32Array(MAX_GROUPS);
const groupStarts = new Int32Array(MAX_GROUPS);
const groupsByWeight = new Int32Array(MAX_GROUPS);
let slotGroups = new Uint8Array(256);

/** `[slot, sum]` of the `limit` heaviest slots of `bag` masked to `bits`, heaviest first, ties in first-seen order. */
export function topSlots(bag: SlotBag, bits: number, limit: number): [number, number][] {
  const mask = (1 << bits) - 1;
  if (slotSums.length <= mask) [slotSums, slotSeen] = [new Float64Array(mask + 1), new Uint8Array(mask + 1)];
  distinctCount = 0;
  addSlots(bag.lexical, bag.lexicalCount, mask, bag.lexicalValue());
  addSlots(bag.flags, bag.flagCount, mask, FLAG_VALUE);
  const n = distinctCount;
  if (sums.length < n) [sums, slotGroups] = [new Float64Array(n * 2), new Uint8Array(n * 2)];
  // The module's tables in locals for the loops (a module-level `let` is loaded and checked at each use).
  const distinct = distinctSlots;
  const seen = slotSeen;
  const slotSum = slotSums;
  const sum = sums;
  for (let i = 0; i < n; i++) {
    const slot = distinct[i] as number;
    seen[slot] = 0;
    sum[i] = slotSum[slot] as number;
  }
  const groups = groupByValue(n);
  return groups < 0 ? bySorting(n, limit) : byGroups(n, groups, limit);
}

/** Adds `value` to the sum of each of `slots[0..count)` (masked), noting slots met for the first time. */
function addSlots(slots: Int32Array, count: number, mask: number, value: number): void {
  const seen = slotSeen;
  const slotSum = slotSums;
  let distinct = distinctSlots;
  let n = distinctCount;
  for (let i = 0; i < count; i++) {
    const slot = (slots[i] as number) & mask;
    if (seen[slot] === 0) {
      seen[slot] = 1;
      slotSum[slot] = 0;
      if (n === distinct.length) distinct = grow(distinct);
      distinct[n++] = slot;
    }
    slotSum[slot] = (slotSum[slot] as number) + value;
  }
  distinctSlots = distinct;
  distinctCount = n;
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The definition itself: a stable sort of the `n` distinct slots by sum, heaviest first, cut at `limit`. */
function bySorting(n: number, limit: number): [number, number][] {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (sums[b] as number) - (sums[a] as number));
  return order.slice(0, limit).map((i): [number, number] => [distinctSlots[i] as number, sums[i] as number]);
}

/**
 * The same answer from the groups: with the groups heaviest first, each slot's place in the stable sort is its
 * group's start plus the slots of its group seen before it; the slots placed before `limit` are kept.
 */
function byGroups(n: number, groups: number, limit: number): [number, number][] {
  for (let rank = 0, place = 0; rank < groups; rank++) {
    const group = groupsByWeight[rank] as number;
    groupStarts[group] = place;
    place += groupCounts[group] as number;
  }
  const top = new Array<[number, number]>(Math.min(n, limit));
  const groupOf = slotGroups;
  const distinct = distinctSlots;
  const sum = sums;
  for (let i = 0; i < n; i++) {
    const group = groupOf[i] as number;
    const place = groupStarts[group] as number;
    groupStarts[group] = place + 1;
    if (place < limit) top[place] = [distinct[i] as number, sum[i] as number];
  }
  return top;
}

/**
 * Groups `sums[0..n)` by value: `groupSums`, `groupCounts`, each slot's group in `slotGroups`, and the groups in
 * `groupsByWeight` heaviest first. The number of groups, or -1 when there are more than MAX_GROUPS.
 */
function groupByValue(n: number): number {
  let groups = 0;
  const slotSum = sums;
  const groupOf = slotGroups;
  for (let i = 0; i < n; i++) {
    const sum = slotSum[i] as number;
    let group = 0;
    while (group < groups && groupSums[group] !== sum) group++;
    if (group === groups) {
      if (groups === MAX_GROUPS) return -1;
      groupSums[groups] = sum;
      groupCounts[groups++] = 0;
    }
    groupCounts[group] = (groupCounts[group] as number) + 1;
    groupOf[i] = group;
  }
  for (let rank = 0, bound = Infinity; rank < groups; rank++) {
    const group = largestBelow(bound, groups);
    groupsByWeight[rank] = group;
    bound = groupSums[group] as number;
  }
  return groups;
}

/** The group with the largest sum below `bound`, or -1. */
function largestBelow(bound: number, groups: number): number {
  let best = -1;
  for (let group = 0; group < groups; group++) {
    const sum = groupSums[group] as number;
    if (sum < bound && (best < 0 || sum > (groupSums[best] as number))) best = group;
  }
  return best;
}
