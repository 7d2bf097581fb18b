/**
 * OpenAI Responses request → Chat Completions request: `instructions` become the system message, the stored
 * conversation of `previous_response_id` comes next, then the input items: messages as messages,
 * `function_call` items as an assistant message's `tool_calls`, `function_call_output` items as `tool` messages,
 * a `reasoning` item's `encrypted_content` as its assistant message's `reasoning_details` (encrypted-reasoning.ts),
 * and the items of the API's own tools as tool calls and tool messages too (tool-history-items.ts).
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { ChatMessage, ChatRequest, ContentPart } from "../../../core/types.js";
import { detailsOfEncryptedContent, type ReasoningDetail } from "./encrypted-reasoning.js";
import type { ResponsesContentPart, ResponsesInputItem, ResponsesRequest } from "./responses-request.js";
import { isToolHistoryCall, isToolHistoryOutput, isToolHistoryType, toolHistoryCallId, translateToolHistoryItem, type ToolHistoryItemType } from "./tool-history-items.js";

/** An input item of the API's own tools (tool-history-items.ts). */
type ToolHistoryInputItem = Extract<ResponsesInputItem, { type: ToolHistoryItemType }>;
/** The other items: messages, function calls and outputs, reasoning. */
type CoreInputItem = Exclude<ResponsesInputItem, ToolHistoryInputItem>;

function isToolHistoryItem(item: ResponsesInputItem): item is ToolHistoryInputItem {
  return isToolHistoryType(item.type);
}

/** The conversation the request adds to (without instructions), as chat messages. */
export function inputMessages(request: ResponsesRequest): ChatMessage[] {
  if (typeof request.input === "string") return [{ role: "user", content: request.input }];
  const messages: ChatMessage[] = [];
  const { input } = request;
  // The first item after each that is not reasoning (one pass from the end: input can be long).
  const following: (ResponsesInputItem | undefined)[] = [];
  for (let index = input.length - 1, next: ResponsesInputItem | undefined; index >= 0; index -= 1) {
    following[index] = next;
    const item = input[index];
    if (item?.type !== "reasoning") next = item;
  }
  // Reasoning that comes before its assistant item waits for it.
  let pending: ReasoningDetail[] = [];
  // Images and files that function outputs returned: a chat tool message holds text only, so they follow the run of
  // tool messages in a user message (as the Messages door does with a tool_result's images).
  let spill: ContentPart[] = [];
  // A tool call's item id → its call_id (a local_shell_call_output may name its call by the item id).
  const callIds = new Map<string, string>();
  input.forEach((item, index) => {
    if (item.type !== "reasoning") {
      if (!isOutputItem(item) && spill.length > 0) {
        messages.push({ role: "user", content: spill });
        spill = [];
      }
      // The assistant message the item went to: a hosted call's answer follows its call, so it is not the last one.
      const holder = isToolHistoryItem(item) ? addToolHistoryItem(messages, item, callIds, spill) : (addItem(messages, item, index, spill), messages.at(-1));
      if (pending.length > 0 && holder?.role === "assistant") attachReasoning(holder, pending);
      pending = [];
      return;
    }
    // A reasoning summary alone is nothing a chat model reads; encrypted content is the model's reasoning state.
    if (!item.encrypted_content) return;
    const details = detailsOfEncryptedContent(item.encrypted_content, `input[${index}].encrypted_content`);
    const last = messages.at(-1);
    if (isAssistantItem(following[index])) pending.push(...details);
    else if (last?.role === "assistant" && pending.length === 0) attachReasoning(last, details);
    else {
      throw new InvalidRequestError(
        `input[${index}] is a reasoning item with encrypted_content and no assistant item beside it: it belongs to the assistant message or function_call it came with. Send it right before (or after) that item, or leave it out.`,
        { param: `input[${index}]`, code: "invalid_request" },
      );
    }
  });
  if (spill.length > 0) messages.push({ role: "user", content: spill });
  return messages;
}

function isAssistantItem(item: ResponsesInputItem | undefined): boolean {
  if (item === undefined) return false;
  if (item.type === "function_call" || isToolHistoryCall(item)) return true;
  return "role" in item && item.role === "assistant";
}

/** An item that answers a call: its media wait with the run of tool messages. */
function isOutputItem(item: ResponsesInputItem): boolean {
  return item.type === "function_call_output" || isToolHistoryOutput(item);
}

