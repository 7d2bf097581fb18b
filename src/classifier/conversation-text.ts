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
  const texts: string[] = [];
  let chars = 0;
  for (const part of content as (ContentPart | null)[]) {
    const text = isPart(part) && TEXT_PART_TYPES.has(part.type) ? partText(part) : "";
    if (text === "") continue;
    texts.push(text);
    chars += text.length;
  }
  if (texts.length <= 1) return texts[0] ?? "";
  return chars < JOIN_MEMO_MIN_CHARS ? texts.join("\n") : rememberedJoin(content, texts);
}

/**
 * Joined texts of the last few long part lists read. A decision reads its latest turn's text a dozen times (the
 * reading, the learned features, the estimate), and joining a pasted document sent as parts (a `document` or
 * `search_result` block beside the question, a client that sends text as parts) copied it each time: 23 ms of a
 * decision at 1.25 M characters, where the same text sent as a string cost nothing. A slot serves the same list
 * holding the same strings (compared by identity, as they are the same objects), so a list changed in place is joined
 * again.
 */
const JOIN_MEMO_MIN_CHARS = 16_384;
const joined: ({ parts: readonly unknown[]; texts: readonly string[]; text: string } | undefined)[] = [undefined, undefined, undefined, undefined];
let nextJoined = 0;

function rememberedJoin(parts: readonly unknown[], texts: readonly string[]): string {
  for (const slot of joined) if (slot?.parts === parts && sameTexts(slot.texts, texts)) return slot.text;
  const text = texts.join("\n");
  joined[nextJoined] = { parts, texts, text };
  nextJoined = (nextJoined + 1) % joined.length;
  return text;
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
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
