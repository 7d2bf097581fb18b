/**
 * The end of a JSON string, found without reading its characters one by one: the scans that bound a body's or an
 * answer's shape before it is parsed (request bodies in `server/request-shape/json-limits.ts`, upstream answers in
 * `upstream/answer-depth.ts`) skip each string's contents with `indexOf`, so brackets inside strings count for nothing.
 * @module
 */

const BACKSLASH = 0x5c;

/** The index of the quote closing the string that opens at `start` (or the text's length when it never closes). */
export function endOfJsonString(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}
