/**
 * Every text of a conversation is read only up to a cap, so a huge tool result or paste costs the same as a short one.
 * Moved out of `read-conversation.ts`, unchanged.
 * @module
 */

/** Characters of a system prompt, tool result or earlier turn read for context signals. */
export const CONTEXT_CHARS = 1_500;

/** `text` cut to its first `head` characters, and its last `tail` after a line break. */
export function cut(text: string, head: number, tail = 0): string {
  if (text.length <= head + tail) return text;
  return tail > 0 ? `${text.slice(0, head)}\n${text.slice(-tail)}` : text.slice(0, head);
}
