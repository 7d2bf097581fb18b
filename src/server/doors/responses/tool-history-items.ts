/**
 * Input items of the Responses API's own tools (built-in and hosted: `custom_tool_call`, `local_shell_call`,
 * `shell_call`, `apply_patch_call`, `computer_call`, `web_search_call`, `file_search_call`, `code_interpreter_call`,
 * `image_generation_call`, `mcp_call`, and the outputs that answer the client-run ones) sent back as history. A client
 * that replays a conversation begun on OpenAI's API (Codex, the Agents SDK) sends them; they were a 400
 * (`input[i].type must be "message"`), so the conversation could not continue here at all. Each is a tool call the
 * model made, and its output is what the model read next: translated, it is an assistant message's tool call and a
 * `tool` message with the output's text (an image it holds follows in a user message, as a `function_call_output`'s
 * does), so the routed model and the conversation reader see what happened. The MCP bookkeeping items
 * (`mcp_list_tools`, `mcp_approval_request`, `mcp_approval_response`) hold nothing a model reads and are left out.
 * See docs/decisions/0039-responses-tool-history-items.md.
 * @module
 */
import type { ChatMessage, ContentPart } from "../../../core/types.js";

/** Items that are a tool call (with its result inside for the hosted tools). */
const CALL_TYPES = [
  "custom_tool_call",
  "local_shell_call",
  "shell_call",
  "apply_patch_call",
  "computer_call",
  "web_search_call",
  "file_search_call",
  "code_interpreter_call",
  "image_generation_call",
  "mcp_call",
] as const;
/** Items that answer a client-run call of {@link CALL_TYPES} (as `function_call_output` answers a `function_call`). */
const OUTPUT_TYPES = ["custom_tool_call_output", "local_shell_call_output", "shell_call_output", "apply_patch_call_output", "computer_call_output"] as const;
/** MCP items that hold no content for a model: listing a server's tools, asking and answering an approval. */
const BOOKKEEPING_TYPES = ["mcp_list_tools", "mcp_approval_request", "mcp_approval_response"] as const;

/** Every tool-history item type the door accepts. */
export const TOOL_HISTORY_ITEM_TYPES = [...CALL_TYPES, ...OUTPUT_TYPES, ...BOOKKEEPING_TYPES] as const;
/** One tool-history item type. */
export type ToolHistoryItemType = (typeof TOOL_HISTORY_ITEM_TYPES)[number];

/** A tool-history item, its fields read where they are used (each tool's item has its own). */
export interface ToolHistoryItem {
  type: ToolHistoryItemType;
  [field: string]: unknown;
}

/** Hosted calls whose result sits in the call item itself: the translation answers them at once. */
const SELF_ANSWERED = new Set<string>(["web_search_call", "file_search_call", "code_interpreter_call", "image_generation_call", "mcp_call"]);

/** Whether an item type is one of these. */
export function isToolHistoryType(type: unknown): type is ToolHistoryItemType {
  return typeof type === "string" && (TOOL_HISTORY_ITEM_TYPES as readonly string[]).includes(type);
}

/** Whether the item is a tool call the model made (an assistant item). */
export function isToolHistoryCall(item: { type?: unknown }): boolean {
  return typeof item.type === "string" && (CALL_TYPES as readonly string[]).includes(item.type);
}

/** Whether the item is a hosted call that holds its own result (answered where it stands). */
export function isSelfAnsweredCall(item: { type?: unknown }): boolean {
  return typeof item.type === "string" && SELF_ANSWERED.has(item.type);
}

/** Whether the item answers a call (a tool output, as `function_call_output` is). */
export function isToolHistoryOutput(item: { type?: unknown }): boolean {
  return typeof item.type === "string" && (OUTPUT_TYPES as readonly string[]).includes(item.type);
}

/** The call id a call item is answered by: its `call_id`, or (hosted calls have none) its item `id`. */
export function toolHistoryCallId(item: ToolHistoryItem): string {
  return text(item.call_id) || text(item.id);
}

/** A chat tool call. */
export interface ChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** What one item becomes: a tool call, and the tool message (plus media) that answers it or that it is. */
export interface TranslatedToolItem {
  call?: ChatToolCall;
  answer?: ChatMessage;
  media: ContentPart[];
}

/**
 * The item translated. `callIds` maps a call item's `id` to its `call_id`: a `local_shell_call_output` names its
 * call by `id` alone in OpenAI's schema.
 */
