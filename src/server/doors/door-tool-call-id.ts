/**
 * Tool-call ids as the doors show them, and back. Anthropic requires a `tool_use` id to match `^[a-zA-Z0-9_-]+$`
 * (clients such as Claude Code check it, and send it back in `tool_result.tool_use_id`), but some providers id their
 * calls `functions.lookup:0`; and a client or backend may refuse an id over 64 characters (Bedrock's `tool_use.id`,
 * OpenAI's `call_id` sent back). An id that does not fit is shown in a form that does, turned back into the
 * provider's own when the client sends it back, so the upstream reads the id it wrote (ADR 0074, ADR 0078):
 *
 * - `sy-` + the id with each printable ASCII character outside the pattern written `-` + one letter
 *   (`functions.lookup:0` → `sy-functions-dlookup-c0`): one character longer for each, so a provider's id of up to
 *   61 characters fits in 64 when it has one such character;
 * - `sy64_` + its base64url (4/3 as long), for an id with other characters (non-ASCII, control), when shorter;
 * - `syh_` + 22 characters of its SHA-256 when neither fits in 64. Not decodable: the upstream is sent this id, in the
 *   call and in its result alike, so it still pairs them, but does not read its own id back (rare: an id over 61).
 *
 * The mapping is stateless and one-to-one: an id that fits is shown as it is, unless it could be read as one shown
 * encoded or hashed (then it is encoded too, and reads back as itself). Decoding accepts only the canonical spelling, so a
 * client's own id that merely starts like ours goes upstream untouched. Every door (Chat Completions included) reads
 * every id sent back the same way ({@link withUpstreamToolCallIds}), so a conversation can move between doors.
 * @module
 */
import { createHash } from "node:crypto";
import type { ChatMessage } from "../../core/types.js";

/** Anthropic's `tool_use.id` pattern. */
const SAFE = /^[a-zA-Z0-9_-]+$/;
/** The most characters a door shows: Bedrock's `tool_use.id`, OpenAI's `call_id`. */
export const MAX_SHOWN_ID = 64;
const ESCAPED_PREFIX = "sy-";
const BASE64_PREFIX = "sy64_";
const HASHED_PREFIX = "syh_";
/** Characters of the SHA-256 (base64url) a hashed id carries: 132 bits. */
const HASH_CHARS = 22;
/** The printable ASCII characters outside the pattern (`-` included: it is the escape), and the letter each is written with. */
const ESCAPED = " !\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~";
const LETTERS = "wxqnDPAQlrSpmhdscCLeGuabBzKgovyT";

/** The id as the Messages door shows it: the upstream's when it fits Anthropic's pattern and 64 characters. */
export function doorToolCallId(upstreamId: string): string {
  return SAFE.test(upstreamId) && upstreamId.length <= MAX_SHOWN_ID && !readsAsOurs(upstreamId) ? upstreamId : encoded(upstreamId);
}

/**
 * The id as the Responses door shows it: the upstream's as it is (OpenAI sets no pattern on `call_id`) unless it is
 * over 64 characters (OpenAI refuses such a `call_id` sent back: `string_above_max_length`) or could be read as one
 * shown encoded (then encoded, so it reads back as itself).
 */
export function responsesCallId(upstreamId: string): string {
  return upstreamId.length <= MAX_SHOWN_ID && !readsAsOurs(upstreamId) ? upstreamId : encoded(upstreamId);
}

/**
 * The id as the Chat Completions door shows it: as it is (its answers are the upstream's), unless it could be read as
 * one shown encoded: every door decodes the ids sent back, so such an id is encoded to reach the upstream as itself.
 */
export function chatCallId(upstreamId: string): string {
  return readsAsOurs(upstreamId) ? encoded(upstreamId) : upstreamId;
}

/** The upstream's own id of one a door showed (anything else as it is). */
export function upstreamToolCallId(doorId: string): string {
  const original = decoded(doorId);
  return original !== undefined && mustEncode(original) ? original : doorId;
}

