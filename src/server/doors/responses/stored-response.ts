/**
 * What the Responses door keeps per stored response, and how it is written and read. Format 1 (before read-back) held
 * the conversation only: `{conversationId, messages}`. Format 2 adds, beside it, what the read-back routes answer:
 * the Response object as it was answered and the input items it was generated from, each with an id. The
 * conversation is read the same way in both, so a value written by either continues through `previous_response_id`
 * (docs/decisions/0065-responses-read-back-storage.md).
 * @module
 */
import type { ChatMessage } from "../../../core/types.js";
import type { ConversationMemory } from "../../../routing/affinity/conversation-affinity.js";

/** One input item as the read-back routes list it: the item as sent (or as answered), with an id. */
export type StoredItem = Record<string, unknown> & { id: string; type: string };

/** A stored response. */
export interface StoredResponse {
  /** The conversation's affinity id, when it had one. */
  conversationId: string | null;
  /** The conversation without instructions, the response's own answer included. */
  messages: ChatMessage[];
  /** The Response object as answered (format 2); absent in a value stored before read-back existed. */
  response?: Record<string, unknown>;
  /**
   * The items the response was generated from, oldest first (format 2): the earlier turns' items and outputs, then
   * this request's input. Null when an earlier turn was stored before read-back existed (its items are not known).
   */
  inputItems?: StoredItem[] | null;
  /**
   * What conversation affinity remembered after this response's turn, absent when it remembered nothing (an explicit
   * model) or in a value stored before it was kept: the affinity store's copy lives in memory without Redis, and a
   * restart forgot it while this value survived in SQLite (ADR 0067).
   */
  affinity?: ConversationMemory;
}

/** The key a response is stored under: scoped to the virtual key that created it (`-` without keys). */
export function storeKey(keyId: string | null, responseId: string): string {
  return `response:${keyId ?? "-"}:${responseId}`;
}

/** Reads a stored value of either format; undefined when it is not one. */
export function parseStored(text: string): StoredResponse | undefined {
  let value: Partial<Record<keyof StoredResponse, unknown>>;
  try {
    value = JSON.parse(text) as typeof value;
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || !Array.isArray(value.messages)) return undefined;
  const stored: StoredResponse = { conversationId: typeof value.conversationId === "string" ? value.conversationId : null, messages: value.messages as ChatMessage[] };
  if (isRecord(value.response)) stored.response = value.response;
  const affinity = conversationMemory(value.affinity);
  if (affinity) stored.affinity = affinity;
  if (value.inputItems === null || (Array.isArray(value.inputItems) && value.inputItems.every(isItem))) stored.inputItems = value.inputItems as StoredItem[] | null;
  return stored;
}

/** The items that follow a stored response in a conversation continued from it: its input items, then its output. */
export function itemsAfter(previous: StoredResponse | undefined): StoredItem[] | null {
  if (!previous) return [];
  if (!previous.response || previous.inputItems == null) return null;
  const output = Array.isArray(previous.response.output) ? previous.response.output.filter(isItem) : [];
  return [...previous.inputItems, ...output];
}

/** A ConversationMemory as stored, or undefined when the value is not one (a tampered or older row is ignored). */
function conversationMemory(value: unknown): ConversationMemory | undefined {
  if (!isRecord(value) || typeof value.model !== "string" || value.model.length === 0) return undefined;
  if (typeof value.promptTokens !== "number" || !Number.isFinite(value.promptTokens) || value.promptTokens < 0) return undefined;
  return { model: value.model, promptTokens: value.promptTokens, ...(typeof value.tier === "string" ? { tier: value.tier } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isItem(value: unknown): value is StoredItem {
  return isRecord(value) && typeof value.id === "string" && typeof value.type === "string";
}
