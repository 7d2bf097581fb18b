/**
 * Where a Messages block's `cache_control` can ride once the block is a chat part. OpenRouter takes a breakpoint on a
 * text part, an image part, and a file part whose data is inline (its own AI SDK provider sends them there, and
 * passes them to Anthropic as the image's or document's `cache_control`); it sends none on a file given by an http(s)
 * URL, so neither do we. A breakpoint that cannot ride is dropped, as before (ADR 0080); a `tool_use` block's rides on its
 * assistant message, as OpenRouter's provider sends it (ADR 0082).
 * @module
 */
import type { ChatMessage, ContentPart } from "../../../core/types.js";
import type { MessagesContentBlock } from "./messages-request.js";

/** A `cache_control` mark as the Messages door reads it. */
export type CacheMark = Readonly<Record<string, unknown>>;

/** Whether OpenRouter passes a breakpoint on `part` to the provider. */
export function canCarryMark(part: ContentPart | undefined): boolean {
  if (part === undefined) return false;
  if (part.type === "text" || part.type === "image_url") return true;
  if (part.type !== "file") return false;
  const data = (part as { file?: { file_data?: unknown } }).file?.file_data;
  return typeof data === "string" && data.startsWith("data:");
}

/** `part` with `mark` on it, when it can carry one; else `part` as it is. */
export function withMark(part: ContentPart, mark: CacheMark | undefined): ContentPart {
  return mark !== undefined && canCarryMark(part) ? { ...part, cache_control: mark } : part;
}

/** The breakpoint `part` carries, if any. */
export function markOf(part: ContentPart): CacheMark | undefined {
  const mark = (part as { cache_control?: unknown }).cache_control;
  return typeof mark === "object" && mark !== null ? (mark as CacheMark) : undefined;
}

/**
 * The breakpoint an assistant turn's `tool_use` blocks carry, for the assistant message: a chat tool call has no place
 * for one, and OpenRouter's own AI SDK provider sends it as the assistant message's `cache_control`, which marks the
 * message's end, where its calls are. Claude Code marks the previous turn's last block, a `tool_use` in an agent loop:
 * dropped, that turn's prefix was written to the cache anew each time. Several marked calls (one breakpoint each on
 * Anthropic's API) make one mark, the last one's, so the count of breakpoints never grows.
 */
export function toolUseMark(content: readonly MessagesContentBlock[]): CacheMark | undefined {
  let mark: CacheMark | undefined;
  for (const block of content) if (block.type === "tool_use" && block.cache_control) mark = block.cache_control;
  return mark;
}

/** A tool message of a user turn, and the parts `[from, to)` of the turn's user message that hold the media it returned. */
export interface ToolSpill {
  message: ChatMessage;
  from: number;
  to: number;
}

/**
 * Anthropic refuses a 1-hour breakpoint after a 5-minute one (longer TTLs first). The media a tool returned follows
 * every tool message of its turn, so its 1-hour breakpoint would come after a later tool's 5-minute one although the
 * client sent them in order: such a breakpoint keeps the default TTL instead (still cached, never refused).
 */
export function keepLongerTtlsFirst(spills: readonly ToolSpill[], parts: ContentPart[]): void {
  let shorterAfter = false;
  for (const { message, from, to } of [...spills].reverse()) {
    const first = Array.isArray(message.content) ? (message.content[0] as ContentPart | undefined) : undefined;
    const textMark = first === undefined ? undefined : markOf(first);
    if (textMark !== undefined && textMark["ttl"] !== "1h") shorterAfter = true;
    if (!shorterAfter) continue;
    for (let at = from; at < to; at += 1) {
      const part = parts[at];
      const mark = part === undefined ? undefined : markOf(part);
      if (part === undefined || mark?.["ttl"] !== "1h") continue;
      const { ttl: _hour, ...shorter } = mark;
      parts[at] = { ...part, cache_control: shorter };
    }
  }
}
