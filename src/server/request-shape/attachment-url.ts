/**
 * The URL of an image or file part, as the model's provider must fetch it: `http:` or `https:`, or the bytes inline
 * as a `data:` URL (whose base64 must decode, `base64-payload.ts`). Anything else (`file:`, `javascript:`, `ftp:`, a
 * relative path, a space or control character inside) no provider fetches: it went upstream routed and reserved for,
 * to be refused there, or answered by a laxer provider about an image it never saw. A line break inside also made the
 * URL a carrier for text the prompt never showed. One pass, no regex over the URL.
 * @module
 */
import { dataUrlProblem } from "./base64-payload.js";

const FETCHED_PROTOCOLS = new Set(["http:", "https:"]);

/** Why the URL is no attachment a provider can read, or undefined. */
export function attachmentUrlProblem(url: string): string | undefined {
  if (url.slice(0, 5).toLowerCase() === "data:") return dataUrlProblem(url);
  const bad = firstSpaceOrControl(url);
  if (bad !== -1) return `holds a space or control character at offset ${bad}: a URL has none (percent-encode it, %20)`;
  if (!URL.canParse(url)) return "is not a URL: give an absolute http(s) URL, or the bytes as a data: URL";
  const { protocol } = new URL(url);
  if (FETCHED_PROTOCOLS.has(protocol)) return undefined;
  return `is a ${protocol.slice(0, 32)} URL: the model's provider fetches attachments over http(s) only; send a local file's bytes inline as a data: URL`;
}

/**
 * Why a file part's `file_data` is bad, or undefined: it is a `data:` URL, a URL (OpenRouter fetches one), or raw
 * base64, which holds no ":" and passes as before. One that starts with a scheme is held to `attachmentUrlProblem`.
 */
export function fileDataProblem(data: string): string | undefined {
  return URL_SCHEME.test(data) ? attachmentUrlProblem(data) : undefined;
}

/** A URL scheme at the start (RFC 3986 §3.1), bounded: linear on any input. */
const URL_SCHEME = /^[a-z][a-z\d+.-]{0,31}:/i;

/** The offset of the first space, C0 control character or DEL, or -1. */
function firstSpaceOrControl(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return index;
  }
  return -1;
}
