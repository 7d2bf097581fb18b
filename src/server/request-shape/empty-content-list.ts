/**
 * A chat message whose `content` is an empty list says nothing, and OpenAI's API refuses it ("Invalid
 * 'messages[0].content': empty array. Expected an array with minimum length 1"); forwarded, a laxer provider read an
 * empty user turn and the model answered a question nobody asked, at the client's cost. An assistant message is
 * left alone: with `tool_calls` its content may be empty, and some frameworks write that as `[]`.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";

/** Throws a 400 naming `messages[i].content` for the first non-assistant message whose content is `[]`. */
export function assertNoEmptyContentList(messages: readonly unknown[]): void {
  messages.forEach((entry, index) => {
    const message = entry as { role?: unknown; content?: unknown };
    if (message.role === "assistant" || !Array.isArray(message.content) || message.content.length > 0) return;
    throw new InvalidRequestError(
      `Invalid 'messages[${index}].content': empty array. Expected an array with minimum length 1 (a text part, an image, ...), or a string.`,
      { param: `messages[${index}].content`, code: "invalid_request" },
    );
  });
}
