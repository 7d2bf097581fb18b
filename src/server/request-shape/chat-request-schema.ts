/**
 * The shape of `POST /v1/chat/completions` (OpenAI format plus OpenRouter extras and `switchyard`). Fields the
 * gateway reads are typed; everything else passes through to OpenRouter untouched.
 * @module
 */
import { z } from "zod";
import { base64Problem } from "./base64-payload.js";
import { attachmentUrlProblem, fileDataProblem } from "./attachment-url.js";
import { modelIdSchema, requestMetadataSchema, switchyardOptionsSchema, tokenCapSchema } from "./common-schemas.js";
import { logitBiasSchema, SAMPLING_RANGES, samplingSchema } from "./sampling-ranges.js";
import { forcedCallWithoutTools, unknownToolChoice } from "./tool-choice.js";
import { chatPassthroughFieldSchemas } from "./chat-passthrough-fields.js";
import { messageNameSchema, toolNameProblem, uniqueToolNames } from "./tool-name.js";
import { providerPreferencesSchema } from "./provider-preferences.js";

/** Roles OpenAI's chat format knows. */
export const CHAT_ROLES = ["system", "developer", "user", "assistant", "tool", "function"] as const;

/**
 * One content part: any `type`, with the fields the gateway reads checked for text and image parts, the base64
 * payloads of images, files and audio (`base64-payload.ts`), and an image's URL (`attachment-url.ts`).
 */
export const chatContentPartSchema = z.looseObject({ type: z.string().min(1).max(64) }).superRefine((part, context) => {
  if (part.type === "text" && typeof part.text !== "string") {
    context.addIssue({ code: "custom", path: ["text"], message: "a text part needs a string `text`" });
  }
  if (part.type === "image_url") {
    const image: unknown = part.image_url;
    const url = typeof image === "string" ? image : typeof image === "object" && image !== null ? (image as { url?: unknown }).url : undefined;
    if (typeof url !== "string") context.addIssue({ code: "custom", path: ["image_url"], message: "an image part needs `image_url.url`, a string" });
    else addPayloadIssue(context, typeof image === "string" ? ["image_url"] : ["image_url", "url"], attachmentUrlProblem(url));
  }
  if (part.type === "file" && holdsStrings(context, part, "file", ["file_data", "file_id", "filename"], "a file part needs `file`, an object with its `file_data` (or `file_id`) and `filename`")) {
    const data = ownString(part.file, "file_data");
    if (data !== undefined) addPayloadIssue(context, ["file", "file_data"], fileDataProblem(data));
  }
  if (part.type === "input_audio" && holdsStrings(context, part, "input_audio", ["data", "format"], "an audio part needs `input_audio`, an object with its base64 `data` and its `format`")) {
    const data = ownString(part.input_audio, "data");
    if (data === undefined) context.addIssue({ code: "custom", path: ["input_audio", "data"], message: "an audio part needs `input_audio.data`, the audio as base64" });
    else addPayloadIssue(context, ["input_audio", "data"], base64Problem(data));
  }
});

/**
 * True when `part[key]` is an object whose `fields` are strings where present; otherwise adds an issue naming the
 * first that is not (a file part's `file: "x"` or `file_data: 5` was forwarded for the upstream to refuse).
 */
function holdsStrings(context: z.RefinementCtx, part: Record<string, unknown>, key: string, fields: readonly string[], need: string): boolean {
  const holder = part[key];
  if (typeof holder !== "object" || holder === null || Array.isArray(holder)) {
    context.addIssue({ code: "custom", path: [key], message: need });
    return false;
  }
  const wrong = fields.find((field) => Object.hasOwn(holder, field) && typeof (holder as Record<string, unknown>)[field] !== "string");
  if (wrong === undefined) return true;
  context.addIssue({ code: "custom", path: [key, wrong], message: `\`${key}.${wrong}\` is a string` });
  return false;
}

