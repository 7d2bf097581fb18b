/**
 * The stored routing features as JSON text, exactly as `JSON.stringify` writes them, without its cost. The features
 * (learning/routing-features.ts) are a flat object and up to 64 `[slot, value]` pairs whose values repeat in runs
 * (the pairs are sorted by value, and most values are one word's weight): `JSON.stringify` formats every double
 * afresh (~150 ns each), which made it 2.2% of the gateway's busy time at 50 connections. Here a repeated value
 * reuses the text of the one before it. Anything outside that shape (nested objects, odd numbers, a prototype
 * other than Object's) goes to `JSON.stringify` whole, so the text is always the same as its.
 * @module
 */

/** Keys met so far with their JSON text (a record has seven; bounded in case of a caller with many). */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 64;

/** `JSON.stringify(features)`, faster for the stored-features shape. */
export function featuresJson(features: Readonly<Record<string, unknown>>): string {
  if (Object.getPrototypeOf(features) !== Object.prototype || typeof features.toJSON === "function") return JSON.stringify(features);
  let out = "{";
  for (const key of Object.keys(features)) {
    const value = features[key];
    let text: string | undefined;
    if (typeof value === "string") text = JSON.stringify(value);
    else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "null";
    else if (typeof value === "boolean") text = value ? "true" : "false";
    else if (value === null) text = "null";
    else if (Array.isArray(value)) text = numberRowsJson(value);
    // undefined, functions, symbols, bigints, objects: JSON.stringify decides (omits, throws, or recurses).
    if (text === undefined) return JSON.stringify(features);
    out += `${out.length === 1 ? "" : ","}${quoteKey(key)}:${text}`;
  }
  return `${out}}`;
}

/**
 * `[[n, ...], ...]` for an array of arrays of finite numbers; undefined for anything else. Each row's text is one
 * template and the rows are joined once (a flat string: concatenating piece by piece leaves a rope the SQLite
 * binding must flatten, measured slower).
 */
function numberRowsJson(rows: readonly unknown[]): string | undefined {
  if ((rows as { toJSON?: unknown }).toJSON !== undefined) return undefined;
  const texts = new Array<string>(rows.length);
  // The last second element and its text: the values repeat in runs (0 and -0 are equal here and print alike).
  let lastValue = Number.NaN;
  let lastText = "";
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || (row as { toJSON?: unknown }).toJSON !== undefined) return undefined;
    let text: string | undefined;
    if (row.length === 2) {
      const first: unknown = row[0];
      const second: unknown = row[1];
      if (!isFiniteNumber(first) || !isFiniteNumber(second)) return undefined;
      if (second !== lastValue) {
        lastValue = second;
        lastText = String(second);
      }
      text = `[${first},${lastText}]`;
    } else {
      text = numbersJson(row);
      if (text === undefined) return undefined;
    }
    texts[i] = text;
  }
  return `[${texts.join(",")}]`;
}

/** `[n, ...]` for an array of finite numbers; undefined for anything else. */
function numbersJson(row: readonly unknown[]): string | undefined {
  let text = "[";
  for (let j = 0; j < row.length; j++) {
    const value: unknown = row[j];
    if (!isFiniteNumber(value)) return undefined;
    text += j === 0 ? String(value) : `,${value}`;
  }
  return `${text}]`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

