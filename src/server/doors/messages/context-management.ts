/**
 * Anthropic's context editing (`context_management.edits`), which Anthropic applies to the prompt on its servers
 * before the model reads it. The door translates for models of any maker, so it applies what it can itself:
 * - `clear_thinking_20251015` (what Claude Code sends, with `keep: "all"`): thinking blocks of all but the latest
 *   `keep.value` assistant turns with thinking are left out (default 1, Anthropic's); `keep: "all"` keeps every one.
 *   As on Anthropic's API it needs `thinking` enabled or adaptive.
 * - `clear_tool_uses_20250919` clears old tool results once the prompt passes a token threshold, with placeholders
 *   only Anthropic's servers write: refused with a 400 naming the edit. Dropped, the model would read the whole
 *   history, and the client would pay for the tokens it asked to clear.
 * OpenRouter takes `context_management` on its own `/messages` endpoint only, not the Chat Completions one the
 * door sends to (docs/decisions/0015-doors-translate-to-chat-completions.md).
 * @module
 */
import type { MessagesMessage, MessagesRequest } from "./messages-request.js";

/** The messages as the model should read them: thinking cleared from older turns when an edit asks for it. */
export function applyContextEdits(request: MessagesRequest): { messages: MessagesRequest["messages"]; error?: { param: string; message: string } } {
  const edits = request.context_management?.edits ?? [];
  const index = edits.findIndex((candidate) => candidate.type === "clear_thinking_20251015");
  const clear = edits[index];
  if (!clear || clear.type !== "clear_thinking_20251015") return { messages: request.messages };
  if (request.thinking?.type !== "enabled" && request.thinking?.type !== "adaptive") {
    return { messages: request.messages, error: { param: `context_management.edits[${index}]`, message: "`clear_thinking_20251015` needs `thinking` enabled or adaptive, as on Anthropic's API" } };
  }
  // `keep: "all"` (what Claude Code sends) or `{type: "all"}` (the SDK's object form) keeps every one.
  if (clear.keep === "all" || clear.keep?.type === "all") return { messages: request.messages };
  return { messages: clearOlderThinking(request.messages, clear.keep?.value ?? 1) };
}

/** Leaves out thinking blocks of all but the latest `keep` assistant turns that have any. */
function clearOlderThinking(messages: readonly MessagesMessage[], keep: number): MessagesMessage[] {
  let kept = 0;
  const out = [...messages];
  for (let index = out.length - 1; index >= 0; index -= 1) {
    const message = out[index];
    if (!message || message.role !== "assistant" || typeof message.content === "string" || !message.content.some(isThinking)) continue;
    kept += 1;
    if (kept > keep) out[index] = { ...message, content: message.content.filter((block) => !isThinking(block)) };
  }
  // A turn that held thinking only has nothing left to say.
  return out.filter((message) => typeof message.content === "string" || message.content.length > 0);
}

function isThinking(block: { type: string }): boolean {
  return block.type === "thinking" || block.type === "redacted_thinking";
}