/** A tool call joins the assistant message before it (parallel calls arrive as consecutive items), or starts one. */
function pushToolCall(messages: ChatMessage[], call: unknown): void {
  const last = messages.at(-1);
  if (last?.role === "assistant" && (last.tool_calls !== undefined || typeof last.content === "string")) last.tool_calls = [...(last.tool_calls ?? []), call];
  else messages.push({ role: "assistant", content: null, tool_calls: [call] });
}

/** Adds the item's call and answer; returns the assistant message that holds the call, if it is one. */
function addToolHistoryItem(messages: ChatMessage[], item: ToolHistoryInputItem, callIds: Map<string, string>, spill: ContentPart[]): ChatMessage | undefined {
  const { call, answer, media } = translateToolHistoryItem(item, callIds);
  let holder: ChatMessage | undefined;
  if (call) {
    if (typeof item.id === "string" && item.id !== "") callIds.set(item.id, toolHistoryCallId(item));
    pushToolCall(messages, call);
    holder = messages.at(-1);
  }
  if (answer) messages.push(answer);
  spill.push(...media);
  return holder ?? messages.at(-1);
}

function attachReasoning(message: ChatMessage, details: readonly ReasoningDetail[]): void {
  const known = Array.isArray(message.reasoning_details) ? (message.reasoning_details as unknown[]) : [];
  message.reasoning_details = [...known, ...details];
}

/** The chat request: instructions, then `history` (a stored conversation), then `input`. */
export function responsesToChat(request: ResponsesRequest, history: readonly ChatMessage[], input: readonly ChatMessage[]): ChatRequest {
  const messages: ChatMessage[] = [];
  if (request.instructions) messages.push({ role: "system", content: request.instructions });
  messages.push(...history, ...input);
  const chat: ChatRequest = { model: request.model, messages };
  if (request.max_output_tokens) chat.max_tokens = request.max_output_tokens;
  if (request.stream) {
    chat.stream = true;
    chat.stream_options = { include_usage: true };
  }
  if (request.temperature !== undefined && request.temperature !== null) chat.temperature = request.temperature;
  if (request.top_p !== undefined && request.top_p !== null) chat.top_p = request.top_p;
  // OpenAI split `user` into `safety_identifier` (abuse) and `prompt_cache_key`; OpenRouter's `user` is the abuse one.
  const user = request.safety_identifier || request.user;
  if (user) chat.user = user;
  if (request.prompt_cache_key) chat.prompt_cache_key = request.prompt_cache_key;
  // `implicit` is the default: only `explicit` changes anything, and it is the only mode OpenRouter's chat names.
  // Explicit mode caches only marked parts, and only a user message's `input_text` parts keep their breakpoints here:
  // with none left, explicit mode would cache nothing, so the request keeps the implicit default.
  if (request.prompt_cache_options?.mode === "explicit" && hasCacheBreakpoint(chat.messages)) chat.prompt_cache_options = { mode: "explicit", ...(request.prompt_cache_options.ttl ? { ttl: request.prompt_cache_options.ttl } : {}) };
  if (request.service_tier) chat.service_tier = request.service_tier;
  if (request.parallel_tool_calls !== undefined && request.parallel_tool_calls !== null) chat.parallel_tool_calls = request.parallel_tool_calls;
  if (request.tools && request.tools.length > 0) {
    chat.tools = request.tools.map((tool) => ({
      type: "function",
      function: { name: tool.name, ...(tool.description ? { description: tool.description } : {}), parameters: tool.parameters ?? { type: "object", properties: {} }, ...(tool.strict ? { strict: true } : {}) },
    }));
  }
  const choice = request.tool_choice;
  if (typeof choice === "object" && choice?.type === "allowed_tools") {
    // Chat Completions has no allowed set: the models are offered only the allowed tools, in the asked mode.
    const allowed = new Set(choice.tools.map((tool) => tool.name));
    chat.tools = (request.tools ?? []).flatMap((tool, index) => (allowed.has(tool.name) ? [chat.tools?.[index]] : []));
    chat.tool_choice = choice.mode;
  } else if (choice !== undefined && choice !== null) chat.tool_choice = typeof choice === "string" ? choice : { type: "function", function: { name: choice.name } };
  const format = request.text?.format;
  if (format?.type === "json_object") chat.response_format = { type: "json_object" };
  else if (format?.type === "json_schema") {
    chat.response_format = { type: "json_schema", json_schema: { name: format.name, schema: format.schema, ...(format.strict ? { strict: true } : {}), ...(format.description ? { description: format.description } : {}) } };
  }
  // OpenRouter infers reasoning on from `effort` (or a budget) alone, so a summary asked without one turns no thinking on.
  const summary = request.reasoning?.summary ?? request.reasoning?.generate_summary;
  if (request.reasoning?.effort || summary) chat.reasoning = { ...(request.reasoning?.effort ? { effort: request.reasoning.effort } : {}), ...(summary ? { summary } : {}) };
  // On Claude, OpenRouter turns `verbosity` into Anthropic's effort and lets it win over `reasoning.effort`: "think
  // hard, answer briefly" would think less. The asked reasoning effort stands; verbosity goes only without one.
  if (request.text?.verbosity && !request.reasoning?.effort) chat.verbosity = request.text.verbosity;
  if (request.include?.includes("message.output_text.logprobs")) {
    chat.logprobs = true;
    if (request.top_logprobs !== undefined && request.top_logprobs !== null) chat.top_logprobs = request.top_logprobs;
  }
  // Shape-checked at the edge; `requires` names are checked against the known capabilities when routing.
  if (request.switchyard) chat.switchyard = request.switchyard as ChatRequest["switchyard"];
  return chat;
}

