/**
 * The JSON text a request object was parsed from, remembered beside it (a WeakMap: nothing is added to the object,
 * and the text goes when the object does). The gateway's body parser remembers each body's text; the router passes
 * it on to the request it forwards, whose upstream body can then be the client's own bytes with a few top-level
 * members changed (routing/fallback/upstream-body.ts) instead of a second serialization of the whole conversation.
 * @module
 */

/** The text and the object `JSON.parse` made of it (the forwarded request is a copy of that object). */
export interface JsonSource {
  text: string;
  parsed: object;
}

/**
 * Texts shorter than this are not worth remembering: below ~500 characters splicing costs more than serializing
 * (measured in process: 228 characters 3.04 µs serialized against 3.90 µs spliced; 1,593 characters 9.60 against
 * 6.66 µs), so the gateway remembers only texts from 1 KB up.
 */
export const MIN_SPLICED_LENGTH = 1024;

const sources = new WeakMap<object, JsonSource>();

/** Notes that `value` is what `JSON.parse(text)` returned, or derives from `source.parsed` (see {@link jsonSourceOf}). */
export function rememberJsonSource(value: object, source: JsonSource): void {
  sources.set(value, source);
}

/** The remembered source of `value`, if any. Whoever reads it must check that `value` still matches it. */
export function jsonSourceOf(value: object): JsonSource | undefined {
  return sources.get(value);
}
