/**
 * The `charset` a request's `Content-Type` names, and how its body is decoded. JSON is UTF-8 (RFC 8259 §8.1) and
 * `application/json` defines no charset, so one is read only to refuse a body whose bytes would mean something else:
 * - none, or UTF-8: the bytes are read as UTF-8 (body-text.ts);
 * - a single-byte charset whose first 128 bytes are ASCII (Latin-1, Windows-1252, the other ISO-8859 parts, KOI8,
 *   the Windows code pages): decoded as labelled (WHATWG's tables, as browsers do; `latin1` and `us-ascii` name
 *   Windows-1252 there). Every byte JSON's structure is made of means the same in these, so only the text inside
 *   strings changes, and to what the client meant: `caf\xe9` under `charset=latin1` is "café", not a refusal.
 *   Bytes that are valid UTF-8 are read as UTF-8 whatever the label (RFC 8259 §11: a charset "has no effect on
 *   compliant recipients"): a client that labels its UTF-8 Latin-1 (a copied header) is read as before, not as
 *   "cafÃ©"; Latin-1 text past ASCII is valid UTF-8 only by accident ("Ã©");
 * - anything else (UTF-16 or UTF-32, a multi-byte legacy charset such as Shift_JIS or ISO-2022-JP, UTF-7, a name no
 *   decoder knows): a 415. These can hide JSON's quotes and brackets inside other characters, so a proxy or a log
 *   that reads the body as UTF-8 would see a different request than the gateway; and no SDK sends them. Two
 *   `charset` parameters that name different charsets are refused too, whichever one a proxy would read.
 * Round 27 read every body as UTF-8 whatever its label: Latin-1 bytes past ASCII were refused as not UTF-8, and a
 * UTF-16 body as not JSON.
 * @module
 */
import { TextDecoder } from "node:util";
import { GatewayError } from "../../core/errors/index.js";

/** WHATWG's single-byte encodings (canonical names, as `TextDecoder#encoding` gives them): ASCII in bytes 0-127. */
const SINGLE_BYTE = new Set([
  "ibm866",
  "iso-8859-2",
  "iso-8859-3",
  "iso-8859-4",
  "iso-8859-5",
  "iso-8859-6",
  "iso-8859-7",
  "iso-8859-8",
  "iso-8859-8-i",
  "iso-8859-10",
  "iso-8859-13",
  "iso-8859-14",
  "iso-8859-15",
  "iso-8859-16",
  "koi8-r",
  "koi8-u",
  "macintosh",
  "windows-874",
  "windows-1250",
  "windows-1251",
  "windows-1252",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "windows-1258",
  "x-mac-cyrillic",
]);

/**
 * Windows-1252's bytes 0x80-0x9F (WHATWG's table; the five it leaves undefined are the C1 controls). Node 20's
 * `TextDecoder` drops these bytes without a word (its Latin-1 fast path), so "€5" would reach the model as "5".
 */
const WINDOWS_1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decodes a request body's bytes as its charset says; throws on a byte the charset does not define. */
export type BodyDecoder = (raw: Buffer) => string;

/** UTF-8's common labels (WHATWG's `utf-8`, `utf8` and `unicode-1-1-utf-8` among them). */
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

/** A charset label is a token of at most 40 characters; longer text is not one. */
const MAX_LABEL = 40;

/**
 * The decoder for a body sent under `contentType`: undefined for UTF-8 (or no charset), a single-byte decoder for
 * the charsets above; throws a 415 `unsupported_media_type` for any other.
 */
export function bodyDecoder(contentType: string | undefined): BodyDecoder | undefined {
  const labels = charsetsOf(contentType, true);
  const label = labels.find((named) => named !== "");
  if (label === undefined) return undefined;
  // The label most clients send, read without building a decoder for it on every request.
  if (labels.length === 1 && UTF8_LABELS.has(label.toLowerCase())) return undefined;
  const decoder = decoderFor(label);
  // Two charsets that disagree: a proxy or log reading the last would see another body than the gateway. An empty one
  // reads as UTF-8 (none named), so `charset=latin1; charset=` disagrees as `charset=latin1; charset=utf-8` does.
  if (labels.some((other) => (other === "" ? "utf-8" : decoderFor(other)?.encoding) !== decoder?.encoding)) throw unsupportedCharset(labels.join(", "));
  if (decoder?.encoding === "utf-8") return undefined;
  if (decoder === undefined || !SINGLE_BYTE.has(decoder.encoding)) throw unsupportedCharset(label);
  if (decoder.encoding === "windows-1252") return decodeWindows1252;
  return (raw) => decoder.decode(raw);
}

/** A fatal decoder for `label`, or undefined when no decoder knows it (or it is longer than a label can be). */
function decoderFor(label: string): TextDecoder | undefined {
  if (label.length > MAX_LABEL) return undefined;
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/** Windows-1252 as a table of UTF-16 code units, one per byte: Latin-1 but for 0x80-0x9F. */
const WINDOWS_1252 = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH.charCodeAt(byte - 0x80)) : byte));

/**
 * Windows-1252 (what `latin1`, `iso-8859-1` and `us-ascii` name too), by table, written out as UTF-16LE bytes and
 * decoded natively. A regular expression with a callback per byte in 0x80-0x9F took 1.6 s of the event loop on a
 * 2 MB body of them (review of round 28); this is one pass.
 */
function decodeWindows1252(raw: Buffer): string {
  const utf16 = Buffer.allocUnsafe(raw.length * 2);
  for (let index = 0; index < raw.length; index += 1) {
    const unit = WINDOWS_1252[raw[index] ?? 0] ?? 0;
    utf16[index * 2] = unit & 0xff;
    utf16[index * 2 + 1] = unit >> 8;
  }
  return utf16.toString("utf16le");
}

/** The first `charset` parameter's value (unquoted, trimmed), or undefined when there is none. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return charsetsOf(contentType)[0];
}

/**
 * Every `charset` parameter's value (unquoted, trimmed), in order. An empty value (`charset=`, `charset=""`) names no
 * charset and is skipped, as a missing one is: it was refused 415 as a charset named "" (round 28). With `keepEmpty`
 * it is kept as "", for the check that two charsets agree (an empty one means UTF-8 there).
 */
function charsetsOf(contentType: string | undefined, keepEmpty = false): string[] {
  if (contentType === undefined) return [];
  const found: string[] = [];
  const parameters = contentType.split(";");
  for (let index = 1; index < parameters.length; index += 1) {
    const parameter = parameters[index] ?? "";
    const equals = parameter.indexOf("=");
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== "charset") continue;
    const value = parameter.slice(equals + 1).trim();
    const label = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).trim() : value;
    if (label !== "" || keepEmpty) found.push(label);
  }
  return found;
}

function unsupportedCharset(label: string): GatewayError {
  const shown = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL)}…` : label;
  return new GatewayError({
    message: `The request body's charset ${JSON.stringify(shown)} is not supported: send the JSON as UTF-8 (RFC 8259 §8.1) with no charset or charset=utf-8. A single-byte charset such as ISO-8859-1 or Windows-1252 is read as labelled; UTF-16, UTF-32 and multi-byte legacy charsets are not.`,
    status: 415,
    type: "invalid_request_error",
    code: "unsupported_media_type",
  });
}
