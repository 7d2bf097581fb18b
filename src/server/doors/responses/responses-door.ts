/**
 * `POST /v1/responses`: the OpenAI Responses API (newer OpenAI SDKs, the Agents SDK), routed by the same engine
 * as chat completions. As a gateway it keeps what `previous_response_id` needs: with `store` (the default) the
 * conversation so far is kept for `affinity.ttl_seconds` in the conversation store (Redis when configured),
 * scoped to the virtual key, and a later request naming the response continues it, on the same model. A store
 * write that fails does not fail the answer (it is recorded and paid for): the response says `store: false`, the
 * failure is reported through `onStoreFailed`, and a later `previous_response_id` naming it is told it was never
 * stored (docs/decisions/0024-responses-store-write-failure.md). The Response object as answered and its input items
 * are kept beside the conversation, for the read-back routes (routes/responses-read-back.ts, ADR 0065).
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { IdGenerator } from "../../../core/id-generator.js";
import type { ChatMessage } from "../../../core/types.js";
import type { ConversationStore } from "../../../routing/affinity/conversation-store.js";
import type { AnswerMeta, Door, DoorRequest } from "../door.js";
import { RESPONSES_FIELD_NAMES } from "../door-field-names.js";
import { assertInputHasTurn } from "../nothing-to-send.js";
import { readDoorBody } from "../read-door-body.js";
import { forcedCallWithoutTools, unknownToolChoice } from "../../request-shape/tool-choice.js";
import { refuseHostedState, refuseStoredItems } from "./refuse-hosted-state.js";
import { assertKnownResponsesFields } from "./responses-fields.js";
import { finalStatus, includesEncryptedReasoning, outputItems, partsOfChatBody, responseId, responseObject, servedTier, type AnswerParts } from "./chat-to-response.js";
import { responseStream } from "./response-stream.js";
import { responsesRequestSchema, type ResponsesRequest } from "./responses-request.js";
import { assertCallOutputsAnswerCalls } from "./assert-call-outputs.js";
import { inputMessages, responsesToChat } from "./responses-to-chat.js";
import { inputItemsOf } from "./input-items.js";
import { itemsAfter } from "./stored-response.js";
import { StoredResponses } from "./stored-responses.js";

/** Options of the door. */
export interface ResponsesDoorOptions {
  store: ConversationStore;
  ttlMs: number;
  generateId: IdGenerator;
  /** Told when a response asked to be stored could not be (the gateway logs it). */
  onStoreFailed?: (error: unknown, responseId: string) => void;
  /**
   * The most a stored conversation may be, in UTF-8 bytes: `server.body_limit_bytes`, the most a client could send as
   * `input` itself. Past it a response is not stored (ADR 0028). Default: no bound.
   */
  maxStoredBytes?: number;
}

/** The Responses door, with the stored responses its read-back routes answer from. */
export interface ResponsesDoor extends Door {
  stored: StoredResponses;
}

/** Creates the Responses door over a conversation store. */
export function createResponsesDoor(options: ResponsesDoorOptions): ResponsesDoor {
  const stored = new StoredResponses(options);
  return {
    name: "responses",
    path: "/v1/responses",
    fieldNames: RESPONSES_FIELD_NAMES,
    credential: (headers) => headers.authorization,
    keyHeader: "bearer",
    stored,
    read: (body, caller) => readResponsesRequest(stored, body, caller.keyId),
  };
}

