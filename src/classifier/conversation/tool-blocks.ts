/**
 * Anthropic-style content blocks inside chat messages, read as the OpenAI shape the rest of the
 * conversation layer reads: an assistant's `tool_use` blocks are tool calls, and a user message made of
 * `tool_result` blocks is a tool message, not the user's latest turn (agent frameworks that pass
 * Messages API content through a chat request send exactly this). Text the user typed beside the
 * results stays a user turn after them. Conversations without such blocks are returned as they are.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";

interface Block {
  type?: unknown;
  text?: unknown;
  content?: unknown;
  id?: unknown;
  tool_use_id?: unknown;
  name?: unknown;
  input?: unknown;
}

/** Characters of one tool result kept as text (the reading caps what it reads anyway). */
const MAX_RESULT_CHARS = 100_000;

function blocks(message: ChatMessage): Block[] | undefined {
  return Array.isArray(message.content) ? (message.content as unknown[]).filter((part): part is Block => typeof part === "object" && part !== null) : undefined;
}

function hasToolBlock(message: ChatMessage): boolean {
  if (!Array.isArray(message.content)) return false;
  for (const part of message.content as unknown[]) {
    const type = typeof part === "object" && part !== null ? (part as Block).type : undefined;
    if (type === "tool_result" || type === "tool_use") return true;
  }
  return false;
}

/**
 * The text of a tool result's content: a string, or text blocks, and the text of its `search_result` blocks (title,
 * source, text) and text documents, as the Messages door translates them (messages-to-chat.ts).
 */
function resultText(content: unknown): string {
  if (typeof content === "string") return content.slice(0, MAX_RESULT_CHARS);
  if (!Array.isArray(content)) return "";
  const texts: string[] = [];
  for (const part of content as unknown[]) {
    if (typeof part !== "object" || part === null) continue;
    const block = part as Block & { source?: unknown; title?: unknown };
    if (typeof block.text === "string") texts.push(block.text);
    else if (block.type === "search_result") texts.push(...[block.title, block.source, ...innerTexts(block.content)].filter((text): text is string => typeof text === "string"));
    else if (block.type === "document") texts.push(...documentTexts(block.source));
  }
  return texts.join("\n").slice(0, MAX_RESULT_CHARS);
}

/** The `text` of each block in a list. */
function innerTexts(content: unknown): string[] {
  if (!Array.isArray(content)) return [];
  return (content as unknown[]).flatMap((inner) => {
    const text = typeof inner === "object" && inner !== null ? (inner as Block).text : undefined;
    return typeof text === "string" ? [text] : [];
  });
}

/** A text document's text, or a content document's text blocks. */
function documentTexts(source: unknown): string[] {
  if (typeof source !== "object" || source === null) return [];
  const { type, data, content } = source as { type?: unknown; data?: unknown; content?: unknown };
  if (type === "text") return typeof data === "string" ? [data] : [];
  if (type === "content") return typeof content === "string" ? [content] : innerTexts(content);
  return [];
}

function textParts(parts: readonly Block[]): Block[] {
  return parts.filter((part) => part.type === "text");
}

function fromAssistant(message: ChatMessage, parts: readonly Block[]): ChatMessage {
  const uses = parts.filter((part) => part.type === "tool_use");
  const calls = uses.map((use) => ({ id: String(use.id ?? ""), type: "function", function: { name: String(use.name ?? ""), arguments: JSON.stringify(use.input ?? {}) } }));
  const text = textParts(parts);
  return { ...message, content: text.length > 0 ? (text as ChatMessage["content"]) : null, tool_calls: [...(Array.isArray(message.tool_calls) ? message.tool_calls : []), ...calls] };
}

function fromUser(message: ChatMessage, parts: readonly Block[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const part of parts) {
    if (part.type === "tool_result") out.push({ role: "tool", tool_call_id: String(part.tool_use_id ?? ""), content: resultText(part.content) });
  }
  const text = textParts(parts);
  if (text.length > 0) out.push({ ...message, content: text as ChatMessage["content"] });
  return out;
}

/** The conversation with Anthropic tool blocks read as tool calls and tool messages (the same array when it has none). */
export function normalizeToolBlocks(messages: readonly ChatMessage[]): readonly ChatMessage[] {
  if (!messages.some(hasToolBlock)) return messages;
  return messages.flatMap((message) => {
    const parts = hasToolBlock(message) ? blocks(message) : undefined;
    if (parts === undefined) return [message];
    if (message.role === "assistant") return [fromAssistant(message, parts)];
    if (message.role === "user") return fromUser(message, parts);
    return [message];
  });
}
