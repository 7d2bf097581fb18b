/**
 * One line per request for the headers whose value must be one. Node keeps the first of two `Authorization`, `Host`
 * or `Content-Type` lines and joins two `x-api-key` lines with ", ", so the gateway read one value while a proxy in
 * front that reads (or adds) the last line saw another: another caller, another virtual host, another body type.
 * HTTP allows one such line (RFC 9110 §5.3; for Host, RFC 9112 §3.2 requires the 400); a request with two is
 * ambiguous, and is refused naming the header.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";

/** The headers that name the caller. */
const CREDENTIAL_HEADERS = ["authorization", "x-api-key"] as const;
/** The other headers that must have one value: where the request goes, and how its body is read. */
const SINGLE_HEADERS = ["host", "content-type"] as const;

/** Throws a 400 naming the header when a request carries two lines of a credential, `Host` or `Content-Type`. */
export function assertSingleValueHeaders(rawHeaders: readonly string[]): void {
  for (const name of [...CREDENTIAL_HEADERS, ...SINGLE_HEADERS]) {
    const seen = countLines(rawHeaders, name);
    if (seen <= 1) continue;
    const fix = name === "host" ? "send one Host line" : name === "content-type" ? "send one Content-Type line (application/json)" : "send the key in one";
    throw new InvalidRequestError(`The request has ${seen} ${name} header lines; ${fix}.`, { param: name, code: "duplicate_header" });
  }
}

/** How many of the raw header lines (name, value, name, value, ...) are named `name` (lower case). */
function countLines(rawHeaders: readonly string[], name: string): number {
  let seen = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.length === name.length && rawHeaders[index]?.toLowerCase() === name) seen += 1;
  }
  return seen;
}
