/**
 * Pulls the text a classifier reads out of a conversation: every message, not only the last.
 * @module
 */
import type { ChatMessage, ContentPart } from "../core/types.js";

/** The text of one message, joining text parts and ignoring images and audio. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part: ContentPart | null) => (isPart(part) && part.type === "text" && typeof part.text === "string" ? part.text : ""))
    .filter(Boolean)
    .join("\n");
}

/** Text of the user-authored turns (user, system, developer), newest last. */
export function userText(messages: readonly ChatMessage[]): string {
  return messages
    .filter((m) => m.role === "user" || m.role === "system" || m.role === "developer")
    .map(messageText)
    .join("\n");
}

/** Text of the latest user message. */
export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === "user") return messageText(message);
  }
  return "";
}

/** Counts image parts across the conversation. */
export function countImages(messages: readonly ChatMessage[]): number {
  let count = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as (ContentPart | null)[]) if (isPart(part) && part.type === "image_url") count++;
  }
  return count;
}

/** Library callers are not checked at an HTTP edge: a null or scalar part is skipped, never dereferenced. */
function isPart(part: unknown): part is ContentPart {
  return typeof part === "object" && part !== null;
}
