import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumRows } from "./sum-rows.js";

/**
 * The order the sums have always had (the sixteen-wide kernel's): rows starting within the table's last 16 values
 * are added straight into `out`; every other row is summed per column in slot order from 0, and that sum is then
 * added to `out`. The kernel must give these sums bit for bit.
 */
function reference(w: Float32Array, stride: number, columns: number, slots: Int32Array, count: number, out: Float64Array, from: number): void {
  const sums = new Float64Array(columns);
  for (let j = from; j < count; j++) {
    const b = (slots[j] as number) * stride;
    for (let c = 0; c < columns; c++) {
      if (b > w.length - 16) out[c] = (out[c] as number) + (w[b + c] as number);
      else sums[c] = (sums[c] as number) + (w[b + c] as number);
    }
  }
  for (let c = 0; c < columns; c++) out[c] = (out[c] as number) + (sums[c] as number);
}

describe("sumRows", () => {
  it("gives the column sums in the order they have always had, bit for bit", () => {
    const shapes = fc.constantFrom([14, 13], [8, 7], [3, 2], [15, 14], [17, 16], [16, 15], [2, 1]);
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(), { maxLength: 40 }), fc.nat(5), fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 16, maxLength: 16 }), ([stride, columns], rows, picks, from, start) => {
        const w = new Float32Array(rows * stride).map((_, i) => Math.sin(i * 12.9898) * 10 ** (i % 7));
        const slots = Int32Array.from(picks, (pick) => (pick % 5 === 0 ? rows - 1 : pick % rows));
        const expected = Float64Array.from(start.slice(0, columns));
        const actual = Float64Array.from(expected);
        reference(w, stride, columns, slots, slots.length, expected, Math.min(from, slots.length));
        sumRows(w, stride, columns, slots, slots.length, actual, Math.min(from, slots.length));
        expect([...actual]).toEqual([...expected]);
      }),
    );
  });
});
