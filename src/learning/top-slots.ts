/**
 * The heaviest slots of a slot bag, as the stored routing features keep them: per-slot sums of the strong-need
 * vector (repeats add up), the first `limit` of a stable sort by sum, heaviest first (ties in first-seen order).
 * Read straight from the bag with the vector's values, in the vector's order (lexical slots, then flags), without
 * building the vector. The sums are grouped by value (a few distinct values: most slots are single words of equal
 * weight) and the slots placed group by group, which orders them as the stable sort does; a sort remains for more
 * than MAX_GROUPS distinct sums.
 *
 * The slots are found again through a small open-addressed table sized to the bag (tenth pass of issue 11): a table
 * indexed by slot (2^16 sums and marks, 576 KB) put each slot on a cache line of its own, which an explicit-model
 * label, run once between other processes' work, read from memory every time.
 * @module
 */
import type { SlotBag } from "../classifier/learned/slot-bag.js";

/** The value of a flag slot in the strong-need vector. */
const FLAG_VALUE = 0.25;
/** Up to this many distinct sums are grouped; more fall back to a sort. */
const MAX_GROUPS = 64;

/**
 * The distinct slots of the current call in first-seen order and their sums (reused; extraction is synchronous), and
 * the table that finds a slot's place among them: `places[i]` is that place + 1 (0: empty), open addressing.
 */
let distinctSlots = new Int32Array(256);
/** Where each distinct slot sits in `places`, to empty the table after the call. */
let distinctAt = new Int32Array(256);
let distinctCount = 0;
let sums = new Float64Array(256);
let places = new Int32Array(512);
/** Distinct sums, how many slots have each, each slot's group, and the groups heaviest first (see {@link groupByValue}). */
const groupSums = new Float64Array(MAX_GROUPS);
const groupCounts = new Int32Array(MAX_GROUPS);
const groupStarts = new Int32Array(MAX_GROUPS);
const groupsByWeight = new Int32Array(MAX_GROUPS);
let slotGroups = new Uint8Array(256);

/** `[slot, sum]` of the `limit` heaviest slots of `bag` masked to `bits`, heaviest first, ties in first-seen order. */
export function topSlots(bag: SlotBag, bits: number, limit: number): [number, number][] {
  const mask = (1 << bits) - 1;
  const most = bag.lexicalCount + bag.flagCount;
  // At most half full: a lookup ends within a few probes.
  if (places.length < most * 2) places = new Int32Array(tableSize(most * 2));
  if (sums.length < most) [distinctSlots, distinctAt, sums, slotGroups] = [new Int32Array(most * 2), new Int32Array(most * 2), new Float64Array(most * 2), new Uint8Array(most * 2)];
  distinctCount = 0;
  addSlots(bag.lexical, bag.lexicalCount, mask, bag.lexicalValue());
  addSlots(bag.flags, bag.flagCount, mask, FLAG_VALUE);
  const n = distinctCount;
  // Empty the table for the next call: only the entries this one filled.
  const table = places;
  const at = distinctAt;
  for (let i = 0; i < n; i++) table[at[i] as number] = 0;
  const groups = groupByValue(n);
  return groups < 0 ? bySorting(n, limit) : byGroups(n, groups, limit);
}

/** The smallest power of two ≥ `n` (and ≥ 512). */
function tableSize(n: number): number {
  let size = 512;
  while (size < n) size *= 2;
  return size;
}

/** Where `slot` is in the table, or the empty entry where it would go. */
function probe(table: Int32Array, tableMask: number, slot: number): number {
  let at = (Math.imul(slot, 0x9e3779b1) >>> 8) & tableMask;
  for (;;) {
    const place = table[at] as number;
    if (place === 0 || distinctSlots[place - 1] === slot) return at;
    at = (at + 1) & tableMask;
  }
}

/** Adds `value` to the sum of each of `slots[0..count)` (masked), noting slots met for the first time. */
function addSlots(slots: Int32Array, count: number, mask: number, value: number): void {
  // The module's tables in locals for the loop (a module-level `let` is loaded and checked at each use).
  const table = places;
  const tableMask = table.length - 1;
  const distinct = distinctSlots;
  const distinctPlaces = distinctAt;
  const sum = sums;
  let n = distinctCount;
  for (let i = 0; i < count; i++) {
    const slot = (slots[i] as number) & mask;
    const at = probe(table, tableMask, slot);
    let place = table[at] as number;
    if (place === 0) {
      distinct[n] = slot;
      distinctPlaces[n] = at;
      sum[n] = 0;
      place = ++n;
      table[at] = place;
    }
    sum[place - 1] = (sum[place - 1] as number) + value;
  }
  distinctCount = n;
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
