import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SlotBag } from "../classifier/learned/slot-bag.js";
import { topSlots } from "./top-slots.js";

/** The definition: per-slot sums in the vector's order (lexical slots, then flags), a stable sort by sum, the first `limit`. */
function referenceTop(bag: SlotBag, bits: number, limit: number): [number, number][] {
  const mask = (1 << bits) - 1;
  const sums = new Map<number, number>();
  const add = (slot: number, value: number): void => void sums.set(slot & mask, (sums.get(slot & mask) ?? 0) + value);
  for (let i = 0; i < bag.lexicalCount; i++) add(bag.lexical[i] as number, bag.lexicalValue());
  for (let i = 0; i < bag.flagCount; i++) add(bag.flags[i] as number, 0.25);
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

function bagOf(lexical: readonly number[], flags: readonly number[], bits: number): SlotBag {
  const bag = new SlotBag().reset((1 << bits) - 1);
  for (const slot of lexical) bag.lexHash(slot);
  for (const slot of flags) bag.flagHashed(slot);
  return bag;
}

describe("topSlots", () => {
  // First in the file: the reused table only grows, and a small one (as a short conversation leaves it) is where slots
  // share places most. Uniform slots from a fixed generator: fast-check's integers lean to small values and repeats.
  it("leaves nothing behind for the next call, over many calls of slots that share places in the table", () => {
    let seed = 1;
    const random = (below: number): number => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * below);
    for (let call = 0; call < 2000; call++) {
      const lexical = Array.from({ length: 1 + random(300) }, () => random(600));
      const filled = bagOf(lexical, lexical.slice(0, random(8)), 16);
      expect(topSlots(filled, 16, 5000)).toEqual(referenceTop(filled, 16, 5000));
    }
  });

  it("keeps the heaviest slots, ties in first-seen order, for bags of any size, repeats and number of distinct sums", () => {
    // Few distinct slots (many repeats, few groups) and many (more than 64 distinct sums: the sorting path), slots that
    // collide once masked, and bags larger than the reused tables (they grow).
    const slot = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x7fffffff }));
    const bag = fc.record({ lexical: fc.array(slot, { maxLength: 3000 }), flags: fc.array(slot, { maxLength: 300 }) });
    // Several bags in a row: each call must leave the reused table as it found it.
    fc.assert(
      fc.property(fc.array(bag, { minLength: 1, maxLength: 4 }), fc.constantFrom(6, 16, 20), fc.constantFrom(1, 64, 5000), (bags, bits, limit) => {
        for (const { lexical, flags } of bags) {
          const filled = bagOf(lexical, flags, 20);
          expect(topSlots(filled, bits, limit)).toEqual(referenceTop(filled, bits, limit));
        }
      }),
      { numRuns: 300 },
    );
  });
});
