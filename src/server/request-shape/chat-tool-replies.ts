/**
 * A chat request's `tool` messages answer the tool calls of the assistant message before them, as OpenAI's API
 * requires: a `tool` message without `tool_call_id` is a 400 (`Missing required parameter:
 * 'messages[2].tool_call_id'.`), and so is one whose id no call of the previous assistant message carries, or one
 * with no assistant `tool_calls` message before it. Forwarded, such a message reached the upstream after routing
 * and a reservation, and came back a 400 from OpenAI or Anthropic, or was read by a laxer provider as an orphan
 * result the model had never asked for.
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
  messages.forEach((entry, index) => {
    const message = entry as ToolTurnMessage;
    if (message.role !== "tool") {
      calls = message.role === "assistant" ? callIds(message.tool_calls) : undefined;
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
      const shown = id.length > 64 ? `${id.slice(0, 64)}…` : id;
      throw new InvalidRequestError(`Invalid parameter: 'tool_call_id' of '${shown}' not found in 'tool_calls' of previous message (messages[${index}]; the calls there are ${[...calls].slice(0, 8).map((call) => `'${call.slice(0, 64)}'`).join(", ")}).`, {
        param: `messages[${index}].tool_call_id`,
        code: "invalid_request",
      });
    }
  });
}

/** The ids of an assistant message's tool calls. */
function callIds(toolCalls: unknown): ReadonlySet<string> {
  const ids = new Set<string>();
  if (!Array.isArray(toolCalls)) return ids;
  for (const call of toolCalls) {
    const id = typeof call === "object" && call !== null ? (call as { id?: unknown }).id : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}
