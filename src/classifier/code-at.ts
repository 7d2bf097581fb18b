/**
 * `text.charCodeAt(index)` for reads that may fall outside the text (a look ahead or behind), without making that read.
 * @module
 */

/**
 * `text.charCodeAt(index)`, and NaN outside the text as `charCodeAt` gives there, without reading outside it: one read
 * past either end deoptimizes the calling function, and V8 then calls `charCodeAt` as a generic builtin at that place
 * for the rest of the process, several times the cost of the inlined read (issue 11).
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : NaN;
}
