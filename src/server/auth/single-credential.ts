/**
 * One credential line per request. Node keeps the first of two `Authorization` lines and joins two `x-api-key` lines
 * with ", ", so the gateway authenticated one key while a proxy in front that reads (or adds) the last line saw
 * another. HTTP allows one such line (RFC 9110 §5.3); a request with two is ambiguous about who is calling.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";

/** The headers that name the caller. */
const CREDENTIAL_HEADERS = ["authorization", "x-api-key"] as const;

/** Throws a 400 naming the header when a request carries two lines of one credential header. */
export function assertSingleCredential(rawHeaders: readonly string[]): void {
  for (const name of CREDENTIAL_HEADERS) {
    let seen = 0;
    for (let index = 0; index < rawHeaders.length; index += 2) {
      if (rawHeaders[index]?.length === name.length && rawHeaders[index]?.toLowerCase() === name) seen += 1;
    }
    if (seen > 1) {
      throw new InvalidRequestError(`The request has ${seen} ${name} header lines; send the key in one.`, { param: name, code: "duplicate_header" });
    }
  }
}
