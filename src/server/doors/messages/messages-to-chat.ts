/**
 * Anthropic Messages request → Chat Completions request (OpenRouter's dialect), so any model of a chain can
 * answer it: system blocks become a system message, `tool_use` blocks become `tool_calls`, `tool_result` blocks
 * become `tool` messages, images and PDFs become `image_url` / `file` parts, thinking becomes `reasoning`, a
 * `search_result` becomes a text part (title, source, text), and an assistant turn's server tool blocks (Anthropic's
 * own tools, run on its servers) are left out.
 * `cache_control` marks are kept on text, image and inline-file parts (OpenRouter passes them to providers that cache;
 * an assistant turn with a marked text block keeps its text as parts), on tool definitions, and a `tool_use` block's
 * on its assistant message (cache-marks.ts).
 * @module
 */
import type { ChatMessage, ChatRequest, ContentPart } from "../../../core/types.js";
import type { MessagesContentBlock, MessagesRequest, MessagesTextBlock } from "./messages-request.js";
import { canCarryMark, keepLongerTtlsFirst, markOf, toolUseMark, withMark, type CacheMark, type ToolSpill } from "./cache-marks.js";
import { clientToolFunction } from "./anthropic-client-tools.js";

type ToolResultBlock = Extract<MessagesContentBlock, { type: "tool_result" }>;
type MessagesTool = NonNullable<MessagesRequest["tools"]>[number];

/**
 * A tool's chat function. Anthropic's bash and text editor tools carry the input Anthropic defines for them
 * (anthropic-client-tools.ts), without `strict`: strict mode holds a schema to rules (every property required, no
 * others) the gateway's own schema does not keep, and a provider refuses it with a 400 that does not move the chain on.
 */
function functionOf(tool: MessagesTool): Record<string, unknown> {
  const client = clientToolFunction(tool.type);
  if (client) return { name: tool.name, ...client };
  return { name: tool.name, ...(tool.description !== undefined ? { description: tool.description } : {}), parameters: tool.input_schema ?? {}, ...(tool.strict ? { strict: true } : {}) };
}

/** Translates a validated request. */
export function messagesToChat(request: MessagesRequest): ChatRequest {
  const messages: ChatMessage[] = [];
  if (request.system !== undefined) messages.push({ role: "system", content: typeof request.system === "string" ? request.system : request.system.map(textPart) });
  for (const message of request.messages) {
    if (message.role === "assistant") messages.push(assistantMessage(message.content));
    else messages.push(...userMessages(message.content));
  }
  const chat: ChatRequest = { model: request.model, messages, max_tokens: request.max_tokens };
  if (request.stream) {
    chat.stream = true;
    chat.stream_options = { include_usage: true };
  }
  copy(request, chat, ["temperature", "top_p", "top_k"]);
  if (request.cache_control) chat.cache_control = request.cache_control;
  if (request.stop_sequences) chat.stop = request.stop_sequences;
  if (request.metadata?.user_id) chat.user = request.metadata.user_id;
  if (request.tools) {
    chat.tools = request.tools.map((tool) => ({
      type: "function",
      function: functionOf(tool),
      // A breakpoint on a tool caches the tools (and the system prompt before them): OpenRouter's chat tool takes it.
      ...(tool.cache_control ? { cache_control: tool.cache_control } : {}),
    }));
  }
  // Structured outputs (GA `output_config.format`, beta `output_format`): routed to models that have them, and the
  // answer held to the schema, as a chat request's `response_format` is. Dropped, the answer was free text.
  const format = request.output_config?.format ?? request.output_format;
  if (format) chat.response_format = { type: "json_schema", json_schema: { name: "output", schema: format.schema, strict: true } };
  applyToolChoice(request, chat);
  // OpenRouter's `reasoning` takes `effort` or `max_tokens`, not both: an explicit budget wins over `effort`, and
  // without thinking `effort` is not sent (as OpenRouter's effort it would turn thinking on). See docs/gateway.md.
  const effort = request.output_config?.effort;
  if (request.thinking?.type === "enabled") chat.reasoning = { max_tokens: request.thinking.budget_tokens };
  else if (request.thinking?.type === "adaptive") chat.reasoning = effort ? { effort } : { enabled: true };
  // `thinking: {type: "disabled"}` is OpenRouter's `enabled: false`, sent only to the models of the chain the catalog
  // says can turn reasoning off (`reasoning.mandatory: false`): OpenRouter refuses it with a 400 for a model whose
  // reasoning is mandatory, and one the catalog says nothing about gets nothing (routing/reasoning-off.ts, ADR 0086).
  else if (request.thinking?.type === "disabled") chat.reasoning = { enabled: false };
  // Shape-checked at the edge; `requires` names are checked against the known capabilities when routing.
  if (request.switchyard) chat.switchyard = request.switchyard as ChatRequest["switchyard"];
  return chat;
}

