/**
 * A front door: one wire format the gateway accepts (`chat` = Chat Completions, `messages` = Anthropic Messages,
 * `responses` = OpenAI Responses). Every door is translated to a Chat Completions request, routed and run by the
 * one engine, and its answer translated back (docs/decisions/0015-doors-translate-to-chat-completions.md).
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { ChatRequest } from "../../core/types.js";
import type { KeyHeader } from "../auth/create-key-auth.js";
import type { ConversationMemory } from "../../routing/affinity/conversation-affinity.js";
import type { ChatCompletionResult } from "../../routing/fallback/run-chat-completion.js";
import type { StreamOutcome } from "../../routing/fallback/run-chat-stream.js";
import type { DoorFieldNames } from "./door-field-names.js";

/** The door names, as the `x-switchyard-door` header and the decision log's `door` column say them. */
export type DoorName = "chat" | "messages" | "responses";

/** Every door name (report validation). */
export const DOOR_NAMES: readonly DoorName[] = ["chat", "messages", "responses"];

/** What a conversation is identified by, when the request says so itself (before the hash of its first messages). */
export interface ConversationHint {
  /** Anthropic's `metadata.user_id`, or the Responses API's `previous_response_id` (then `value` is the stored conversation's id). */
  source: "metadata.user_id" | "previous_response_id";
  value: string;
  /**
   * What affinity remembered after the stored response's turn (`previous_response_id`): used when the affinity store
   * no longer has the conversation (a restart without Redis), so it continues on the model that answered (ADR 0067).
   */
  memory?: ConversationMemory;
}

/** Facts about the answer a renderer may need besides the chat result. */
export interface AnswerMeta {
  /** The decision id (also used to build the door's own ids). */
  id: string;
  /** What the request cost, across every attempt and escalation. */
  costUsd: number;
  /** ms since epoch when the request started. */
  createdAt: number;
  /** The conversation's id when affinity identified one (the Responses door stores it with the response). */
  conversationId: string | undefined;
  /**
   * Runs `task` once the request's decision record is durable, before the answer is sent; never when the record
   * could not be committed (the client then gets a 503, and nothing may remember the answer it did not get).
   */
  onRecorded(task: () => Promise<void>): void;
  /**
   * What conversation affinity holds for the conversation after this turn (the model, its prompt, its tier): the
   * memory the turn wrote, else the one it recalled (an explicit model or a side request leaves it as it was);
   * undefined when there is none. Known once the turn has ended (before `onRecorded` tasks and a stream's outcome).
   */
  affinityMemory(): ConversationMemory | undefined;
}

/** What a stream renderer knows when the stream starts. */
export interface StreamMeta extends Omit<AnswerMeta, "costUsd" | "onRecorded"> {
  /** The model that answered first. */
  model: string;
  /** The gateway's estimate of the prompt's tokens (the upstream's count arrives with the final usage). */
  promptTokens?: number;
}

/** Turns the engine's chat answer into the door's format. */
export interface DoorRenderer {
  /** The non-streaming body (a Buffer is sent as is). */
  json(result: ChatCompletionResult, meta: AnswerMeta): Promise<unknown> | unknown;
  /**
   * The door's event stream from the chat SSE text the engine produces. `outcome` resolves once `chunks` is
   * exhausted; a translating door awaits it to put usage and cost in its final event.
   */
  stream(chunks: AsyncGenerator<string>, outcome: Promise<StreamOutcome>, meta: StreamMeta): AsyncGenerator<string>;
}

/** A request read at the door. */
export interface DoorRequest {
  chat: ChatRequest;
  /** The conversation the request names itself, when it does. */
  conversation?: ConversationHint;
  render: DoorRenderer;
}

/** One door. */
export interface Door {
  name: DoorName;
  /** The path it is served on. */
  path: string;
  /** The Authorization-style credential: `Bearer <key>`, from whichever header the door's clients send. */
  credential(headers: IncomingHttpHeaders): string | undefined;
  /** The headers `credential` reads, for the missing-key message. */
  keyHeader: KeyHeader;
  /** The other credential header `credential` passed over, if the request holds one (it must name the same key). */
  setAsideCredential?(headers: IncomingHttpHeaders): string | undefined;
  /**
   * Where the door's usual client chooses its model, for a refusal that asks for another model (a key limited to
   * tiers calling a real id): Claude Code sends its own model names unless told otherwise.
   */
  modelAdvice?: string;
  /** The chat fields this door's clients call otherwise (`max_tokens` → `max_output_tokens`): its errors use its names. */
  fieldNames?: DoorFieldNames;
  /** Validates and translates the body; throws InvalidRequestError naming the bad param. */
  read(body: unknown, caller: { headers: IncomingHttpHeaders; keyId: string | null }): Promise<DoorRequest> | DoorRequest;
}
