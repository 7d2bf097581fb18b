/**
 * The Anthropic Messages request as `/v1/messages` accepts it (zod), with bounded lists. Fields the gateway
 * does not translate are refused with a 400 naming them rather than silently dropped.
 * @module
 */
import { z } from "zod";
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { modelIdSchema, switchyardOptionsSchema } from "../../request-shape/index.js";
import { MAX_STOP_SEQUENCES } from "../../request-shape/chat-request-schema.js";
import { base64Problem } from "../../request-shape/base64-payload.js";
import { attachmentUrlProblem } from "../../request-shape/attachment-url.js";
import { toolNameSchema, uniqueToolNames } from "../../request-shape/tool-name.js";
import { refineEmptyContentLists } from "../../request-shape/empty-content-list.js";
import { DOOR_LIMITS, toolType } from "../read-door-body.js";
import { clientToolFunction, DECLARABLE_TOOL_TYPES, undeclarableToolProblem } from "./anthropic-client-tools.js";
import { contextManagementSchema } from "./context-management-schema.js";

/** The least `thinking.budget_tokens` Anthropic's API takes. */
export const MIN_THINKING_BUDGET = 1024;

const cacheControl = z.looseObject({ type: z.literal("ephemeral"), ttl: z.string().optional() }).optional();

const textBlock = z.looseObject({ type: z.literal("text"), text: z.string(), cache_control: cacheControl });

/**
 * A text block of a message (at its top or in a tool_result): Anthropic refuses one that is empty ("text content
 * blocks must be non-empty") or only whitespace ("must contain non-whitespace text"). Translated into a chat
 * message it was an empty part other providers answered, so whether it was refused hung on the route.
 */
const messageTextBlock = textBlock.extend({
  text: z.string().superRefine((text, context) => {
    if (text.trim() !== "") return;
    const words = text === "" ? "non-empty" : "made of more than whitespace (it must contain non-whitespace text)";
    context.addIssue({ code: "custom", message: `a text content block is ${words}, as Anthropic requires: leave the block out instead` });
  }),
});

/** A base64 source's `data`, decodable (Anthropic's API refuses one that is not; `base64-payload.ts`). */
const base64Data = z.string().superRefine((data, context) => {
  const problem = base64Problem(data);
  if (problem !== undefined) context.addIssue({ code: "custom", message: `the data ${problem}` });
});

/** A url source's `url`: one the provider can fetch (`attachment-url.ts`). */
const fetchableUrl = z.string().superRefine((url, context) => {
  const problem = attachmentUrlProblem(url);
  if (problem !== undefined) context.addIssue({ code: "custom", message: `the URL ${problem}` });
});

/** The image types Anthropic's API takes (its `Base64ImageSource.media_type`); it refuses any other with a 400. */
const IMAGE_MEDIA_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"] as const;
/**
 * A `file` source names an upload to Anthropic's Files API by `file_id`, which no gateway in front of OpenRouter has:
 * refused naming it (as the Responses door refuses a part given only by `file_id`), never sent empty.
 */
const fileSource = z
  .looseObject({ type: z.literal("file") })
  .refine(() => false, { message: "a file source names an upload to Anthropic's Files API (file_id), which this gateway does not have: send the file's content as a base64 or url source", path: ["file_id"] });
const imageSource = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("base64"), media_type: z.enum(IMAGE_MEDIA_TYPES), data: base64Data }),
  z.looseObject({ type: z.literal("url"), url: fetchableUrl }),
  fileSource,
]);
const imageBlock = z.looseObject({ type: z.literal("image"), source: imageSource, cache_control: cacheControl });

// As Anthropic's API: a base64 document is a PDF, a text document plain text, a content document text and images.
const documentSource = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("base64"), media_type: z.literal("application/pdf"), data: base64Data }),
  z.looseObject({ type: z.literal("url"), url: fetchableUrl }),
  z.looseObject({ type: z.literal("text"), media_type: z.literal("text/plain").optional(), data: z.string() }),
  z.looseObject({ type: z.literal("content"), content: z.union([z.string(), z.array(z.discriminatedUnion("type", [textBlock, imageBlock])).max(DOOR_LIMITS.maxBlocks)]) }),
  fileSource,
]);
const documentBlock = z.looseObject({ type: z.literal("document"), source: documentSource, title: z.string().nullish(), context: z.string().nullish(), cache_control: cacheControl });

// A search result a RAG app passes (top level in a user turn, or in a tool_result): text with its source and title.
const searchResultBlock = z.looseObject({
  type: z.literal("search_result"),
  source: z.string(),
  title: z.string(),
  content: z.array(textBlock).max(DOOR_LIMITS.maxBlocks),
  cache_control: cacheControl,
});

/**
 * Blocks of Anthropic's server tools and MCP connector that an assistant turn holds when a conversation begun on
 * Anthropic's API is sent back: the call and its result ran there, and the assistant's text after them says what they
 * found. Accepted in an assistant turn and left out of the chat request (messages-to-chat.ts).
 */
