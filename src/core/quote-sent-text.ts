/**
 * A caller's text quoted inside an error message: JSON-escaped, and with what JSON leaves as it is but a terminal or a
 * log reader acts on escaped too (DEL, C1 controls such as CSI, line separators, direction overrides), cut at `limit`
 * characters of the quote itself, so an escape is never cut in half and a megabyte costs no more than `limit`.
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