async function readResponsesRequest(stored: StoredResponses, body: unknown, keyId: string | null): Promise<DoorRequest> {
  // Before the schema: a request that uses a stored prompt may have no `input`, and should hear about `prompt`.
  refuseHostedState(body);
  refuseStoredItems(body);
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    assertKnownResponsesFields(body);
    assertOutputBoundAtLeastMinimum((body as Record<string, unknown>).max_output_tokens);
  }
  const request = readDoorBody(responsesRequestSchema, body, "an OpenAI Responses request with `model` and `input`");
  assertToolChoiceCanBeMet(request);
  const previous = request.previous_response_id ? await stored.continuation(keyId, request.previous_response_id) : undefined;
  const history = previous?.messages ?? [];
  assertCallOutputsAnswerCalls(request.input, history);
  const input = inputMessages(request);
  // False when the response asked to be stored and could not be: the answer then says `store: false`. `response` is
  // the Response object as answered (read back by GET /v1/responses/{id}).
  const earlierItems = itemsAfter(previous);
  const save = async (meta: Pick<AnswerMeta, "id" | "conversationId" | "affinityMemory">, parts: AnswerParts, response: Record<string, unknown>): Promise<boolean> => {
    if (request.store === false) return true;
    const inputItems = earlierItems === null ? null : [...earlierItems, ...inputItemsOf(request, meta.id, earlierItems)];
    const affinity = meta.affinityMemory();
    return stored.save(keyId, responseId(meta.id), { conversationId: meta.conversationId ?? null, messages: [...history, ...input, answerMessage(parts)], response, inputItems, ...(affinity ? { affinity } : {}) });
  };
  const chat = responsesToChat(request, history, input);
  assertInputHasTurn(chat);
  return {
    chat,
    ...(previous?.conversationId ? { conversation: { source: "previous_response_id" as const, value: previous.conversationId, ...(previous.affinity ? { memory: previous.affinity } : {}) } } : {}),
    render: {
      async json(result, meta) {
        const parts = partsOfChatBody(result.body, meta.id);
        const response = responseObject({ ...responseMeta(request, meta), model: result.model, usage: result.usage, costUsd: meta.costUsd, servedTier: servedTier(result.body) }, finalStatus(parts.finishReason), outputItems(meta.id, parts, includesEncryptedReasoning(request)), { finishReason: parts.finishReason });
        // Stored only once the record is durable (a response answered 503 cannot be continued), before it is sent.
        meta.onRecorded(async () => {
          if (!(await save(meta, parts, response))) response.store = false;
        });
        return response;
      },
      stream: (chunks, outcome, meta) => {
        // A response that failed is not stored: a continuation of it is told so (an agent loop continues what it got).
        void outcome.then((end) => (end.status === "failed" && request.store !== false ? stored.noteFailed(keyId, responseId(meta.id)) : undefined), () => undefined);
        return responseStream(chunks, outcome, { ...responseMeta(request, meta), model: meta.model, promptTokens: meta.promptTokens }, (parts, response) => save(meta, parts, response));
      },
    },
  };
}

/** OpenAI's least `max_output_tokens`: below it OpenAI answers 400 `integer_below_min_value`, and so does the door. */
const MIN_OUTPUT_TOKENS = 16;

/** An integer `max_output_tokens` below 16 (0 and negatives too) is refused in OpenAI's words; other shapes go to the schema. */
function assertOutputBoundAtLeastMinimum(asked: unknown): void {
  if (typeof asked !== "number" || !Number.isInteger(asked) || asked >= MIN_OUTPUT_TOKENS) return;
  throw new InvalidRequestError(`Invalid 'max_output_tokens': integer below minimum value. Expected a value >= ${MIN_OUTPUT_TOKENS}, but got ${asked} instead.`, { param: "max_output_tokens", code: "integer_below_min_value" });
}

/** A tool_choice naming a function not in `tools`, or `required` with no tools, is refused (request-shape/tool-choice.ts). */
function assertToolChoiceCanBeMet(request: ResponsesRequest): void {
  const choice = request.tool_choice;
  const names = (request.tools ?? []).map((tool) => tool.name);
  if (typeof choice === "object" && choice?.type === "allowed_tools") {
    choice.tools.forEach((tool, index) => {
      const unknown = unknownToolChoice(tool.name, names);
      if (unknown) throw new InvalidRequestError(`${unknown}.`, { param: `tool_choice.tools[${index}].name`, code: "invalid_request" });
    });
    return;
  }
  const why = typeof choice === "object" && choice !== null ? unknownToolChoice(choice.name, names) : undefined;
  if (why) throw new InvalidRequestError(`${why}.`, { param: "tool_choice.name", code: "invalid_request" });
  const forced = choice === "required" ? forcedCallWithoutTools("required", names.length) : undefined;
  if (forced) throw new InvalidRequestError(`${forced}.`, { param: "tool_choice", code: "invalid_request" });
}

function responseMeta(request: ResponsesRequest, meta: { id: string; createdAt: number }): { id: string; createdAt: number; request: ResponsesRequest } {
  return { id: meta.id, createdAt: meta.createdAt, request };
}

function answerMessage(parts: AnswerParts): ChatMessage {
  // A refusal is what the assistant said: the next turn's model reads it as the assistant's text.
  const text = parts.text + parts.refusal;
  const message: ChatMessage = { role: "assistant", content: text.length > 0 || parts.toolCalls.length === 0 ? text : null };
  if (parts.toolCalls.length > 0) message.tool_calls = parts.toolCalls.map((call) => ({ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }));
  // The reasoning state goes with the answer, so a turn continued by previous_response_id carries it upstream.
  if (parts.reasoningDetails && parts.reasoningDetails.length > 0) message.reasoning_details = parts.reasoningDetails;
  return message;
}
