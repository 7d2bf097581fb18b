/**
 * Tool-call ids as the Messages and Responses doors show them, and back. Anthropic requires a `tool_use` id to match
 * `^[a-zA-Z0-9_-]+$` (clients such as Claude Code check it, and send it back in `tool_result.tool_use_id`), but some
 * providers id their calls `functions.lookup:0`. Such an id is shown as `sy64_` + its base64url (whose alphabet is
 * exactly the allowed characters), and turned back into the provider's own id when the client sends it back, so the
 * upstream reads the id it wrote. The mapping is stateless and one-to-one: an id that already fits is shown as it
 * is, unless it could be read as one shown this way (then it is shown encoded too, and reads back as itself). The
 * Responses door, whose `call_id` has no pattern but a 64-character limit, shows the provider's id as it is
 * ({@link responsesCallId}); both doors read every id sent back the same way, so a conversation can move between them.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";

/** Anthropic's `tool_use.id` pattern. */
const SAFE = /^[a-zA-Z0-9_-]+$/;
const PREFIX = "sy64_";

/** The id as the Messages door shows it: the upstream's when it fits Anthropic's pattern and cannot be read as encoded. */
export function doorToolCallId(upstreamId: string): string {
  return SAFE.test(upstreamId) && !isEncoded(upstreamId) ? upstreamId : encode(upstreamId);
}

function encode(id: string): string {
  return PREFIX + Buffer.from(id, "utf8").toString("base64url");
}

/**
 * The id as the Responses door shows it: the upstream's as it is, unless it could be read as one shown encoded (then
 * encoded, so it reads back as itself). OpenAI sets no pattern on `call_id` but refuses one over 64 characters sent
 * back (`string_above_max_length`): the encoding (4/3 + 5 as long) would take a provider's id of 45 to 64 characters
 * past it. Ids a client sends back are read by {@link upstreamToolCallId} at both doors alike.
 */
export function responsesCallId(upstreamId: string): string {
  return isEncoded(upstreamId) ? encode(upstreamId) : upstreamId;
}

/** The upstream's own id of one a door showed (anything else as it is). */
export function upstreamToolCallId(doorId: string): string {
  return isEncoded(doorId) ? decoded(doorId) ?? doorId : doorId;
}

/** Whether `id` is one {@link doorToolCallId} encoded: its tail is canonical base64url of an id it would encode. */
function isEncoded(id: string): boolean {
  const original = decoded(id);
  return original !== undefined && (!SAFE.test(original) || isEncoded(original));
}

function decoded(id: string): string | undefined {
  if (!id.startsWith(PREFIX) || id.length === PREFIX.length) return undefined;
  const tail = id.slice(PREFIX.length);
  const text = Buffer.from(tail, "base64url").toString("utf8");
  // Canonical only: another spelling of the same bytes, or bytes that are not UTF-8, was never minted here.
  return Buffer.from(text, "utf8").toString("base64url") === tail ? text : undefined;
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
