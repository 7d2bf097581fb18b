/**
 * A caller's text quoted inside an error message: JSON-escaped, and with what JSON leaves as it is but a terminal or a
 * log reader acts on escaped too (DEL, C1 controls such as CSI, line separators, direction overrides), cut at `limit`
 * characters of the quote itself, so an escape is never cut in half and a megabyte costs no more than `limit`; and any
 * other sent value named by what it is, never printed whole.
 * @module
 */

/** Characters `JSON.stringify` leaves raw that a terminal or a log reader acts on. */
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `"text"`, escaped, or `"tex…"` when its escaped form runs past `limit` characters. */
export function quoteSentText(text: string, limit: number): string {
  let inner = "";
  for (const char of text) {
    const escaped = JSON.stringify(char).slice(1, -1).replace(UNESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (inner.length + escaped.length > limit) return `"${inner}…"`;
    inner += escaped;
  }
  return `"${inner}"`;
}

/**
 * `text` escaped and cut as {@link quoteSentText} does, without its quotes: for a message that quotes in its own style
 * (the Responses door's `'resp_…'`, as OpenAI writes it).
 */
export function escapeSentText(text: string, limit: number): string {
  return quoteSentText(text, limit).slice(1, -1);
}

/** What {@link escapeSentText} escapes and JSON leaves raw, plus C0 controls and surrogates without their pair. */
const ACTED_ON_IN_PARAM = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * An error's `param` with any character a terminal or a log reader acts on written as `\uXXXX`: what each site
 * escapes already (a caller's key, via {@link escapeSentText}) holds none, so this changes nothing there; it keeps a
 * site that names a field from a caller's text raw from passing it on (`GatewayError`).
 */
export function paramWithoutActedOn(param: string): string {
  return param.replace(ACTED_ON_IN_PARAM, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value a caller sent where a scalar belongs, as an error message quotes it: a string quoted as above, a number or
 * boolean as written (NaN as NaN, where JSON says null), a BigInt as `10n`, null as null, and a list, an object or
 * anything else by its kind, never printed whole (a function's `String()` is its source).
 */
export function quoteSentValue(value: unknown, limit: number): string {
  if (typeof value === "string") return quoteSentText(value, limit);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a value of type ${typeof value}`;
}