export function translateToolHistoryItem(item: ToolHistoryItem, callIds: ReadonlyMap<string, string>): TranslatedToolItem {
  if (isToolHistoryCall(item)) {
    const id = toolHistoryCallId(item);
    const call: ChatToolCall = { id, type: "function", function: { name: callName(item), arguments: callArguments(item) } };
    if (!SELF_ANSWERED.has(item.type)) return { call, media: [] };
    const { content, media } = hostedResult(item);
    return { call, answer: { role: "tool", tool_call_id: id, content }, media };
  }
  if (isToolHistoryOutput(item)) {
    const named = text(item.call_id) || text(item.id);
    const { content, media } = outputResult(item);
    return { answer: { role: "tool", tool_call_id: callIds.get(named) ?? named, content }, media };
  }
  return { media: [] };
}

/** The tool's name as the model called it: the custom or MCP tool's own name, else the built-in tool's. */
function callName(item: ToolHistoryItem): string {
  if (item.type === "custom_tool_call" || item.type === "mcp_call") return text(item.name) || item.type.slice(0, -"_call".length);
  return item.type.slice(0, -"_call".length);
}

/** The call's arguments as JSON text: what the model asked the tool to do. */
function callArguments(item: ToolHistoryItem): string {
  switch (item.type) {
    case "custom_tool_call":
      return JSON.stringify({ input: text(item.input) });
    case "mcp_call":
      return text(item.arguments) || "{}";
    case "apply_patch_call":
      return JSON.stringify(item.operation ?? {});
    case "file_search_call":
      return JSON.stringify({ queries: Array.isArray(item.queries) ? item.queries : [] });
    case "code_interpreter_call":
      return JSON.stringify({ code: text(item.code) });
    default:
      return JSON.stringify(item.action ?? {});
  }
}

/** A hosted call's own result: search results' text, the code's logs, the MCP tool's output, a generated image. */
function hostedResult(item: ToolHistoryItem): { content: string; media: ContentPart[] } {
  const media: ContentPart[] = [];
  let content = "";
  if (item.type === "file_search_call") content = searchResultsText(objects(item.results));
  else if (item.type === "web_search_call") content = objects(objectOf(item.action).sources).map((source) => text(source.url)).filter(Boolean).join("\n");
  else if (item.type === "mcp_call") content = text(item.output) || text(item.error);
  else if (item.type === "code_interpreter_call") {
    for (const output of objects(item.outputs)) {
      if (output.type === "logs") content += (content ? "\n" : "") + text(output.logs);
      else if (output.type === "image" && text(output.url)) media.push(imagePart(text(output.url)));
    }
  } else if (item.type === "image_generation_call" && text(item.result)) media.push(imagePart(`data:image/png;base64,${text(item.result)}`));
  return { content: content || text(item.status) || "completed", media };
}

/** A client-run call's output: its text, and any screenshot or image it returned. */
function outputResult(item: ToolHistoryItem): { content: string; media: ContentPart[] } {
  const media: ContentPart[] = [];
  let content = "";
  const { output } = item;
  if (typeof output === "string") content = output;
  else if (item.type === "shell_call_output") content = objects(output).map((run) => [text(run.stdout), text(run.stderr)].filter(Boolean).join("\n")).join("\n");
  else if (item.type === "computer_call_output") {
    const screenshot = objectOf(output);
    if (text(screenshot.image_url)) media.push(imagePart(text(screenshot.image_url)));
    content = text(screenshot.type) || "computer_screenshot";
  } else {
    for (const part of objects(output)) {
      if (part.type === "input_text" || part.type === "output_text") content += text(part.text);
      else if (part.type === "input_image" && text(part.image_url)) media.push(imagePart(text(part.image_url)));
      else if (part.type === "input_file" && (text(part.file_data) || text(part.file_url))) media.push({ type: "file", file: { filename: text(part.filename) || "document.pdf", file_data: text(part.file_data) || text(part.file_url) } });
    }
  }
  return { content: content || text(item.status) || "completed", media };
}

/** Each result's file name and text, in one join: a long text is copied once, and the reader gets a flat string. */
function searchResultsText(results: readonly Record<string, unknown>[]): string {
  const pieces: string[] = [];
  for (const result of results) {
    if (pieces.length > 0) pieces.push("\n\n");
    if (text(result.filename)) pieces.push(text(result.filename), "\n");
    pieces.push(text(result.text));
  }
  return pieces.join("");
}

function imagePart(url: string): ContentPart {
  return { type: "image_url", image_url: { url } };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as unknown[]).filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null && !Array.isArray(entry)) : [];
}