function applyToolChoice(request: MessagesRequest, chat: ChatRequest): void {
  const choice = request.tool_choice;
  if (!choice) return;
  if (choice.type === "auto") chat.tool_choice = "auto";
  else if (choice.type === "any") chat.tool_choice = "required";
  else if (choice.type === "none") chat.tool_choice = "none";
  else chat.tool_choice = { type: "function", function: { name: choice.name } };
  if ("disable_parallel_tool_use" in choice && choice.disable_parallel_tool_use === true) chat.parallel_tool_calls = false;
}

/** An assistant turn: text joined, tool_use blocks as tool_calls, thinking as reasoning details. */
function assistantMessage(content: string | MessagesContentBlock[]): ChatMessage {
  if (typeof content === "string") return { role: "assistant", content };
  let text = "";
  const texts: ContentPart[] = [];
  const toolCalls: unknown[] = [];
  const reasoning: Record<string, unknown>[] = [];
  for (const block of content) {
    if (block.type === "text") {
      text += block.text;
      // An empty block is not sent: Anthropic refuses a breakpoint on an empty text block.
      if (block.text.length > 0) texts.push(textPart(block));
    }
    else if (block.type === "tool_use") toolCalls.push({ id: block.id, type: "function", function: { name: block.name, arguments: JSON.stringify(block.input) } });
    else if (block.type === "thinking") reasoning.push({ type: "reasoning.text", text: block.thinking, ...(block.signature ? { signature: block.signature } : {}), format: "anthropic-claude-v1" });
    else if (block.type === "redacted_thinking") reasoning.push({ type: "reasoning.encrypted", data: block.data, format: "anthropic-claude-v1" });
  }
  // A marked text block keeps its breakpoint as a text part (OpenRouter's assistant content takes them, as a user's):
  // joined into one string, the mark was lost and the turn before it was written to the cache anew each time.
  const marked = texts.some((part) => markOf(part) !== undefined);
  const message: ChatMessage = { role: "assistant", content: marked ? texts : text.length > 0 || toolCalls.length === 0 ? text : null };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (reasoning.length > 0) message.reasoning_details = reasoning;
  const mark = toolUseMark(content);
  if (mark !== undefined) message.cache_control = mark;
  return message;
}

/**
 * A user turn: each tool_result becomes a `tool` message (first, as Chat Completions wants tool answers right
 * after the call), then the remaining blocks, plus any images the tool results held, as one user message.
 */
function userMessages(content: string | MessagesContentBlock[]): ChatMessage[] {
  if (typeof content === "string") return [{ role: "user", content }];
  const out: ChatMessage[] = [];
  const parts: ContentPart[] = [];
  const spills: ToolSpill[] = [];
  for (const block of content) {
    if (block.type !== "tool_result") parts.push(...contentParts(block));
    else {
      const from = parts.length;
      const message = toolMessage(block, parts);
      out.push(message);
      spills.push({ message, from, to: parts.length });
    }
  }
  keepLongerTtlsFirst(spills, parts);
  if (parts.length > 0) out.push({ role: "user", content: parts });
  return out;
}