function addItem(messages: ChatMessage[], item: CoreInputItem, index: number, spill: ContentPart[]): void {
  if (item.type === "function_call") {
    pushToolCall(messages, { id: item.call_id, type: "function", function: { name: item.name, arguments: item.arguments } });
    return;
  }
  if (item.type === "function_call_output") {
    messages.push({ role: "tool", tool_call_id: item.call_id, content: typeof item.output === "string" ? item.output : partsText(item.output) });
    if (typeof item.output !== "string") spill.push(...item.output.filter(isMedia).map(chatPart));
    return;
  }
  if (item.type === "reasoning") return; // read by inputMessages
  const role = item.role === "developer" ? "system" : item.role;
  if (typeof item.content === "string") {
    messages.push({ role, content: item.content });
    return;
  }
  if (role === "assistant" || role === "system") {
    assertTextOnly(item.content, index, item.role);
    messages.push({ role, content: partsText(item.content) });
  }
  else messages.push({ role, content: item.content.map(chatPart) });
}

function isMedia(part: ResponsesContentPart): boolean {
  return part.type === "input_image" || part.type === "input_file" || part.type === "input_audio";
}

/** A chat assistant or system message holds text only: an image or a file there would vanish without a word. */
function assertTextOnly(parts: readonly ResponsesContentPart[], index: number, role: string): void {
  const at = parts.findIndex(isMedia);
  const part = parts[at];
  if (!part) return;
  const param = `input[${index}].content[${at}]`;
  throw new InvalidRequestError(
    `${param} is an ${part.type} in a${role === "assistant" ? "n" : ""} ${role} message, which holds text only once translated for the model: send images and files in a user message (or a function_call_output).`,
    { param, code: "invalid_request" },
  );
}

function chatPart(part: ResponsesContentPart): ContentPart {
  switch (part.type) {
    case "input_image":
      return { type: "image_url", image_url: { url: part.image_url ?? "", ...(part.detail ? { detail: part.detail } : {}) } };
    case "input_file":
      return { type: "file", file: { filename: part.filename ?? "document.pdf", file_data: part.file_data ?? part.file_url ?? "" } };
    case "input_audio":
      return { type: "input_audio", input_audio: { data: part.input_audio.data, format: part.input_audio.format } };
    case "refusal":
      return { type: "text", text: part.refusal };
    default:
      // An explicit cache breakpoint (with `prompt_cache_options.mode: "explicit"`, the only blocks cached) goes on.
      return { type: "text", text: part.text, ...(part.type === "input_text" && isObject(part.prompt_cache_breakpoint) ? { prompt_cache_breakpoint: { mode: "explicit" } } : {}) };
  }
}

function partsText(parts: readonly ResponsesContentPart[]): string {
  return parts.map((part) => (part.type === "refusal" ? part.refusal : "text" in part && typeof part.text === "string" ? part.text : "")).join("");
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** Whether any message part still carries a cache breakpoint after translation. */
function hasCacheBreakpoint(messages: readonly ChatMessage[]): boolean {
  return messages.some((message) => Array.isArray(message.content) && message.content.some((part) => typeof part === "object" && part !== null && "prompt_cache_breakpoint" in part));
}
