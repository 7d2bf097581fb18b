/**
 * What a conversation's attachments may cost in prompt tokens, for the worst-case estimate that budgets reserve:
 * images, files (PDFs), audio, video and any part of a type the gateway does not read are forwarded as sent, and the
 * text estimate saw none of them, so a request with a 10 MB audio or PDF part reserved what its text cost and a hard
 * cap was overrun by whatever the upstream then billed. Only the reservation reads this: the context-window check
 * does not (an attachment's tokens depend on the model's own reading of it, and a scanned PDF counted by its bytes
 * would have kept large documents from every model).
 * @module
 */
import type { ChatMessage, ContentPart } from "../core/types.js";
import { IMAGE_PART_TYPES, TEXT_PART_TYPES } from "./conversation-text.js";

/**
 * An image's most tokens among the providers' published rules: Claude about 1,600, GPT-4.1's patches up to ~2,500 at
 * full size, Gemini's 258 per tile or up to 1,120 at high resolution.
 */
export const IMAGE_WORST_TOKENS = 2_500;
/** Characters per token for an attachment's payload: as for text, which a base64 payload (~3/4 byte a character) exceeds. */
const CHARS_PER_TOKEN = 4;
/** How deep a part's own fields are read (an edge already bounds JSON depth; a library caller is not checked there). */
const MAX_DEPTH = 8;

/** Worst-case prompt tokens of the conversation's non-text parts: each image at its most, other parts by payload size. */
export function attachmentTokens(messages: readonly ChatMessage[]): number {
  let images = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as (ContentPart | null)[]) if (typeof part === "object" && part !== null && IMAGE_PART_TYPES.has(part.type)) images += 1;
  }
  return images * IMAGE_WORST_TOKENS + mediaTokens(messages);
}

/**
 * The worst-case prompt tokens of the parts that are neither text nor images (files, audio, video, any unknown type),
 * by payload size: the part of `attachmentTokens` that is not images.
 */
export function mediaTokens(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as (ContentPart | null)[]) {
      if (typeof part !== "object" || part === null || TEXT_PART_TYPES.has(part.type) || IMAGE_PART_TYPES.has(part.type)) continue;
      chars += payloadChars(part, 0);
    }
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/** The audio parts' (`input_audio`) share of `mediaTokens`, by payload size: priced at `pricing.audio` where listed. */
export function audioTokens(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as (ContentPart | null)[]) if (typeof part === "object" && part !== null && part.type === "input_audio") chars += payloadChars(part, 0);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/**
 * How many non-image parts name their content by URL (a PDF or a video OpenRouter fetches): their size is not in the
 * request, so their worst case is what the model can read at most (its context window, `estimate-cost.ts`). A
 * URL's ~10 tokens were reserved for a 2,000-page PDF. Images by URL are bounded per image (IMAGE_WORST_TOKENS).
 */
export function urlAttachmentCount(messages: readonly ChatMessage[]): number {
  let count = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content as (ContentPart | null)[]) {
      if (typeof part !== "object" || part === null || TEXT_PART_TYPES.has(part.type) || IMAGE_PART_TYPES.has(part.type)) continue;
      if (holdsUrl(part, 0)) count += 1;
    }
  }
  return count;
}

/** True when a string inside `value` is an http(s) URL (a `data:` URL carries its payload, counted by size). */
function holdsUrl(value: unknown, depth: number): boolean {
  if (typeof value === "string") return /^https?:\/\//i.test(value.slice(0, 8));
  if (typeof value !== "object" || value === null || depth >= MAX_DEPTH) return false;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) if (holdsUrl(inner, depth + 1)) return true;
  return false;
}

/** The characters of every string inside `value` (keys not counted). */
function payloadChars(value: unknown, depth: number): number {
  if (typeof value === "string") return value.length;
  if (typeof value !== "object" || value === null || depth >= MAX_DEPTH) return 0;
  let chars = 0;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) chars += payloadChars(inner, depth + 1);
  return chars;
}