function toolMessage(block: ToolResultBlock, spill: ContentPart[]): ChatMessage {
  let text = "";
  let textMark: CacheMark | undefined;
  let spilled = 0;
  if (typeof block.content === "string") text = block.content;
  else {
    for (const inner of block.content ?? []) {
      // Chat Completions tool messages hold text only: media a tool returned follows in the user message, with the
      // breakpoint it had; one on a text, text document or search result it returned marks the tool's text.
      const parts = contentParts(inner);
      // One its parts cannot carry (a PDF given by URL) marks the tool's text, as it did before ADR 0080.
      if (inner.cache_control && !parts.some((part) => markOf(part) !== undefined)) textMark = inner.cache_control;
      for (const part of parts) {
        if (part.type === "text" && typeof part.text === "string") {
          text += (text ? "\n" : "") + part.text;
          textMark = markOf(part) ?? textMark;
        } else {
          spill.push(part);
          spilled += 1;
        }
      }
    }
  }
  // The tool_result's own breakpoint marks where it ends: after the media it spilled (which follow its text) when the
  // last can carry one, else on its text.
  const lastSpilled = spilled > 0 ? spill.at(-1) : undefined;
  if (block.cache_control && lastSpilled !== undefined && canCarryMark(lastSpilled)) spill[spill.length - 1] = withMark(lastSpilled, markOf(lastSpilled) ?? block.cache_control);
  else textMark ??= block.cache_control;
  const content = block.is_error === true ? `Error: ${text}` : text;
  // Agents put their cache breakpoint on the latest tool result: keep it, as a text part OpenRouter passes on. Not on
  // an empty one (a tool that returned a PDF alone): Anthropic refuses a breakpoint on an empty text block.
  if (textMark && content.length > 0) return { role: "tool", tool_call_id: block.tool_use_id, content: [{ type: "text", text: content, cache_control: textMark }] };
  return { role: "tool", tool_call_id: block.tool_use_id, content };
}

function contentParts(block: MessagesContentBlock): ContentPart[] {
  switch (block.type) {
    case "text":
      return [textPart(block)];
    case "image":
      return [withMark(imagePart(block), block.cache_control)];
    case "document":
      return documentParts(block);
    case "search_result": {
      // Its title and source stay with its text, so the model can say where an answer came from.
      const text = [block.title, block.source, ...block.content.map((inner) => inner.text)].join("\n");
      return [block.cache_control ? { type: "text", text, cache_control: block.cache_control } : { type: "text", text }];
    }
    default:
      // tool_use, thinking, redacted_thinking and server tool blocks in a user turn are refused by assert-tool-turns.ts before this
      // runs; a tool_result is a `tool` message of its own.
      return [];
  }
}

/**
 * A document's parts. Its `title` and `context` are what the model reads about it (Anthropic passes both to the
 * model; the context is not cited from): they go before its text, as a text part before a PDF (whose file name is the
 * title). Its `cache_control` is kept on its last part (a breakpoint is where the block ends) when that part can carry
 * one: text, an image, an inline PDF (cache-marks.ts).
 */
function documentParts(block: Extract<MessagesContentBlock, { type: "document" }>): ContentPart[] {
  const source = block.source;
  const about = [block.title, block.context].filter((text): text is string => typeof text === "string" && text.length > 0);
  let parts: ContentPart[];
  if (source.type === "text") parts = [{ type: "text", text: [...about, source.data].join("\n") }];
  // A custom-content document is text and images already: they go as the parts they are.
  else if (source.type === "content") parts = [...aboutPart(about), ...(typeof source.content === "string" ? [{ type: "text" as const, text: source.content }] : source.content.flatMap(contentParts))];
  else {
    const fileData = source.type === "base64" ? `data:${source.media_type};base64,${source.data}` : source.url;
    parts = [...aboutPart(block.context ? [block.context] : []), { type: "file", file: { filename: block.title ?? "document.pdf", file_data: fileData } }];
  }
  const last = parts.at(-1);
  if (last !== undefined) parts[parts.length - 1] = withMark(last, block.cache_control);
  return parts;
}

function aboutPart(about: string[]): ContentPart[] {
  return about.length > 0 ? [{ type: "text", text: about.join("\n") }] : [];
}

function imagePart(block: Extract<MessagesContentBlock, { type: "image" }>): ContentPart {
  return { type: "image_url", image_url: { url: block.source.type === "base64" ? `data:${block.source.media_type};base64,${block.source.data}` : block.source.url } };
}

function textPart(block: MessagesTextBlock): ContentPart {
  return block.cache_control ? { type: "text", text: block.text, cache_control: block.cache_control } : { type: "text", text: block.text };
}

function copy(from: MessagesRequest, to: ChatRequest, keys: readonly ("temperature" | "top_p" | "top_k")[]): void {
  for (const key of keys) if (from[key] !== undefined) to[key] = from[key];
}