export const SERVER_TOOL_BLOCK_TYPES = [
  "server_tool_use",
  "web_search_tool_result",
  "web_fetch_tool_result",
  "code_execution_tool_result",
  "bash_code_execution_tool_result",
  "text_editor_code_execution_tool_result",
  "tool_search_tool_result",
  "mcp_tool_use",
  "mcp_tool_result",
] as const;
const serverToolBlock = z.looseObject({ type: z.enum(SERVER_TOOL_BLOCK_TYPES), cache_control: cacheControl });

// `input` is an object, as Anthropic's API requires ("Input should be a valid dictionary" otherwise).
// An empty id matches no call (and Anthropic refuses it: its ids match ^[a-zA-Z0-9_-]+$). The name is held to the
// tool-name pattern as a declared tool's is: OpenAI refuses a history call's name outside it (history-call.ts).
const toolUseBlock = z.looseObject({ type: z.literal("tool_use"), id: z.string().min(1, "a tool_use id is not empty (its tool_result names it)"), name: toolNameSchema, input: z.record(z.string(), z.unknown(), { error: "a tool_use input must be a JSON object (the tool's arguments)" }), cache_control: cacheControl });
const toolResultBlock = z.looseObject({
  type: z.literal("tool_result"),
  tool_use_id: z.string().min(1, "a tool_result names the tool_use it answers by a non-empty tool_use_id"),
  content: z.union([z.string(), z.array(z.discriminatedUnion("type", [messageTextBlock, imageBlock, documentBlock, searchResultBlock])).max(DOOR_LIMITS.maxBlocks)]).optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControl,
});
const thinkingBlock = z.looseObject({ type: z.literal("thinking"), thinking: z.string(), signature: z.string().optional() });
const redactedThinkingBlock = z.looseObject({ type: z.literal("redacted_thinking"), data: z.string() });

const contentBlock = z.discriminatedUnion("type", [messageTextBlock, imageBlock, documentBlock, searchResultBlock, toolUseBlock, toolResultBlock, thinkingBlock, redactedThinkingBlock, serverToolBlock]);

/** One content block. */
export type MessagesContentBlock = z.infer<typeof contentBlock>;
/** A text block. */
export type MessagesTextBlock = z.infer<typeof textBlock>;
/** One message (turn). */
export type MessagesMessage = z.infer<typeof message>;

const message = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.union([z.string(), z.array(contentBlock).max(DOOR_LIMITS.maxBlocks)]),
});

const tool = z.looseObject({
  // A custom tool, or one of Anthropic's client tools (bash, text editor: anthropic-client-tools.ts). Computer use and
  // memory are refused as not carried; any other type is a server tool (web search, code execution, ...).
  type: z.enum(DECLARABLE_TOOL_TYPES, { error: (issue) => undeclarableToolProblem(issue.input, toolType(issue.input)) }).optional(),
  name: toolNameSchema,
  description: z.string().optional(),
  // An object schema, as Anthropic requires ("input_schema.type: Input should be 'object'"): a tool's input is an object.
  // Absent for a client tool: Anthropic defines its input.
  input_schema: z.record(z.string(), z.unknown()).optional().refine((schema) => schema?.type === undefined || schema.type === "object", {
    message: "a tool's input_schema describes an object (`type: \"object\"`), as Anthropic requires: a tool_use input is always an object",
    path: ["type"],
  }),
  cache_control: cacheControl,
  strict: z.boolean().nullish(),
}).refine((entry) => entry.input_schema !== undefined || clientToolFunction(entry.type) !== undefined, {
  message: "a custom tool declares its input, as Anthropic requires (only its bash and text editor tools have theirs defined by Anthropic)",
  path: ["input_schema"],
});

/** Structured outputs: the answer's text is JSON matching `schema` (`output_config.format`, or the beta's `output_format`). */
const outputFormat = z.looseObject({ type: z.literal("json_schema"), schema: z.record(z.string(), z.unknown()) });

const toolChoice = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("auto"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("any"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("tool"), name: z.string(), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("none") }),
]);

const thinking = z.discriminatedUnion("type", [
  // Anthropic's least budget ("Must be ≥1024"): OpenRouter raises a smaller one to 1024, past a small max_tokens.
  z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int().min(MIN_THINKING_BUDGET) }),
  z.looseObject({ type: z.literal("disabled") }),
  z.looseObject({ type: z.literal("adaptive") }),
]);

/**
 * Longest `metadata.user_id` Anthropic's API takes: 512 in its current Messages reference (older ones said 256, which
 * refused ids Anthropic takes). It goes upstream as the chat request's `user`, which OpenRouter does not bound.
 */
export const MAX_USER_ID_LENGTH = 512;

/**
 * Anthropic's `metadata`: `user_id` (at most 512 characters) and nothing else. Anthropic's API refuses another key
 * ("Extra inputs are not permitted"), and so does the door, naming it: OpenAI-style labels (`session_id`, ...) would
 * be dropped in silence, as no chat field carries them.
 */
