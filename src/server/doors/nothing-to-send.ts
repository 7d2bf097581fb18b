/**
 * A door's body can pass its schema and still translate to no conversation at all: Anthropic messages whose
 * content is empty (an empty list, `""`, blank text blocks), or Responses input holding only reasoning items, an
 * empty string or empty parts. Sent on, the model answered nothing and the client paid for it (Anthropic's API
 * refuses empty and blank content). The refusal names the door's own field, not the `messages` of the Chat
 * Completions request the client never sent.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatMessage, ChatRequest, ContentPart } from "../../core/types.js";

/** Throws a 400 naming `param` when the translated request has no turn besides system or developer text. */
export function assertSomethingToSend(chat: ChatRequest, param: string, detail: string): void {
  if (chat.messages.some(isTurn)) return;
  throw new InvalidRequestError(`${param} holds nothing to send: ${detail}`, { param, code: "invalid_request" });
}

/** The Messages door's refusal: every message's content was empty. */
export function assertMessagesHaveContent(chat: ChatRequest): void {
  assertSomethingToSend(chat, "messages", "every message has empty or blank content. Give a message text, or a block (text, image, document, tool_use, tool_result).");
}

/** The Responses door's refusal: no input item made a turn. */
export function assertInputHasTurn(chat: ChatRequest): void {
  assertSomethingToSend(chat, "input", "it has no message with content, function_call or function_call_output (reasoning items alone are not a turn).");
}

/**
 * A message the model answers: a tool's answer (even empty: the tool returned nothing), a tool call, or a user or
 * assistant message with text that is not blank or with a part that is not text (an image, a file, audio).
 */
function isTurn(message: ChatMessage): boolean {
  if (message.role === "system" || message.role === "developer") return false;
  if (message.role === "tool") return true;
  if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) return true;
  const content = message.content;
  if (typeof content === "string") return content.trim().length > 0;
  return Array.isArray(content) && content.some(partHasContent);
}

function partHasContent(part: ContentPart): boolean {
  if (part.type !== "text") return true;
  return typeof part.text === "string" && part.text.trim().length > 0;
}
