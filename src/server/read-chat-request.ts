/**
 * Checks the shape of a chat completion body before routing (one zod schema, precise 400s), so no input can
 * reach the engine in a shape that would crash it. Deeper checks (tasks, tiers, max_tokens) are the engine's.
 * @module
 */
import type { ChatRequest } from "../core/types.js";
import { CHAT_FIELD_HINTS, chatRequestSchema, parseRequestShape } from "./request-shape/index.js";
import { isPlainChatRequest } from "./request-shape/is-plain-chat-request.js";
import { assertToolReplies } from "./request-shape/chat-tool-replies.js";
import { assertNoEmptyContentList } from "./request-shape/empty-content-list.js";
import { assertMediaInUserMessages } from "./request-shape/media-placement.js";

const CODES = { messages: "missing_messages", model: "invalid_model" } as const;

/** Fields whose null is read as absent: OpenAI SDK users and LangChain send null for "not set". */
const NULL_MEANS_ABSENT = ["tools", "tool_choice", "response_format", "provider"] as const;
type NullMeansAbsent = (typeof NULL_MEANS_ABSENT)[number];

/** Returns the body as a ChatRequest, or throws InvalidRequestError naming the bad field. */
export function readChatRequest(body: unknown): ChatRequest {
  // The common request is recognised by hand; anything else (or anything unusual) goes through the schema.
  if (isPlainChatRequest(body)) {
    checkMessages((body as ChatRequest).messages);
    return body as ChatRequest;
  }
  const request = parseRequestShape<ChatRequest & Partial<Record<NullMeansAbsent, unknown>>>(chatRequestSchema, body, { codes: CODES, hints: CHAT_FIELD_HINTS });
  // A null here means the field is absent (clients serialize unset fields as null): removed, so nothing downstream
  // reads it, and the upstream body leaves it out.
  for (const field of NULL_MEANS_ABSENT) if (request[field] === null) delete request[field];
  checkMessages(request.messages);
  return request;
}

/** The checks across messages the schema does not make: each tool answer's call, no empty content list, media in user messages. */
function checkMessages(messages: readonly unknown[]): void {
  assertNoEmptyContentList(messages);
  assertMediaInUserMessages(messages);
  assertToolReplies(messages);
}

/** The prompt text for the decision log (only built when prompts are stored). */
export function promptText(request: ChatRequest): string {
  return request.messages
    .map((message) => `${message.role}: ${typeof message.content === "string" ? message.content : JSON.stringify(message.content ?? "")}`)
    .join("\n");
}
