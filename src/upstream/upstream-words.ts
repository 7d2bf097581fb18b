/**
 * An upstream's own words (an error's message, a provider's, a page that is not JSON) as a gateway message quotes
 * them: they come from a party the gateway does not control, and a provider may echo the caller's input in them.
 * They reached the client raw and whole (round 27): a direction override, a C1 control or a line break passed as
 * sent, and a gateway message that relays them keeps them on one line of their own (`door-field-names.ts`). Cut at
 * `UPSTREAM_WORDS_LIMIT` characters, and every character a terminal or a log reader acts on written as `\uXXXX`,
 * the rest as the upstream wrote it (its quotes stay quotes: this is prose, not a JSON string).
 * @module
 */

/** The most characters of an upstream's words a message carries. */
export const UPSTREAM_WORDS_LIMIT = 1_000;

/** Controls (C0, DEL, C1), line and paragraph separators, direction overrides and isolates, and lone surrogates. */
const ACTED_ON = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` cut at `limit` code points (with `…`) and with what a reader acts on escaped. */
export function upstreamWords(text: string, limit = UPSTREAM_WORDS_LIMIT): string {
  // Only the head the cut may keep is split into code points: a message may be as long as an SSE event (32 MB), and
  // splitting all of it held the event loop half a second. 2 * limit + 2 code units hold more than `limit` points,
  // so a longer text is cut either way and a pair split at the slice's end lies past what is kept.
  const points = Array.from(text.slice(0, 2 * limit + 2));
  const cut = points.length > limit ? `${points.slice(0, limit).join("")}…` : text;
  return cut.replace(ACTED_ON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
