/**
 * `POST /v1/responses`: the OpenAI Responses API (newer OpenAI SDKs, the Agents SDK), routed by the same engine
 * as chat completions. As a gateway it keeps what `previous_response_id` needs: with `store` (the default) the
 * conversation so far is kept for `affinity.ttl_seconds` in the conversation store (Redis when configured),
 * scoped to the virtual key, and a later request naming the response continues it, on the same model.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { IdGenerator } from "../../../core/id-generator.js";
import type { ChatMessage } from "../../../core/types.js";
import type { ConversationStore } from "../../../routing/affinity/conversation-store.js";
import type { Door, DoorRequest } from "../door.js";
import { assertInputHasTurn } from "../nothing-to-send.js";
import { readDoorBody } from "../read-door-body.js";
import { refuseHostedState } from "./refuse-hosted-state.js";
import { finalStatus, outputItems, partsOfChatBody, responseId, responseObject, type AnswerParts } from "./chat-to-response.js";
import { responseStream } from "./response-stream.js";
import { responsesRequestSchema, type ResponsesRequest } from "./responses-request.js";
import { inputMessages, responsesToChat } from "./responses-to-chat.js";

/** What is kept per stored response. */
interface StoredResponse {
  /** The conversation's affinity id, when it had one. */
  conversationId: string | null;
  /** The conversation without instructions, the response's own answer included. */
  messages: ChatMessage[];
}

/** Options of the door. */
export interface ResponsesDoorOptions {
  store: ConversationStore;
  ttlMs: number;
  generateId: IdGenerator;
}

/** Creates the Responses door over a conversation store. */
export function createResponsesDoor(options: ResponsesDoorOptions): Door {
  return {
    name: "responses",
    path: "/v1/responses",
    credential: (headers) => headers.authorization,
    read: (body, caller) => readResponsesRequest(options, body, caller.keyId),
  };
}

async function readResponsesRequest(options: ResponsesDoorOptions, body: unknown, keyId: string | null): Promise<DoorRequest> {
  // Before the schema: a request that uses a stored prompt may have no `input`, and should hear about `prompt`.
  refuseHostedState(body);
  const request = readDoorBody(responsesRequestSchema, body, "an OpenAI Responses request with `model` and `input`");
  const previous = request.previous_response_id ? await loadPrevious(options, keyId, request.previous_response_id) : undefined;
  const history = previous?.messages ?? [];
  const input = inputMessages(request);
  const save = async (decisionId: string, conversationId: string | undefined, parts: AnswerParts): Promise<void> => {
    if (request.store === false) return;
    const stored: StoredResponse = { conversationId: conversationId ?? null, messages: [...history, ...input, answerMessage(parts)] };
    await options.store.set(storeKey(keyId, responseId(decisionId)), JSON.stringify(stored), options.ttlMs).catch(() => undefined);
  };
  const chat = responsesToChat(request, history, input);
  assertInputHasTurn(chat);
  return {
    chat,
    ...(previous?.conversationId ? { conversation: { source: "previous_response_id" as const, value: previous.conversationId } } : {}),
    render: {
      async json(result, meta) {
        const parts = partsOfChatBody(result.body);
        // Stored only once the record is durable: a response answered 503 cannot be continued.
        meta.onRecorded(() => save(meta.id, meta.conversationId, parts));
        return responseObject({ ...responseMeta(request, meta), model: result.model, usage: result.usage, costUsd: meta.costUsd }, finalStatus(parts.finishReason), outputItems(meta.id, parts), { finishReason: parts.finishReason });
      },
      stream: (chunks, outcome, meta) =>
        responseStream(chunks, outcome, { ...responseMeta(request, meta), model: meta.model, promptTokens: meta.promptTokens }, (parts) => save(meta.id, meta.conversationId, parts)),
    },
  };
}

function responseMeta(request: ResponsesRequest, meta: { id: string; createdAt: number }): { id: string; createdAt: number; request: ResponsesRequest } {
  return { id: meta.id, createdAt: meta.createdAt, request };
}

async function loadPrevious(options: ResponsesDoorOptions, keyId: string | null, id: string): Promise<StoredResponse> {
  // A store that cannot be read (Redis down) is its 503 storage_unavailable, which a client retries: "not found"
  // would tell it the conversation is gone for good.
  const text = await options.store.get(storeKey(keyId, id));
  const stored = text === undefined ? undefined : parseStored(text);
  if (!stored) {
    throw new InvalidRequestError(
      `Previous response with id '${id}' not found. The gateway keeps responses for affinity.ttl_seconds, only when \`store\` is not false, and only for the key that created them.`,
      { param: "previous_response_id", code: "previous_response_not_found" },
    );
  }
  return stored;
}

function parseStored(text: string): StoredResponse | undefined {
  try {
    const value = JSON.parse(text) as Partial<StoredResponse>;
    return Array.isArray(value.messages) ? { conversationId: typeof value.conversationId === "string" ? value.conversationId : null, messages: value.messages } : undefined;
  } catch {
    return undefined;
  }
}

function answerMessage(parts: AnswerParts): ChatMessage {
  const message: ChatMessage = { role: "assistant", content: parts.text.length > 0 || parts.toolCalls.length === 0 ? parts.text : null };
  if (parts.toolCalls.length > 0) message.tool_calls = parts.toolCalls.map((call) => ({ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }));
  return message;
}

function storeKey(keyId: string | null, id: string): string {
  return `response:${keyId ?? "-"}:${id}`;
}
