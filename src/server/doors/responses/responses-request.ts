/**
 * The OpenAI Responses request as `/v1/responses` accepts it (zod), with bounded lists. Hosted tools (web search,
 * file search, computer use, ...) and features that need OpenAI's own servers are refused with a 400 naming them.
 * @module
 */
import { z } from "zod";
import { quoteSentText } from "../../../core/quote-sent-text.js";
import { modelIdSchema, requestMetadataSchema, switchyardOptionsSchema } from "../../request-shape/index.js";
import { attachmentUrlProblem, fileDataProblem } from "../../request-shape/attachment-url.js";
import { base64Problem } from "../../request-shape/base64-payload.js";
import { schemaNameSchema, toolNameSchema, uniqueToolNames } from "../../request-shape/tool-name.js";
import { refineEmptyContentLists } from "../../request-shape/empty-content-list.js";
import { callArgumentsSchema } from "../../request-shape/history-call.js";
import { DOOR_LIMITS, toolType } from "../read-door-body.js";

const inputText = z.looseObject({ type: z.literal("input_text"), text: z.string() });
const outputText = z.looseObject({ type: z.literal("output_text"), text: z.string() });
const refusal = z.looseObject({ type: z.literal("refusal"), refusal: z.string() });
/** A part that names only a `file_id` refers to OpenAI's Files API, which no gateway in front of OpenRouter has. */
const NO_FILES_API = "refers to OpenAI's Files API, which this gateway does not have";
/** A file's data: a `data:` URL holding decodable base64, a fetchable URL, or raw base64 (`attachment-url.ts`). */
const fileData = z.string().superRefine((url, context) => {
  const problem = fileDataProblem(url);
  if (problem !== undefined) context.addIssue({ code: "custom", message: `the payload ${problem}` });
});
/** An image or file URL the provider can fetch: http(s), or a data: URL holding decodable base64 (`attachment-url.ts`). */
const fetchableUrl = z.string().superRefine((url, context) => {
  const problem = attachmentUrlProblem(url);
  if (problem !== undefined) context.addIssue({ code: "custom", message: `the URL ${problem}` });
});
const inputImage = z
  .looseObject({ type: z.literal("input_image"), image_url: fetchableUrl.nullish(), detail: z.enum(["low", "high", "auto"]).nullish() })
  .refine((part) => typeof part.image_url === "string" && part.image_url !== "", { message: `an input_image needs image_url (a URL or a data: URL); one with only a file_id ${NO_FILES_API}`, path: ["image_url"] });
const inputFile = z
  .looseObject({ type: z.literal("input_file"), file_data: fileData.nullish(), file_url: fetchableUrl.nullish(), filename: z.string().nullish() })
  .refine((part) => (typeof part.file_data === "string" && part.file_data !== "") || (typeof part.file_url === "string" && part.file_url !== ""), {
    message: `an input_file needs file_data or file_url; one with only a file_id ${NO_FILES_API}`,
    path: ["file_data"],
  });

// Audio as the `openai` SDK's `ResponseInputAudio` (and OpenRouter's Responses API) send it: base64 and its format.
const inputAudio = z.looseObject({
  type: z.literal("input_audio"),
  input_audio: z.looseObject({
    data: z.string().superRefine((data, context) => {
      const problem = base64Problem(data);
      if (problem !== undefined) context.addIssue({ code: "custom", message: `the payload ${problem}` });
    }),
    format: z.string().min(1).max(32),
  }),
});

const contentPart = z.discriminatedUnion("type", [inputText, outputText, refusal, inputImage, inputFile, inputAudio]);

/** One content part of a message item. */
export type ResponsesContentPart = z.infer<typeof contentPart>;

const messageItem = z.looseObject({
  type: z.literal("message").optional(),
  role: z.enum(["user", "assistant", "system", "developer"]),
  content: z.union([z.string(), z.array(contentPart).max(DOOR_LIMITS.maxBlocks)]),
});
// A call sent back is held to what every route takes: its name to the tool-name pattern, its arguments to JSON object text (history-call.ts).
const functionCallItem = z.looseObject({ type: z.literal("function_call"), call_id: z.string(), name: toolNameSchema, arguments: callArgumentsSchema });
const functionCallOutputItem = z.looseObject({
  type: z.literal("function_call_output"),
  call_id: z.string(),
  output: z.union([z.string(), z.array(contentPart).max(DOOR_LIMITS.maxBlocks)]),
});
const reasoningItem = z.looseObject({
  type: z.literal("reasoning"),
  summary: z.array(z.looseObject({ text: z.string() })).max(DOOR_LIMITS.maxBlocks).optional(),
  encrypted_content: z.string().nullish(),
});

