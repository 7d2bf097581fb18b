/**
 * A door's body can pass its schema and still translate to no conversation at all: Anthropic messages whose
 * content lists are empty, or Responses input holding only reasoning items. The refusal names the door's own
 * field, not the `messages` of the Chat Completions request the client never sent.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";

/** Throws a 400 naming `param` when the translated request has no turn besides system or developer text. */
export function assertSomethingToSend(chat: ChatRequest, param: string, detail: string): void {
  if (chat.messages.some((message) => message.role !== "system" && message.role !== "developer")) return;
  throw new InvalidRequestError(`${param} holds nothing to send: ${detail}`, { param, code: "invalid_request" });
}

/** The Messages door's refusal: every message's content was empty. */
export function assertMessagesHaveContent(chat: ChatRequest): void {
  assertSomethingToSend(chat, "messages", "every message has empty content. Give a message text, or a block (text, image, document, tool_use, tool_result).");
}

/** The Responses door's refusal: no input item made a turn. */
export function assertInputHasTurn(chat: ChatRequest): void {
  assertSomethingToSend(chat, "input", "it has no message with content, function_call or function_call_output (reasoning items alone are not a turn).");
}