/** The shortest decodable form within 64 characters, else the hashed one. */
function encoded(id: string): string {
  const escaped = escapedForm(id);
  // An id with a lone surrogate (JSON's `"\ud800"`) has no UTF-8: its base64url would read back with U+FFFD instead.
  const utf8 = Buffer.from(id, "utf8");
  const base64 = utf8.toString("utf8") === id ? BASE64_PREFIX + utf8.toString("base64url") : undefined;
  const shortest = escaped !== undefined && (base64 === undefined || escaped.length <= base64.length) ? escaped : base64;
  if (shortest !== undefined && shortest.length <= MAX_SHOWN_ID) return shortest;
  // Of its UTF-16 code units, every one: two ids that differ only in a lone surrogate hash apart.
  return HASHED_PREFIX + createHash("sha256").update(Buffer.from(id, "utf16le")).digest("base64url").slice(0, HASH_CHARS);
}

function escapedForm(id: string): string | undefined {
  let tail = "";
  for (const char of id) {
    if (char !== "-" && SAFE.test(char)) tail += char;
    else {
      const at = ESCAPED.indexOf(char);
      if (at < 0) return undefined;
      tail += `-${LETTERS.charAt(at)}`;
    }
  }
  return ESCAPED_PREFIX + tail;
}

/** Whether `id` is one a door encoded: its tail is the canonical spelling of an id that is encoded. */
function isEncoded(id: string): boolean {
  const original = decoded(id);
  return original !== undefined && mustEncode(original);
}

/** An id not shown as itself at the Messages door's pattern: outside it, or itself readable as one of our forms. */
function mustEncode(id: string): boolean {
  return !SAFE.test(id) || readsAsOurs(id);
}

/**
 * Whether a door would take `id` for one of its forms: encoded, or shaped as a hashed id. A provider's id of that
 * shape is encoded too: shown as it is, it would be the hash another (long) id is shown as, and the two would reach
 * the upstream as one.
 */
function readsAsOurs(id: string): boolean {
  return isEncoded(id) || (id.length === HASHED_PREFIX.length + HASH_CHARS && id.startsWith(HASHED_PREFIX) && SAFE.test(id));
}

function decoded(id: string): string | undefined {
  // Only as long as one minted (which also bounds the nesting: `sy-sy-…` read back 3 characters at a time).
  if (id.startsWith(ESCAPED_PREFIX)) return id.length > ESCAPED_PREFIX.length && id.length <= MAX_SHOWN_ID ? unescaped(id.slice(ESCAPED_PREFIX.length)) : undefined;
  if (!id.startsWith(BASE64_PREFIX) || id.length === BASE64_PREFIX.length) return undefined;
  const tail = id.slice(BASE64_PREFIX.length);
  const text = Buffer.from(tail, "base64url").toString("utf8");
  // Canonical only: another spelling of the same bytes, or bytes that are not UTF-8, was never minted here.
  return Buffer.from(text, "utf8").toString("base64url") === tail ? text : undefined;
}

/** The escaped form's tail read back; undefined when it is not one (a character outside the pattern, a bad escape). */
function unescaped(tail: string): string | undefined {
  let text = "";
  for (let at = 0; at < tail.length; at += 1) {
    const char = tail.charAt(at);
    if (char !== "-") {
      if (!SAFE.test(char)) return undefined;
      text += char;
      continue;
    }
    const letter = LETTERS.indexOf(tail.charAt(at + 1));
    if (at + 1 >= tail.length || letter < 0) return undefined;
    text += ESCAPED.charAt(letter);
    at += 1;
  }
  return text;
}

/** The chat request's tool-call ids (assistant `tool_calls[].id`, tool `tool_call_id`) as the upstream wrote them. */
export function withUpstreamToolCallIds(messages: ChatMessage[]): ChatMessage[] {
  return messages.map((message) => {
    if (typeof message.tool_call_id === "string" && isEncoded(message.tool_call_id)) return { ...message, tool_call_id: upstreamToolCallId(message.tool_call_id) };
    if (!Array.isArray(message.tool_calls) || !message.tool_calls.some((call) => isEncoded(idOf(call)))) return message;
    return { ...message, tool_calls: message.tool_calls.map((call) => (isEncoded(idOf(call)) ? { ...(call as object), id: upstreamToolCallId(idOf(call)) } : call)) };
  });
}

function idOf(call: unknown): string {
  const id = typeof call === "object" && call !== null ? (call as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : "";
}
