/**
 * Checks the shape of a chat completion body before routing, so no input can reach the engine in a shape
 * that would crash it. Deeper checks (tasks, tiers, max_tokens) are the engine's.
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import type { ChatRequest } from "../core/types.js";

/** Returns the body as a ChatRequest, or throws InvalidRequestError naming the bad field. */
export function readChatRequest(body: unknown): ChatRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InvalidRequestError("The request body must be a JSON object with `model` and `messages`.");
  }
  const request = body as Record<string, unknown>;
  const messages = request.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidRequestError("`messages` is required: a non-empty array of chat messages.", { param: "messages", code: "missing_messages" });
  }
  for (let index = 0; index < messages.length; index += 1) {
    const message: unknown = messages[index];
    if (typeof message !== "object" || message === null || typeof (message as { role?: unknown }).role !== "string") {
      throw new InvalidRequestError(`messages[${index}] must be an object with a string \`role\`.`, { param: `messages[${index}]` });
    }
  }
  if (request.stream !== undefined && typeof request.stream !== "boolean") {
    throw new InvalidRequestError("`stream` must be a boolean.", { param: "stream" });
  }
  const switchyard = request.switchyard;
  if (switchyard !== undefined && (typeof switchyard !== "object" || switchyard === null || Array.isArray(switchyard))) {
    throw new InvalidRequestError("`switchyard` must be an object such as {\"task\": \"chat\"}.", { param: "switchyard" });
  }
  return request as ChatRequest;
}

/** The prompt text for the decision log (only built when prompts are stored). */
export function promptText(request: ChatRequest): string {
  return request.messages
    .map((message) => `${message.role}: ${typeof message.content === "string" ? message.content : JSON.stringify(message.content ?? "")}`)
    .join("\n");
}
