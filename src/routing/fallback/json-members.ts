/**
 * The top-level members of a JSON object's text, with where each one's text starts and ends, for editing a body
 * by splicing (upstream-body.ts). One pass over the text; string contents are skipped with `indexOf`, so a long
 * conversation costs little more than its structure.
 *
 * The reader refuses (returns undefined) any text whose members could read differently in another JSON parser than
 * in `JSON.parse`, so that a spliced body means to every upstream exactly what the gateway read:
 * - a number not written as `JSON.stringify` writes it (`1.0`, `1e2`, `-0`, `1E400`, 20-digit integers): parsers
 *   differ on integers against floats, on precision and on overflow;
 * - a key repeated at the top level (parsers differ on which one wins). Repeated keys deeper down are found by the
 *   caller: each member's `colons` counts the keys written inside its value, which the parsed value must match.
 * @module
 */

/** One top-level member: `text.slice(start, end)` is `"key": value` as written. */
export interface JsonMember {
  key: string;
  start: number;
  end: number;
  /** Keys written inside the value (its `:` outside strings), at any depth. */
  colons: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** The members of the object `text` holds, in order; undefined when the text is not one or is refused (see above). */
export function readJsonMembers(text: string): JsonMember[] | undefined {
  let index = skipSpace(text, 0);
  if (text.charCodeAt(index) !== OPEN_OBJECT) return undefined;
  index = skipSpace(text, index + 1);
  const members: JsonMember[] = [];
  const seen = new Set<string>();
  if (text.charCodeAt(index) === CLOSE_OBJECT) return skipSpace(text, index + 1) === text.length ? members : undefined;
  for (;;) {
    if (text.charCodeAt(index) !== QUOTE) return undefined;
    const start = index;
    const keyEnd = closingQuote(text, index);
    if (keyEnd < 0) return undefined;
    const key = readKey(text, start, keyEnd);
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    index = skipSpace(text, keyEnd + 1);
    if (text.charCodeAt(index) !== COLON) return undefined;
    const value = readValue(text, skipSpace(text, index + 1));
    if (!value) return undefined;
    members.push({ key, start, end: value.end, colons: value.colons });
    index = skipSpace(text, value.end);
    const next = text.charCodeAt(index);
    if (next === CLOSE_OBJECT) return skipSpace(text, index + 1) === text.length ? members : undefined;
    if (next !== COMMA) return undefined;
    index = skipSpace(text, index + 1);
  }
}

/** Where the value starting at `index` ends (just after it) and the keys inside it; undefined when refused. */
function readValue(text: string, index: number): { end: number; colons: number } | undefined {
  const start = index;
  let depth = 0;
  let colons = 0;
  let end = index;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const close = closingQuote(text, index);
      if (close < 0) return undefined;
      index = close + 1;
      end = index;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      index += 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (depth === 0) break;
      depth -= 1;
      index += 1;
      end = index;
    } else if (code === COMMA) {
      if (depth === 0) break;
      index += 1;
    } else if (code === COLON) {
      colons += 1;
      index += 1;
    } else if (code === MINUS || (code >= DIGIT_0 && code <= DIGIT_9)) {
      const tokenEnd = numberEnd(text, index);
      const token = text.slice(index, tokenEnd);
      if (String(Number(token)) !== token) return undefined;
      index = tokenEnd;
      end = index;
    } else if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      index += 1;
    } else {
      // A letter of true, false or null.
      index += 1;
      end = index;
    }
  }
  return depth === 0 && end > start ? { end, colons } : undefined;
}

/** A key's text: as written when it has no escapes, else what JSON.parse reads. */
function readKey(text: string, open: number, close: number): string | undefined {
  const raw = text.slice(open + 1, close);
  if (!raw.includes("\\")) return raw;
  try {
    const key: unknown = JSON.parse(text.slice(open, close + 1));
    return typeof key === "string" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The index of the quote closing the string that opens at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/** Just after the number token starting at `index` (digits, sign, point, exponent). */
function numberEnd(text: string, index: number): number {
  let end = index + 1;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    const numeric = (code >= DIGIT_0 && code <= DIGIT_9) || code === MINUS || code === 0x2b || code === 0x2e || code === 0x65 || code === 0x45;
    if (!numeric) break;
  }
  return end;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    index += 1;
  }
  return index;
}
