/**
 * A chat request's `tool` messages answer the tool calls of the assistant message before them, as OpenAI's API
 * requires: a `tool` message without `tool_call_id` is a 400 (`Missing required parameter:
 * 'messages[2].tool_call_id'.`), and so is one whose id no call of the previous assistant message carries, or one
 * with no assistant `tool_calls` message before it. Forwarded, such a message reached the upstream after routing
 * and a reservation, and came back a 400 from OpenAI or Anthropic, or was read by a laxer provider as an orphan
 * result the model had never asked for.
 * Ids are one call's each, as the Messages and Responses doors hold them (assert-tool-turns.ts,
 * assert-call-outputs.ts): two calls of one assistant message under one id, or two tool messages answering one call,
 * are a 400 too (which call a result answers would be a guess, and the other call would read as answered). An id an
 * earlier turn used again is left: a tool message answers the message just before it, so it is not ambiguous, and
 * providers that number their calls per answer (`call_0`) repeat ids across turns.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";

/** A message as far as this check reads it (the shape is already checked). */
interface ToolTurnMessage {
  role?: unknown;
  tool_call_id?: unknown;
  tool_calls?: unknown;
}

/** Throws a 400 naming the first `tool` message that answers no tool call of the message before it. */
export function assertToolReplies(messages: readonly unknown[]): void {
  let calls: ReadonlySet<string> | undefined;
  const answered = new Map<string, number>();
  messages.forEach((entry, index) => {
    const message = entry as ToolTurnMessage;
    if (message.role !== "tool") {
      calls = message.role === "assistant" ? callIds(message.tool_calls, index) : undefined;
      answered.clear();
      return;
    }
    const id = message.tool_call_id;
    if (typeof id !== "string" || id === "") {
      throw new InvalidRequestError(`Missing required parameter: 'messages[${index}].tool_call_id' (a tool message names the tool call it answers).`, {
        param: `messages[${index}].tool_call_id`,
        code: "missing_required_parameter",
      });
    }
    if (calls === undefined || calls.size === 0) {
      throw new InvalidRequestError(`Invalid parameter: messages with role 'tool' must be a response to a preceding message with 'tool_calls' (messages[${index}] follows none).`, {
        param: `messages[${index}].role`,
        code: "invalid_request",
      });
    }
    if (!calls.has(id)) {
      throw new InvalidRequestError(`Invalid parameter: 'tool_call_id' of '${shown(id)}' not found in 'tool_calls' of previous message (messages[${index}]; the calls there are ${[...calls].slice(0, 8).map((call) => `'${call.slice(0, 64)}'`).join(", ")}).`, {
        param: `messages[${index}].tool_call_id`,
        code: "invalid_request",
      });
    }
    const earlier = answered.get(id);
    if (earlier !== undefined) {
      throw new InvalidRequestError(`Invalid parameter: messages[${index}] answers tool call '${shown(id)}' again (messages[${earlier}] answered it); each tool call gets one tool message.`, {
        param: `messages[${index}].tool_call_id`,
        code: "invalid_request",
      });
    }
    answered.set(id, index);
  });
}

/** The ids of an assistant message's tool calls; a 400 naming the second call that repeats one. */
function callIds(toolCalls: unknown, messageIndex: number): ReadonlySet<string> {
  const ids = new Map<string, number>();
  if (!Array.isArray(toolCalls)) return new Set();
  toolCalls.forEach((call: unknown, callIndex) => {
    const id = typeof call === "object" && call !== null ? (call as { id?: unknown }).id : undefined;
    if (typeof id !== "string") return;
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      throw new InvalidRequestError(`Invalid parameter: messages[${messageIndex}].tool_calls[${callIndex}] has the id '${shown(id)}' of tool_calls[${earlier}]; each tool call has an id of its own (a tool message answering it could answer either).`, {
        param: `messages[${messageIndex}].tool_calls[${callIndex}].id`,
        code: "invalid_request",
      });
    }
    ids.set(id, callIndex);
  });
  return new Set(ids.keys());
}

/** An id as quoted in an error: cut at 64 characters. */
function shown(id: string): string {
  return id.length > 64 ? `${id.slice(0, 64)}…` : id;
}
