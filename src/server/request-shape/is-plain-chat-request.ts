/**
 * A fast yes for the common chat request: true only when `chatRequestSchema` would accept the body too, checked by
 * hand in one pass (zod's `safeParse` of the same body was ~2% of the gateway's CPU per request under load, most of
 * it building the parsed copy the gateway never uses). False means "not sure": the caller then runs the schema,
 * which decides and words the 400. So this function may refuse more than the schema, never accept more; the
 * differential property test (`is-plain-chat-request.test.ts`) holds it to that.
 * @module
 */
import { CHAT_ROLES, MAX_STOP_SEQUENCES, MAX_TOP_LOGPROBS } from "./chat-request-schema.js";
import { MAX_MODEL_ID_LENGTH } from "./common-schemas.js";
import { isWithinRange, SAMPLING_FIELDS, SAMPLING_RANGES } from "./sampling-ranges.js";
import { TOOL_NAME_PATTERN } from "./tool-name.js";
import { passthroughFieldsPlain } from "./chat-passthrough-fields.js";

const ROLES: ReadonlySet<unknown> = new Set<unknown>(CHAT_ROLES);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** True when `body` certainly matches `chatRequestSchema` (see the module comment). */
export function isPlainChatRequest(body: unknown): boolean {
  if (!isObject(body)) return false;
  const request = body as Record<string, unknown>;
  const model = request.model;
  if (model !== undefined && !isModelId(model)) return false;
  const messages = request.messages;
  if (!Array.isArray(messages) || messages.length === 0) return false;
  for (const message of messages) if (!isPlainMessage(message)) return false;
  const stream = request.stream;
  if (stream !== undefined && typeof stream !== "boolean") return false;
  if (!isTokenCap(request.max_tokens) || !isTokenCap(request.max_completion_tokens)) return false;
  for (const field of SAMPLING_FIELDS) if (!isWithinRange(request[field], SAMPLING_RANGES[field])) return false;
  if (!isStop(request.stop) || !isTopLogprobs(request.top_logprobs)) return false;
  if (!passthroughFieldsPlain(request)) return false;
  // Rarer fields: present means "let the schema look" (exactness over speed).
  return (
    request.logit_bias === undefined &&
    request.metadata === undefined &&
    request.session_id === undefined &&
    request.tools === undefined &&
    request.tool_choice === undefined &&
    request.functions === undefined &&
    request.response_format === undefined &&
    request.models === undefined &&
    request.provider === undefined &&
    request.switchyard === undefined
  );
}

function isPlainMessage(value: unknown): boolean {
  if (!isObject(value)) return false;
  const message = value as Record<string, unknown>;
  if (!ROLES.has(message.role)) return false;
  const content = message.content;
  if (content !== undefined && content !== null && typeof content !== "string") {
    if (!Array.isArray(content)) return false;
    for (const part of content) if (!isPlainPart(part)) return false;
  }
  const name = message.name;
  // A message name is held to the tool-name pattern (`messageNameSchema`).
  if (name !== undefined && (typeof name !== "string" || !TOOL_NAME_PATTERN.test(name))) return false;
  const toolCallId = message.tool_call_id;
  if (toolCallId !== undefined && typeof toolCallId !== "string") return false;
  const toolCalls = message.tool_calls;
  if (toolCalls !== undefined) {
    if (!Array.isArray(toolCalls)) return false;
    for (const call of toolCalls) if (!isObject(call)) return false;
  }
  return true;
}

/** A text part, or a part of another type (not an image, file or audio) whose type is a short non-empty string. */
function isPlainPart(value: unknown): boolean {
  if (!isObject(value)) return false;
  const part = value as Record<string, unknown>;
  const type = part.type;
  if (typeof type !== "string" || type.length === 0 || type.length > 64) return false;
  if (type === "text") return typeof part.text === "string";
  // Parts with a base64 payload go to the schema, which checks it (base64-payload.ts).
  return type !== "image_url" && type !== "file" && type !== "input_audio";
}

function isModelId(value: unknown): boolean {
  return typeof value === "string" && value.length <= MAX_MODEL_ID_LENGTH && PRINTABLE_ASCII.test(value);
}

/** Absent, a non-empty string, or a short list of them (`chatRequestSchema`'s `stop`). */
function isStop(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value !== "";
  return Array.isArray(value) && value.length <= MAX_STOP_SEQUENCES && value.every((entry) => typeof entry === "string" && entry !== "");
}

function isTopLogprobs(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_TOP_LOGPROBS);
}

function isTokenCap(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "number" && Number.isSafeInteger(value) && value > 0);
}

/** A plain JSON object: what `JSON.parse` makes of `{...}` (not an array, not null). */
function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
