/**
 * Images, audio and files are input a chat request sends in a user message (or a tool message, where a provider
 * takes them). OpenAI's API refuses them in a system, developer or assistant message ("Image URLs are only allowed
 * for messages with role 'user'"), as the Responses door refuses an image in an assistant, system or developer
 * message (responses-to-chat.ts); forwarded, the chat door's request was refused upstream after routing and a
 * reservation, or a laxer provider dropped the media without a word and the model answered without it.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";

/** Content part types that carry media. */
const MEDIA_PARTS = new Set(["image_url", "input_audio", "file"]);

/** Roles whose content holds text only. */
const TEXT_ROLES = new Set(["system", "developer", "assistant"]);

/** Throws a 400 naming `messages[i].content[j]` for the first media part in a system, developer or assistant message. */
export function assertMediaInUserMessages(messages: readonly unknown[]): void {
  messages.forEach((entry, index) => {
    const message = entry as { role?: unknown; content?: unknown };
    if (!TEXT_ROLES.has(message.role as string) || !Array.isArray(message.content)) return;
    const at = message.content.findIndex((part: unknown) => typeof part === "object" && part !== null && MEDIA_PARTS.has((part as { type?: unknown }).type as string));
    if (at < 0) return;
    const type = String((message.content[at] as { type: unknown }).type);
    const param = `messages[${index}].content[${at}]`;
    throw new InvalidRequestError(
      `Invalid '${param}': ${type} parts are only allowed in messages with role 'user', but messages[${index}] has role '${String(message.role)}'. Send the ${type === "file" ? "file" : type === "input_audio" ? "audio" : "image"} in a user message.`,
      { param, code: "invalid_request" },
    );
  });
}