// Items of the API's own tools sent back as history (tool-history-items.ts): a client-run call names its `call_id`,
// a hosted call (its result inside) its `id`, and an output the call it answers.
const clientCallItem = z.looseObject({ type: z.enum(["custom_tool_call", "local_shell_call", "shell_call", "apply_patch_call", "computer_call"]), call_id: z.string() });
const hostedCallItem = z.looseObject({ type: z.enum(["web_search_call", "file_search_call", "code_interpreter_call", "image_generation_call", "mcp_call"]), id: z.string() });
const customToolOutputItem = z.looseObject({ type: z.literal("custom_tool_call_output"), call_id: z.string(), output: z.union([z.string(), z.array(contentPart).max(DOOR_LIMITS.maxBlocks)]) });
const callOutputItem = z.looseObject({ type: z.enum(["shell_call_output", "apply_patch_call_output", "computer_call_output"]), call_id: z.string() });
// OpenAI's schema names the call a local shell output answers by `id`; Codex sends `call_id`.
const localShellOutputItem = z
  .looseObject({ type: z.literal("local_shell_call_output"), call_id: z.string().nullish(), id: z.string().nullish(), output: z.string() })
  .refine((item) => Boolean(item.call_id) || Boolean(item.id), { message: "a local_shell_call_output needs the call_id (or id) of the local_shell_call it answers", path: ["call_id"] });
const mcpBookkeepingItem = z.looseObject({ type: z.enum(["mcp_list_tools", "mcp_approval_request", "mcp_approval_response"]) });

const inputItem = z.union([messageItem, functionCallItem, functionCallOutputItem, reasoningItem, clientCallItem, hostedCallItem, customToolOutputItem, callOutputItem, localShellOutputItem, mcpBookkeepingItem]);

/** One input item. */
export type ResponsesInputItem = z.infer<typeof inputItem>;

/**
 * A custom tool runs in the client, but takes free-form text (or a grammar's) where a function takes JSON arguments:
 * chat models are offered functions only, so its calls could not come back as `custom_tool_call` items.
 */
const CUSTOM_TOOL =
  '"custom" is a custom tool (free-form input): the models this gateway routes to are offered function tools only, so its calls could not come back as custom_tool_call items. Declare it as a function tool (type "function") with one string parameter; earlier custom_tool_call items in input are read as calls';
const functionTool = z.looseObject({
  // Any other type is a hosted tool (web search, file search, code interpreter, ...): it runs on OpenAI's servers.
  type: z.literal("function", { error: (issue) => (issue.input === "custom" ? CUSTOM_TOOL : `${toolType(issue.input)} is a hosted tool: it runs on OpenAI's servers, which Switchyard does not call, so no routed model can use it. Leave it out, or declare a function tool (type "function") your code runs`) }),
  name: toolNameSchema,
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  strict: z.boolean().nullish(),
});

/** How much of its reasoning a model summarises, as OpenAI's API (and OpenRouter's chat `reasoning.summary`) takes it. */
const reasoningSummary = z.enum(["auto", "concise", "detailed"]);

/** `{type: "allowed_tools"}`: the model may call only these of `tools`, freely (`auto`) or at least one (`required`). */
export interface AllowedToolsChoice {
  type: "allowed_tools";
  mode: "auto" | "required";
  tools: { type: "function"; name: string }[];
  [key: string]: unknown;
}

/** `tool_choice` as the door carries it: a mode, one function by name, or a set of allowed functions. */
type ToolChoice = "auto" | "none" | "required" | { type: "function"; name: string; [key: string]: unknown } | AllowedToolsChoice;

/**
 * Any other `tool_choice` is refused saying what it is and the fix: a hosted tool's type is a valid Responses shape
 * this door does not carry, and was answered "has an unsupported shape or `type`".
 */
const toolChoice = z.custom<ToolChoice>(isToolChoice, { error: (issue) => toolChoiceProblem(issue.input) });

function isToolChoice(value: unknown): boolean {
  if (value === "auto" || value === "none" || value === "required") return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const choice = value as Record<string, unknown>;
  if (choice["type"] === "allowed_tools") return isAllowedTools(choice);
  return choice["type"] === "function" && typeof choice["name"] === "string";
}

function isAllowedTools(choice: Record<string, unknown>): boolean {
  const { mode, tools } = choice;
  if (mode !== "auto" && mode !== "required") return false;
  // Bounded as `tools` is: each allowed name is looked up in `tools` (responses-door.ts).
  return Array.isArray(tools) && tools.length > 0 && tools.length <= DOOR_LIMITS.maxTools && tools.every((tool: unknown) => typeof tool === "object" && tool !== null && (tool as Record<string, unknown>)["type"] === "function" && typeof (tool as Record<string, unknown>)["name"] === "string");
}

function toolChoiceProblem(value: unknown): string {
  const type = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)["type"] : undefined;
  if (type === "allowed_tools") return `{type: "allowed_tools"} takes mode "auto" or "required" and a non-empty \`tools\` list of at most ${DOOR_LIMITS.maxTools} {type: "function", name} (the routed models are offered function tools only)`;
  if (typeof type === "string" && type !== "function") return `${quoteSentText(type, 64)} is a hosted tool: it runs on OpenAI's servers, which no routed model can use; name a function tool ({type: "function", name}) or "auto", "none", "required"`;
  if (type === "function") return '{type: "function"} names no function: write {type: "function", name} with the name of one of `tools`';
  return `it must be "auto", "none", "required", or {type: "function", name}${typeof value === "string" ? `, got ${quoteSentText(value, 64)}` : ""}`;
}

