/**
 * Pulls the text a classifier reads out of a conversation: every message, not only the last.
 * @module
 */
import type { ChatMessage, ContentPart } from "../core/types.js";

/**
 * Part types that carry the message's text: chat's `text`, and the Responses API's `input_text` and `output_text`,
 * which clients building chat messages from Responses parts send to the chat door (read as nothing, their task went
 * unread and the prompt was priced at ~0 tokens).
 */
export const TEXT_PART_TYPES = new Set(["text", "input_text", "output_text"]);
/** Part types that are an image: chat's `image_url`, the Responses API's `input_image` and Anthropic's `image` block. */
export const IMAGE_PART_TYPES = new Set(["image_url", "input_image", "image"]);

/** The text of one message, joining text parts and ignoring images and audio. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part: ContentPart | null) => (isPart(part) && TEXT_PART_TYPES.has(part.type) ? partText(part) : ""))
    .filter(Boolean)
    .join("\n");
}

/** A combining diacritical mark (U+0300–U+036F): text typed or pasted decomposed carries them. */
const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * `text` in composed form (NFC). Text arrives decomposed from macOS file names and clipboards, from Vietnamese
 * "tổ hợp" keyboards (a vowel plus a combining tone mark) and from Yoruba keyboards (ẹ, ṣ and the tones as marks);
 * every cue table, the learned tokenizer and the weights read composed letters, so "dịch" typed as d-i-U+0323-c-h
 * would match nothing. Only text with a combining mark is normalised: the check costs nothing on one-byte
 * (Latin-1) strings, which cannot hold one, and ~0.4 µs on 500 characters of two-byte text.
 */
export function composedText(text: string): string {
  return COMBINING_MARK.test(text) ? text.normalize("NFC") : text;
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
    for (const part of message.content as (ContentPart | null)[]) if (isPart(part) && IMAGE_PART_TYPES.has(part.type)) count++;
  }
  return count;
}

function partText(part: ContentPart): string {
  const { text } = part as { text?: unknown };
  return typeof text === "string" ? text : "";
}

/** Library callers are not checked at an HTTP edge: a null or scalar part is skipped, never dereferenced. */
function isPart(part: unknown): part is ContentPart {
  return typeof part === "object" && part !== null;
}
