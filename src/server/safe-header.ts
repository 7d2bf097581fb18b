/**
 * The one way the gateway writes response headers whose values come from outside (model ids, tier and task
 * names, upstream answers): each value is made legal for HTTP before it is set, so a header write can never
 * throw (Node refuses control characters and anything outside Latin-1) and never carries kilobytes.
 * `setDecisionHeaders`, the key-auth hook, the error handler and the event stream all go through here.
 * @module
 */
import type { OutgoingHttpHeaders } from "node:http";
import type { FastifyReply } from "fastify";

/** Longest header value the gateway writes. */
export const MAX_HEADER_VALUE_LENGTH = 512;

const ILLEGAL = /[^\x20-\x7e]/;
const ILLEGAL_ALL = /[^\x20-\x7e]/g;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header value that Node will accept: printable ASCII, at most 512 characters (others become `?`). */
export function safeHeaderValue(value: string | number): string {
  const text = String(value);
  const clean = ILLEGAL.test(text) ? text.replace(ILLEGAL_ALL, "?") : text;
  return clean.length > MAX_HEADER_VALUE_LENGTH ? clean.slice(0, MAX_HEADER_VALUE_LENGTH) : clean;
}

/** Sets each header on the reply with a safe value; names that are not HTTP tokens are dropped. */
export function setSafeHeaders(reply: FastifyReply, headers: Readonly<Record<string, string | number | undefined>>): FastifyReply {
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !TOKEN.test(name)) continue;
    // eslint-disable-next-line no-restricted-syntax -- the one place a header is written
    void reply.header(name, safeHeaderValue(value));
  }
  return reply;
}

/** A copy of raw outgoing headers with every value made safe (for `writeHead` after `reply.hijack()`). */
export function safeOutgoingHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const safe: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !TOKEN.test(name)) continue;
    safe[name] = Array.isArray(value) ? value.map(safeHeaderValue) : safeHeaderValue(value);
  }
  return safe;
}