function ownString(holder: unknown, key: string): string | undefined {
  if (typeof holder !== "object" || holder === null || !Object.hasOwn(holder, key)) return undefined;
  const value: unknown = (holder as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function addPayloadIssue(context: z.RefinementCtx, path: (string | number)[], problem: string | undefined): void {
  if (problem !== undefined) context.addIssue({ code: "custom", path, message: `the payload ${problem}` });
}

/** One chat message. */
export const chatMessageSchema = z.looseObject({
  role: z.enum(CHAT_ROLES),
  content: z.union([z.string(), z.null(), z.array(chatContentPartSchema)]).optional(),
  name: messageNameSchema.optional(),
  tool_call_id: z.string().optional(),
  tool_calls: z.array(z.looseObject({})).optional(),
});

/** Longest `session_id` OpenRouter takes. */
export const MAX_SESSION_ID_LENGTH = 256;

/** Most stop sequences a chat request may carry (OpenAI's and OpenRouter's limit). */
export const MAX_STOP_SEQUENCES = 4;

/** Most `top_logprobs` a chat request may ask for (OpenAI's and OpenRouter's 0–20). */
export const MAX_TOP_LOGPROBS = 20;

/** Sentences for the fields whose zod message would not say what is allowed. */
export const CHAT_FIELD_HINTS = {
  stop: `\`stop\` must be a string or an array of at most ${MAX_STOP_SEQUENCES} strings, none of them empty (an empty sequence would match before any text: leave \`stop\` out for none)`,
  top_logprobs: `\`top_logprobs\` must be an integer from 0 to ${MAX_TOP_LOGPROBS}`,
} as const;

/** The request body. */
export const chatRequestSchema = z.looseObject({
  model: modelIdSchema.optional(),
  messages: z.array(chatMessageSchema).min(1, "`messages` must be a non-empty array of chat messages"),
  stream: z.boolean().optional(),
  max_tokens: tokenCapSchema,
  max_completion_tokens: tokenCapSchema,
  // null is how some clients (and SDKs serializing an unset field) say "no tools": read as absent (read-chat-request.ts).
  tools: z.array(z.looseObject({ type: z.string() }).superRefine(checkFunctionName)).nullable().optional(),
  // null, as for `tools`, is how SDKs and LangChain serialize an unset field: read as absent (read-chat-request.ts).
  // A json_schema format names its schema as OpenAI requires (its pattern, tool-name.ts): it was forwarded and refused after routing.
  response_format: z
    .looseObject({ type: z.string(), json_schema: z.looseObject({ name: z.unknown() }).optional() })
    .superRefine(checkSchemaName)
    .nullable()
    .optional(),
  models: z.array(modelIdSchema).optional(),
  // Sampling numbers are held to OpenRouter's ranges here (a 400 naming the field before routing or a reservation),
  // not forwarded for an upstream to refuse after routing, or to clamp its own way (sampling-ranges.ts).
  ...Object.fromEntries(Object.entries(SAMPLING_RANGES).map(([field, range]) => [field, samplingSchema(range)])),
  logit_bias: logitBiasSchema,
  metadata: requestMetadataSchema({ noBrackets: true }),
  // OpenRouter's sticky-routing key, "Maximum of 256 characters" (its spec): a longer one came back a 400 after routing.
  session_id: z.string().max(MAX_SESSION_ID_LENGTH).nullable().optional(),
  // Checked here rather than forwarded for the upstream to refuse (or, worse, to read its own way).
  // An empty sequence matches before the first token: providers refuse it (Anthropic: "each stop sequence must be
  // non-empty") or end the answer at once, an empty reply that failed the quality check and was paid for twice.
  stop: z.union([z.string().min(1), z.array(z.string().min(1)).max(MAX_STOP_SEQUENCES)]).nullable().optional(),
  top_logprobs: z.number().int().min(0).max(MAX_TOP_LOGPROBS).nullable().optional(),
  // OpenRouter's routing preferences, held to its spec's shape (provider-preferences.ts); null, as the spec allows, is absent.
  provider: providerPreferencesSchema.nullable().optional(),
  switchyard: switchyardOptionsSchema.optional(),
  // Forwarded unread, held to their type (chat-passthrough-fields.ts).
  ...chatPassthroughFieldSchemas,
}).superRefine((request, context) => {
  legacyFunctions(request).forEach((entry, index) => checkName(context, ["functions", index, "name"], (entry as { name?: unknown }).name));
  uniqueToolNames((request.tools ?? []).map(functionName), context, (index) => ["tools", index, "function", "name"]);
  const choice: unknown = request.tool_choice;
  if (typeof choice === "object" && choice !== null && (choice as { type?: unknown }).type === "function" && namedFunction(choice) === undefined) {
    // OpenRouter refuses it after routing ("tool_choice must be ... {type: function, function: {name}}").
    context.addIssue({ code: "custom", path: ["tool_choice", "function", "name"], message: "a tool_choice of type function names the function to call: {type: \"function\", function: {name}}" });
  }
  const name = namedFunction(request.tool_choice);
  const why = name === undefined ? undefined : unknownToolChoice(name, [...functionNames(request.tools), ...legacyFunctionNames(request)]);
  if (why) context.addIssue({ code: "custom", path: ["tool_choice", "function", "name"], message: why });
  const forced = request.tool_choice === "required" ? forcedCallWithoutTools("required", (request.tools ?? []).length + legacyFunctionNames(request).length) : undefined;
  if (forced) context.addIssue({ code: "custom", path: ["tool_choice"], message: forced });
});

/** The function a `tool_choice` of `{type: "function", function: {name}}` names. */
function namedFunction(choice: unknown): string | undefined {
  if (typeof choice !== "object" || choice === null || (choice as { type?: unknown }).type !== "function") return undefined;
  const name = (choice as { function?: { name?: unknown } }).function?.name;
  return typeof name === "string" ? name : undefined;
}

/** A `json_schema` response format's `json_schema.name`, held to OpenAI's pattern (tool-name.ts). */
function checkSchemaName(format: { type: string; json_schema?: { name?: unknown } | undefined }, context: z.RefinementCtx): void {
  if (format.type !== "json_schema") return;
  if (format.json_schema === undefined) {
    context.addIssue({ code: "custom", path: ["json_schema"], message: "a json_schema response format needs `json_schema`: its `name` and `schema`" });
    return;
  }
  const name = format.json_schema.name;
  const problem = typeof name === "string" ? toolNameProblem(name, "a json_schema name") : "a json_schema response format needs `json_schema.name`, a string";
  if (problem !== undefined) context.addIssue({ code: "custom", path: ["json_schema", "name"], message: problem });
}

/** A function tool's `function.name`, held to the name every provider takes (tool-name.ts). */
function checkFunctionName(tool: { type: string; function?: unknown }, context: z.RefinementCtx): void {
  if (tool.type !== "function") return;
  const fn = tool.function;
  if (typeof fn !== "object" || fn === null || Array.isArray(fn)) {
    context.addIssue({ code: "custom", path: ["function"], message: "a function tool needs `function`, an object with the function's `name`" });
    return;
  }
  checkName(context, ["function", "name"], (fn as { name?: unknown }).name);
  const parameters = (fn as { parameters?: unknown }).parameters;
  if (parameters !== undefined && parameters !== null && (typeof parameters !== "object" || Array.isArray(parameters))) {
    context.addIssue({ code: "custom", path: ["function", "parameters"], message: "a function's `parameters` is an object (a JSON Schema), as OpenAI requires; leave it out for a function without parameters" });
  }
}

function checkName(context: z.RefinementCtx, path: (string | number)[], name: unknown): void {
  const problem = typeof name === "string" ? toolNameProblem(name) : "a function needs a `name`, a string";
  if (problem !== undefined) context.addIssue({ code: "custom", path, message: problem });
}

/** The legacy `functions` list (OpenAI's API before `tools`; passed on as sent). */
function legacyFunctions(request: object): unknown[] {
  const functions = (request as { functions?: unknown }).functions;
  return Array.isArray(functions) ? functions : [];
}

/** The legacy `functions` list's names. */
function legacyFunctionNames(request: object): string[] {
  return legacyFunctions(request).flatMap((entry: unknown) => {
    const name = typeof entry === "object" && entry !== null ? (entry as { name?: unknown }).name : undefined;
    return typeof name === "string" ? [name] : [];
  });
}

function functionNames(tools: readonly Record<string, unknown>[] | null | undefined): string[] {
  return (tools ?? []).flatMap((tool) => {
    const name = functionName(tool);
    return name === undefined ? [] : [name];
  });
}

/** A function tool's name; undefined for another tool type (a provider's own) or a function without one. */
function functionName(tool: Record<string, unknown>): string | undefined {
  const name = (tool.function as { name?: unknown } | undefined)?.name;
  return tool.type === "function" && typeof name === "string" ? name : undefined;
}
