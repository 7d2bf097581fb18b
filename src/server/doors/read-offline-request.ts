/**
 * A request body of any door read as the chat request the engine routes, with no gateway around it: what
 * `switchyard route --request` and `--jsonl` use to preview a decision. The same schemas and translations as the
 * doors, so a body that would get a 400 at the gateway gets the same words here, and a body the gateway would
 * route is read exactly as the gateway reads it.
 * @module
 */
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";
import { readChatRequest } from "../read-chat-request.js";
import { DOOR_NAMES, type DoorName } from "./door.js";
import { withUpstreamToolCallIds } from "./door-tool-call-id.js";
import { assertInputHasTurn, assertMessagesHaveContent } from "./nothing-to-send.js";
import { readDoorBody } from "./read-door-body.js";
import { messagesRequestSchema, SERVER_TOOL_BLOCK_TYPES } from "./messages/messages-request.js";
import { messagesToChat } from "./messages/messages-to-chat.js";
import { assertKnownFields } from "./messages/messages-fields.js";
import { openRouterModelId } from "./messages/messages-door.js";
import { responsesRequestSchema } from "./responses/responses-request.js";
import { inputMessages, responsesToChat } from "./responses/responses-to-chat.js";
import { refuseStoredItems } from "./responses/refuse-hosted-state.js";
import { assertKnownResponsesFields } from "./responses/responses-fields.js";
import { assertCallOutputsAnswerCalls } from "./responses/assert-call-outputs.js";
import { quoteSentValue } from "../../core/quote-sent-text.js";

/** A decision preview needs no model name: an absent `model` means `switchyard/auto`. */
const PREVIEW_MODEL = "switchyard/auto";
/** Content blocks only the Anthropic Messages format has (chat content parts are text, image_url, input_audio, file). */
const MESSAGES_ONLY_BLOCKS = new Set<string>(["tool_use", "tool_result", "thinking", "redacted_thinking", "document", "image", "search_result", ...SERVER_TOOL_BLOCK_TYPES]);

/**
 * The door a body is shaped for: `responses` when it has `input` and no `messages`; `messages` when it has a
 * top-level `system`, or an Anthropic-only content block and no message in a role only Chat Completions has
 * (`system`, `developer`, `tool`: the chat door reads Anthropic tool blocks too); otherwise `chat`.
 */
export function detectDoor(body: Readonly<Record<string, unknown>>): DoorName {
  if (body.messages === undefined && body.input !== undefined) return "responses";
  if (body.system !== undefined) return "messages";
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  return messages.some(hasMessagesOnlyBlock) && !messages.some(hasChatOnlyRole) ? "messages" : "chat";
}

const CHAT_ONLY_ROLES = new Set(["system", "developer", "tool", "function"]);

function hasChatOnlyRole(message: unknown): boolean {
  const role = typeof message === "object" && message !== null ? (message as { role?: unknown }).role : undefined;
  return typeof role === "string" && CHAT_ONLY_ROLES.has(role);
}

function hasMessagesOnlyBlock(message: unknown): boolean {
  const content = typeof message === "object" && message !== null ? (message as { content?: unknown }).content : undefined;
  if (!Array.isArray(content)) return false;
  return content.some((block: unknown) => {
    const type = typeof block === "object" && block !== null ? (block as { type?: unknown }).type : undefined;
    return typeof type === "string" && MESSAGES_ONLY_BLOCKS.has(type);
  });
}

/** Reads `door` (a door name) or throws naming the choices. */
export function parseDoorName(door: unknown): DoorName {
  if (typeof door === "string" && (DOOR_NAMES as readonly string[]).includes(door)) return door as DoorName;
  throw new InvalidRequestError(`"door" must be one of ${DOOR_NAMES.join(", ")}; got ${quoteSentValue(door, 64)}.`);
}

/**
 * The chat request a body of `door` (detected when not given) becomes, or an InvalidRequestError naming the bad
 * field. `model` defaults to the first id of a `models` list, else `switchyard/auto`, and a Messages body may leave out `max_tokens` (the tier's cap then
 * applies, as for a chat request without one). `previous_response_id` needs the gateway's store, so it is refused.
 */
export function readOfflineRequest(body: unknown, door?: DoorName): ChatRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new InvalidRequestError("A request must be a JSON object.");
  // A `models` list without `model` (or with an empty one) starts at the list's first id: left to the engine, which
  // reads it so for the gateway too (read-what-was-asked.ts).
  const models = (body as Record<string, unknown>).models;
  const listed = Array.isArray(models) && typeof models[0] === "string";
  const withModel = listed ? (body as Record<string, unknown>) : { model: PREVIEW_MODEL, ...(body as Record<string, unknown>) };
  const chat = readDoorShape(withModel, door ?? detectDoor(withModel));
  // As the gateway's route does after any door's read: the tool-call ids a door showed (`sy-…`, `sy64_…`) read back
  // as the provider wrote them, so a conversation previewed offline is priced and classified as the live one.
  return { ...chat, messages: withUpstreamToolCallIds(chat.messages) };
}

function readDoorShape(body: Record<string, unknown>, door: DoorName): ChatRequest {
  switch (door) {
    case "responses":
      return readResponsesBody(body);
    case "messages":
      return readMessagesBody(body);
    default:
      return readChatRequest(body);
  }
}

function readMessagesBody(body: Record<string, unknown>): ChatRequest {
  // A field or message key Anthropic's API lacks is the door's 400 too (`n`, a message's `name`), not decided.
  assertKnownFields(body);
  const capGiven = body.max_tokens !== undefined;
  const request = readDoorBody(messagesRequestSchema, capGiven ? body : { ...body, max_tokens: 1 }, "an Anthropic Messages request with `messages`");
  const chat = messagesToChat({ ...request, model: openRouterModelId(request.model) });
  assertMessagesHaveContent(chat);
  if (!capGiven) delete chat.max_tokens;
  return chat;
}

function readResponsesBody(body: Record<string, unknown>): ChatRequest {
  refuseStoredItems(body);
  // A field or item key OpenAI's API lacks, and an output that answers no call, are the door's 400s too, not decided.
  assertKnownResponsesFields(body);
  const request = readDoorBody(responsesRequestSchema, body, "an OpenAI Responses request with `input`");
  if (request.previous_response_id) {
    throw new InvalidRequestError("previous_response_id names a conversation stored by a running gateway; an offline decision reads only the request's own `instructions` and `input`.", { param: "previous_response_id" });
  }
  assertCallOutputsAnswerCalls(request.input, []);
  const chat = responsesToChat(request, [], inputMessages(request));
  assertInputHasTurn(chat);
  return chat;
}
