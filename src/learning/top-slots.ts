/**
 * The heaviest slots of a slot bag, as the stored routing features keep them: per-slot sums of the strong-need
 * vector (repeats add up), the first `limit` of a stable sort by sum, heaviest first (ties in first-seen order).
 * Read straight from the bag with the vector's values, in the vector's order (lexical slots, then flags), without
 * building the vector; sums are grouped by value (a few distinct values: most slots are single words of equal
 * weight) instead of sorted one by one, which orders them the same way.
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
/** Distinct sums and how many slots have each, for {@link groupByValue}. */
const groupSums = new Float64Array(MAX_GROUPS);
const groupCounts = new Int32Array(MAX_GROUPS);

/** `[slot, sum]` of the `limit` heaviest slots of `bag` masked to `bits`, heaviest first, ties in first-seen order. */
export function topSlots(bag: SlotBag, bits: number, limit: number): [number, number][] {
  const mask = (1 << bits) - 1;
  if (slotSums.length <= mask) [slotSums, slotSeen] = [new Float64Array(mask + 1), new Uint8Array(mask + 1)];
  distinctCount = 0;
  addSlots(bag.lexical, bag.lexicalCount, mask, bag.lexicalValue());
  addSlots(bag.flags, bag.flagCount, mask, FLAG_VALUE);
  if (sums.length < distinctCount) sums = new Float64Array(distinctCount * 2);
  for (let i = 0; i < distinctCount; i++) {
    const slot = distinctSlots[i] as number;
    slotSeen[slot] = 0;
    sums[i] = slotSums[slot] as number;
  }
  const [cutOff, atCutOff] = distinctCount <= limit ? [-Infinity, 0] : cutOffOf(distinctCount, limit);
  // The kept ones, in first-seen order: above the cut-off, and at it until the count is full.
  let kept = 0;
  let leftAtCutOff = atCutOff;
  for (let i = 0; i < distinctCount; i++) {
    const sum = sums[i] as number;
    if (sum > cutOff || (sum === cutOff && leftAtCutOff-- > 0)) {
      distinctSlots[kept] = distinctSlots[i] as number;
      sums[kept++] = sum;
    }
  }
  return heaviestFirst(kept);
}

/** Adds `value` to the sum of each of `slots[0..count)` (masked), noting slots met for the first time. */
function addSlots(slots: Int32Array, count: number, mask: number, value: number): void {
  for (let i = 0; i < count; i++) {
    const slot = (slots[i] as number) & mask;
    if (slotSeen[slot] === 0) {
      slotSeen[slot] = 1;
      slotSums[slot] = 0;
      if (distinctCount === distinctSlots.length) distinctSlots = grow(distinctSlots);
      distinctSlots[distinctCount++] = slot;
    }
    slotSums[slot] = (slotSums[slot] as number) + value;
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The sum a stable sort by sum puts at place `limit` (the `limit`-th largest, repeats counted), and how many of the
 * kept slots have exactly that sum.
 */
function cutOffOf(n: number, limit: number): [number, number] {
  const groups = groupByValue(n);
  if (groups < 0) {
    const sorted = Float64Array.from(sums.subarray(0, n)).sort();
    const cutOff = sorted[n - limit] as number;
    let above = 0;
    for (let i = n - 1; i >= 0 && (sorted[i] as number) > cutOff; i--) above++;
    return [cutOff, limit - above];
  }
  let above = 0;
  for (let group = largestBelow(Infinity, groups); ; group = largestBelow(groupSums[group] as number, groups)) {
    const count = groupCounts[group] as number;
    if (above + count >= limit) return [groupSums[group] as number, limit - above];
    above += count;
  }
}

/** `[slot, sum]` of `distinctSlots[0..n)` stably sorted by sum, heaviest first. */
function heaviestFirst(n: number): [number, number][] {
  const top: [number, number][] = [];
  const groups = groupByValue(n);
  if (groups < 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (sums[b] as number) - (sums[a] as number));
    for (const i of order) top.push([distinctSlots[i] as number, sums[i] as number]);
    return top;
  }
  for (let group = largestBelow(Infinity, groups); group >= 0; group = largestBelow(groupSums[group] as number, groups)) {
    const sum = groupSums[group] as number;
    for (let i = 0; i < n; i++) if (sums[i] === sum) top.push([distinctSlots[i] as number, sum]);
  }
  return top;
}

/** Groups `sums[0..n)` by value into `groupSums` / `groupCounts`: the number of groups, or -1 when there are too many. */
function groupByValue(n: number): number {
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const sum = sums[i] as number;
    let group = 0;
    while (group < groups && groupSums[group] !== sum) group++;
    if (group === groups) {
      if (groups === MAX_GROUPS) return -1;
      groupSums[groups] = sum;
      groupCounts[groups++] = 0;
    }
    groupCounts[group] = (groupCounts[group] as number) + 1;
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
