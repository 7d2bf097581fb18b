/**
 * A request body's bytes as text, refused when they are not UTF-8. JSON exchanged between systems is UTF-8
 * (RFC 8259 §8.1); decoding other bytes silently replaced each bad sequence with U+FFFD, so a prompt cut in the middle
 * of a character, or a Latin-1 / Windows-1252 file sent as is, reached the model altered and was billed as a
 * success. Anthropic's API answers such a body with a 400 "not valid JSON"; every door here does the same, in its own
 * envelope (error-handler.ts).
 * @module
 */
import { isUtf8 } from "node:buffer";
import { InvalidRequestError } from "../../core/errors/index.js";

/** The UTF-8 byte order mark, read past before the JSON as RFC 8259 §8.1 allows. */
const BYTE_ORDER_MARK = 0xfeff;

/**
 * The body as text: valid UTF-8 decoded (a leading byte order mark dropped: Notepad and Windows PowerShell write one,
 * and `curl -d @file.json` sends it). Throws a 400 `invalid_json` naming the first byte that is not UTF-8. With a
 * `decode` (the body's single-byte charset, body-charset.ts), bytes that are not UTF-8 are decoded by it instead;
 * UTF-8 is read as UTF-8 whatever the label.
 */
export function bodyText(raw: Buffer, decode?: (raw: Buffer) => string): string {
  // simdutf under the hood: a few GB/s, so the check costs the hot path next to nothing.
  if (!isUtf8(raw)) {
    if (decode !== undefined) return withoutByteOrderMark(decodeAs(raw, decode));
    throw notUtf8(firstInvalidByte(raw));
  }
  return withoutByteOrderMark(raw.toString("utf8"));
}

function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

/** Decodes with a fatal decoder: a byte its charset leaves undefined (0xAA in Windows-1253) is a 400, not U+FFFD. */
function decodeAs(raw: Buffer, decode: (raw: Buffer) => string): string {
  try {
    return decode(raw);
  } catch {
    throw new InvalidRequestError("The request body is not valid JSON: it holds a byte its charset does not define. Send the JSON as UTF-8 (RFC 8259 §8.1).", { code: "invalid_json" });
  }
}

/**
 * Where the first sequence that is not UTF-8 starts (only called on a body known to hold one). Decoding replaces it
 * with U+FFFD (EF BF BD): the bytes before it re-encode unchanged, so the first byte that differs after a round trip
 * lies at most 3 bytes past its start; the start is the longest valid prefix ending there.
 */
export function firstInvalidByte(raw: Buffer): number {
  const roundTrip = Buffer.from(raw.toString("utf8"), "utf8");
  let differs = 0;
  while (differs < raw.length && raw[differs] === roundTrip[differs]) differs += 1;
  for (let start = differs; start >= Math.max(0, differs - 3); start -= 1) {
    if (isUtf8(raw.subarray(0, start))) return start;
  }
  return Math.max(0, differs - 3);
}

function notUtf8(offset: number): InvalidRequestError {
  return new InvalidRequestError(
    `The request body is not valid JSON: it is not UTF-8 (byte ${offset} starts an invalid sequence). JSON must be sent as UTF-8 (RFC 8259 §8.1): re-encode the text (a Latin-1 or Windows-1252 file, or a string cut in the middle of a character, gives this).`,
    { code: "invalid_json" },
  );
}