const metadataSchema = z
  .unknown()
  // Checked on the parsed JSON, not the schema's output: an own `__proto__` key (JSON.parse makes one) is not copied
  // into the output, so it passed unnamed.
  .superRefine((metadata, context) => {
    if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return;
    const extra = Object.keys(metadata).find((key) => key !== "user_id");
    if (extra === undefined) return;
    // The key is the caller's text: the path cuts it, the message quotes it escaped (it was repeated raw, round 26).
    context.addIssue({ code: "custom", path: [extra], message: `Anthropic's metadata takes only \`user_id\`, and its API refuses \`${escapeSentText(extra, 64)}\` ("Extra inputs are not permitted"); leave it out` });
  })
  .pipe(z.looseObject({ user_id: z.string().max(MAX_USER_ID_LENGTH).nullish() }));

/**
 * A conversation that ends with an assistant turn asks the model to continue that text (a prefill). Anthropic refuses
 * one whose text ends in whitespace ("final assistant content cannot end with trailing whitespace"); forwarded, it was
 * refused after routing and a reservation when the route reached a Claude model and answered elsewhere, so whether
 * it was refused hung on the route. Earlier assistant turns may end in whitespace, as on Anthropic's API.
 */
function refinePrefillEnd(messages: readonly MessagesMessage[], context: z.RefinementCtx): void {
  const index = messages.length - 1;
  const last = messages[index];
  if (last?.role !== "assistant") return;
  const content = last.content;
  const block = typeof content === "string" ? undefined : content.at(-1);
  const text = typeof content === "string" ? content : block?.type === "text" ? block.text : undefined;
  if (text === undefined || !/\s$/.test(text)) return;
  const path = typeof content === "string" ? [index, "content"] : [index, "content", content.length - 1, "text"];
  context.addIssue({ code: "custom", path, message: "the final assistant turn (a prefill) ends in whitespace, which Anthropic refuses (\"final assistant content cannot end with trailing whitespace\"): trim it, and the model's answer starts with the space it needs" });
}

/** The request schema. */
export const messagesRequestSchema = z.looseObject({
  // Echoed in headers: the same printable-ASCII, length-capped id as the chat door (a 400 naming `model`).
  model: modelIdSchema.min(1),
  messages: z.array(message).min(1).max(DOOR_LIMITS.maxMessages).superRefine(refineEmptyContentLists).superRefine(refinePrefillEnd),
  max_tokens: z.number().int().positive(),
  system: z.union([z.string(), z.array(textBlock).max(DOOR_LIMITS.maxBlocks)]).optional(),
  metadata: metadataSchema.nullish(),
  // At most what the upstream's chat endpoint takes (it is sent as `stop`): more were forwarded and refused upstream.
  // Anthropic's rule ("each stop sequence must contain non-whitespace"): an empty one matches before any text.
  stop_sequences: z.array(z.string().regex(/\S/, { message: "must contain non-whitespace, as on Anthropic's API (an empty sequence would match before any text)" })).max(MAX_STOP_SEQUENCES, { message: `holds more than ${MAX_STOP_SEQUENCES} sequences, the upstream's limit for stop sequences` }).optional(),
  stream: z.boolean().optional(),
  // Anthropic's range ("Ranges from 0.0 to 1.0"; its API refuses more): a client written against it means its scale.
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().nonnegative().optional(),
  tools: z.array(tool).max(DOOR_LIMITS.maxTools).superRefine((tools, context) => uniqueToolNames(tools.map((entry) => entry.name), context, (index) => [index, "name"])).nullish(),
  // null is read as absent, as for `tools` (clients serialize unset fields as null).
  tool_choice: toolChoice.nullish(),
  thinking: thinking.optional(),
  output_format: outputFormat.nullish(),
  // `effort` goes upstream as OpenRouter's `reasoning.effort` with adaptive thinking (messages-to-chat.ts).
  output_config: z.looseObject({ format: outputFormat.nullish(), effort: z.enum(["low", "medium", "high", "xhigh", "max"]).nullish() }).nullish(),
  switchyard: switchyardOptionsSchema.optional(),
  // Automatic prompt caching (the breakpoint on the last cacheable block): OpenRouter's chat request takes it too.
  cache_control: cacheControl,
  context_management: contextManagementSchema.nullish(),
  // Checked, not sent: see messages-fields.ts.
  service_tier: z.enum(["auto", "standard_only"]).nullish(),
  // Features that run on Anthropic's own servers, like its server tools: no routed model has them, so a request
  // that asks for one is refused naming it rather than answered as if the MCP servers or the container were there.
  mcp_servers: z.array(z.unknown()).max(0, { error: "Anthropic's MCP connector runs on Anthropic's servers, which Switchyard does not call; declare the MCP server's tools in `tools` and run them in your client" }).nullish(),
  container: z.null({ error: "Anthropic's code execution containers run on Anthropic's servers, which Switchyard does not call; server tools are not available here" }).optional(),
});

/** A validated Messages request. */
export type MessagesRequest = z.infer<typeof messagesRequestSchema>;
