/**
 * The learned classifier's hot loop: for a list of slots, the column sums of their weight rows.
 * Written with local accumulators instead of an inner loop over columns, so V8 keeps them in registers.
 * The columns are summed in groups of seven, one pass over the slots per group: sixteen accumulators in one
 * pass (the earlier kernel) are more than x64 has registers for, and the spills made it ~1.7× slower.
 * Each column is still summed over the same rows in the same order, so the sums are bit for bit the same.
 * @module
 */

/** Columns one pass sums. */
const GROUP = 7;
/**
 * Tables up to this many columns take the grouped passes; wider ones the plain loop. Rows that start within this
 * many values of the table's end are added straight into `out` (before the other rows' sums): the order of the
 * earlier sixteen-wide kernel, kept so every sum stays bit for bit the same.
 */
const TAIL = 16;

/**
 * Adds, for each column `c < columns`, the sum over `slots[from..count)` of `weights[slot * stride + c]`
 * into `out[c]`.
 */
export function sumRows(weights: Float32Array, stride: number, columns: number, slots: Int32Array, count: number, out: Float64Array, from = 0): void {
  if (columns > TAIL) return sumRowsPlain(weights, stride, columns, slots, count, out, from);
  for (let first = 0; first < columns; first += GROUP) {
    const width = Math.min(GROUP, columns - first);
    // Seven reads past column 14 could leave the table: the last one or two columns of a 15- or 16-column table.
    if (first + GROUP <= TAIL) sumGroup(weights, stride, first, width, slots, from, count, out);
    else sumGroupLoop(weights, stride, first, width, slots, from, count, out);
  }
}

/** Columns `first..first + width)` (width ≤ 7) of the rows; reads seven columns and drops the extra ones. */
function sumGroup(w: Float32Array, stride: number, first: number, width: number, slots: Int32Array, from: number, count: number, out: Float64Array): void {
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
  const safeEnd = w.length - TAIL;
  for (let j = from; j < count; j++) {
    const b = (slots[j] as number) * stride;
    if (b > safeEnd) {
      // The table's last rows: read only what exists.
      for (let c = first; c < first + width; c++) out[c] = (out[c] as number) + (w[b + c] as number);
      continue;
    }
    // Columns past `width` read the next columns (or row) within the table; they are summed and dropped.
    const g = b + first;
    a0 += w[g] as number; a1 += w[g + 1] as number; a2 += w[g + 2] as number; a3 += w[g + 3] as number;
    a4 += w[g + 4] as number; a5 += w[g + 5] as number; a6 += w[g + 6] as number;
  }
  const sums = [a0, a1, a2, a3, a4, a5, a6];
  for (let c = 0; c < width; c++) out[first + c] = (out[first + c] as number) + (sums[c] as number);
}

/** {@link sumGroup} with an inner loop over the columns: the same sums in the same order. */
function sumGroupLoop(w: Float32Array, stride: number, first: number, width: number, slots: Int32Array, from: number, count: number, out: Float64Array): void {
  const sums = new Float64Array(width);
  const safeEnd = w.length - TAIL;
  for (let j = from; j < count; j++) {
    const b = (slots[j] as number) * stride + first;
    const into = b - first > safeEnd ? out.subarray(first) : sums;
    for (let c = 0; c < width; c++) into[c] = (into[c] as number) + (w[b + c] as number);
  }
  for (let c = 0; c < width; c++) out[first + c] = (out[first + c] as number) + (sums[c] as number);
}

function sumRowsPlain(w: Float32Array, stride: number, columns: number, slots: Int32Array, count: number, out: Float64Array, from: number): void {
  for (let j = from; j < count; j++) {
    const b = (slots[j] as number) * stride;
    for (let c = 0; c < columns; c++) out[c] = (out[c] as number) + (w[b + c] as number);
  }
}