const textFormat = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({ type: z.literal("json_schema"), name: schemaNameSchema, schema: z.record(z.string(), z.unknown()), strict: z.boolean().nullish(), description: z.string().nullish() }),
]);

/**
 * The `include` values OpenAI documents (the `openai` SDK's `ResponseIncludable`). All are accepted; what each does
 * here is in docs/gateway.md (Responses, `include`). Any other value is a 400 naming it.
 */
export const RESPONSE_INCLUDABLES = [
  "file_search_call.results",
  "web_search_call.results",
  "web_search_call.action.sources",
  "message.input_image.image_url",
  "computer_call_output.output.image_url",
  "code_interpreter_call.outputs",
  "reasoning.encrypted_content",
  "message.output_text.logprobs",
] as const;

/** The request schema. */
export const responsesRequestSchema = z.looseObject({
  // Echoed in headers: the same printable-ASCII, length-capped id as the chat door (a 400 naming `model`).
  model: modelIdSchema.min(1),
  input: z.union([z.string(), z.array(inputItem).min(1).max(DOOR_LIMITS.maxMessages).superRefine(refineEmptyContentLists)]),
  instructions: z.string().nullish(),
  previous_response_id: z.string().max(256).nullish(),
  store: z.boolean().nullish(),
  stream: z.boolean().nullish(),
  max_output_tokens: z.number().int().positive().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  top_logprobs: z.number().int().min(0).max(20).nullish(),
  tools: z.array(functionTool).max(DOOR_LIMITS.maxTools).superRefine((tools, context) => uniqueToolNames(tools.map((entry) => entry.name), context, (index) => [index, "name"])).nullish(),
  // null is read as absent, as for `tools` (clients serialize unset fields as null).
  tool_choice: toolChoice.nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  // `verbosity` goes upstream as OpenRouter's own `verbosity` (a parameter models list in `supported_parameters`).
  text: z.looseObject({ format: textFormat.nullish(), verbosity: z.enum(["low", "medium", "high"]).nullish() }).nullish(),
  // OpenAI counts only its built-in (hosted) tools' calls against it, and the door refuses hosted tools: there is
  // nothing to count, so it is checked and echoed, never sent (OpenRouter's own counts its server tools).
  max_tool_calls: z.number().int().positive().nullish(),
  // OpenAI's values and OpenRouter's (its chat `reasoning.effort` takes every one of these).
  // `summary` (and `generate_summary`, its deprecated name in the `openai` SDK) goes upstream as OpenRouter's own
  // `reasoning.summary` (same values), which asks the model for the reasoning summary the answer's reasoning item holds.
  reasoning: z
    .looseObject({ effort: z.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]).nullish(), summary: reasoningSummary.nullish(), generate_summary: reasoningSummary.nullish() })
    .nullish(),
  client_metadata: z.record(z.string(), z.string()).nullish(),
  // Echoed on the response and stored with it: OpenAI's bounds (16 pairs, 64-character keys, 512-character values).
  metadata: requestMetadataSchema({ noBrackets: false }),
  user: z.string().nullish(),
  background: z.literal(false).nullish(),
  // Echoed as asked. No input item is ever dropped: see docs/gateway.md (Responses, `truncation`).
  truncation: z.enum(["auto", "disabled"]).nullish(),
  include: z.array(z.enum(RESPONSE_INCLUDABLES)).max(RESPONSE_INCLUDABLES.length * 2).nullish(),
  // Sent upstream as OpenRouter's chat `prompt_cache_key` / `prompt_cache_options` / `service_tier` (same names);
  // `safety_identifier` as its chat `user` (its per-end-user identity). What each does: docs/gateway.md.
  prompt_cache_key: z.string().max(1024).nullish(),
  prompt_cache_options: z.looseObject({ mode: z.enum(["implicit", "explicit"]).optional(), ttl: z.literal("30m").optional() }).nullish(),
  safety_identifier: z.string().max(256).nullish(),
  service_tier: z.enum(["auto", "default", "fast", "flex", "scale", "priority"]).nullish(),
  // Checked and not sent (responses-fields.ts refuses `in_memory`; `24h` asks for longer caching, a hint).
  prompt_cache_retention: z.enum(["in_memory", "24h"]).nullish(),
  // The gateway's stream carries no `obfuscation` padding, whatever this asks: see docs/gateway.md.
  stream_options: z.looseObject({ include_obfuscation: z.boolean().optional() }).nullish(),
  switchyard: switchyardOptionsSchema.optional(),
});

/** A validated Responses request. */
export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;
