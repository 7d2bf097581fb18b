/**
 * The Responses door's stored responses, over the conversation store (Redis when configured, else the SQLite file):
 * written once a response is answered, read to continue it (`previous_response_id`) or to answer the read-back
 * routes (`GET`/`DELETE /v1/responses/{id}`, `GET .../input_items`), and deleted. Every key is scoped to the virtual
 * key that created the response, so another key's id reads as unknown. A response that was answered but not stored
 * (its write failed, ADR 0024; over the size bound, ADR 0028), or deleted here, is remembered by this process so the
 * caller hears why instead of a bare "not found".
 * @module
 */
import { escapeSentText } from "../../../core/quote-sent-text.js";
import { GatewayError, InvalidRequestError } from "../../../core/errors/index.js";
import type { ConversationStore } from "../../../routing/affinity/conversation-store.js";
import { parseStored, storeKey, type StoredResponse } from "./stored-response.js";
import { UnstoredResponses } from "./unstored-responses.js";

/** How large a whole stored value may be read, as a multiple of the conversation's bound (it holds the read-back copy too). */
export const STORED_VALUE_FACTOR = 3;

/** Options of the stored responses. */
export interface StoredResponsesOptions {
  store: ConversationStore;
  ttlMs: number;
  /** Told when a response asked to be stored could not be (the gateway logs it). */
  onStoreFailed?: (error: unknown, responseId: string) => void;
  /** The most the stored conversation may be, in UTF-8 bytes (ADR 0028). Default: no bound. */
  maxStoredBytes?: number;
}

/** A stored response that can be read back: both its Response object and its input items are known. */
export type ReadableResponse = StoredResponse & Required<Pick<StoredResponse, "response">>;

/** The stored responses of one door. */
export class StoredResponses {
  readonly #unstored = new UnstoredResponses();

  constructor(private readonly options: StoredResponsesOptions) {}

  /** Writes `value`; false when it was not stored (over the bound, or the store failed), so the answer says `store: false`. */
  async save(keyId: string | null, responseId: string, value: StoredResponse): Promise<boolean> {
    const key = storeKey(keyId, responseId);
    try {
      // The bound holds the conversation, as before read-back (ADR 0028); the read-back copy rides beside it (ADR 0065).
      // A whole value #read would refuse is not written either: the answer says `store: false`, never `store: true`
      // and then "not stored" (input items can outgrow the conversation: a content list and an id per message).
      const text = JSON.stringify(value);
      // The conversation is measured alone only when the whole is over the bound (it is part of the whole), as in #read.
      if (this.#overBound(text, STORED_VALUE_FACTOR) || (this.#overBound(text, 1) && this.#overBound(JSON.stringify(value.messages), 1))) {
        this.#unstored.add(key, "too_large");
        return false;
      }
      await this.options.store.set(key, text, this.options.ttlMs);
      return true;
    } catch (error) {
      this.#unstored.add(key);
      this.options.onStoreFailed?.(error, responseId);
      return false;
    }
  }

  /** The response named by `previous_response_id`; a 400 `previous_response_not_found` saying why when there is none. */
  async continuation(keyId: string | null, id: string): Promise<StoredResponse> {
    // A store that cannot be read (Redis down) is its 503 storage_unavailable, which a client retries: "not found"
    // would tell it the conversation is gone for good.
    const stored = await this.#read(keyId, id);
    if (stored) return stored;
    throw new InvalidRequestError(`Previous response with id '${escapeSentText(id, 256)}' ${this.#why(keyId, id, true)}`, { param: "previous_response_id", code: "previous_response_not_found" });
  }

  /** The stored response for `GET /v1/responses/{id}` and its input items; a 404 saying why when it cannot be read back. */
  async readable(keyId: string | null, id: string): Promise<ReadableResponse> {
    const stored = await this.#read(keyId, id);
    if (!stored) throw notFound(`Response with id '${escapeSentText(id, 256)}' ${this.#why(keyId, id, false)}`);
    if (!stored.response) {
      throw notFound(
        `Response with id '${escapeSentText(id, 256)}' was stored before this gateway could read responses back: only its conversation was kept, not the Response object. It can still be continued with previous_response_id, and deleted with DELETE /v1/responses/${escapeSentText(id, 256)}.`,
      );
    }
    return stored as ReadableResponse;
  }

  /** Remembers a response that failed (never stored), so a continuation of it is told so, not "not found". */
  noteFailed(keyId: string | null, id: string): void {
    this.#unstored.add(storeKey(keyId, id), "failed");
  }

  /** Deletes a stored response; a 404 saying why when there is none to delete. */
  async delete(keyId: string | null, id: string): Promise<void> {
    const key = storeKey(keyId, id);
    if (await this.options.store.delete(key)) {
      this.#unstored.add(key, "deleted");
      return;
    }
    throw notFound(`Response with id '${escapeSentText(id, 256)}' ${this.#why(keyId, id, false)}`);
  }

  async #read(keyId: string | null, id: string): Promise<StoredResponse | undefined> {
    const key = storeKey(keyId, id);
    const text = await this.options.store.get(key);
    if (text === undefined) return undefined;
    // One stored before the bound, or by an instance with a larger one: it is not parsed whole, and its conversation is
    // held to the bound as a new one is (the read-back copy aside), so a continuation never carries more (ADR 0028).
    // The conversation can only be over the bound when the whole value is: that cheap check comes first.
    if (this.#overBound(text, STORED_VALUE_FACTOR)) return this.#tooLarge(key);
    const stored = parseStored(text);
    if (stored && this.#overBound(text, 1) && this.#overBound(JSON.stringify(stored.messages), 1)) return this.#tooLarge(key);
    return stored;
  }

  #tooLarge(key: string): undefined {
    this.#unstored.add(key, "too_large");
    return undefined;
  }

  /** Why `id` cannot be read, as the rest of a sentence starting with the id; with what to send instead when `continuing`. */
  #why(keyId: string | null, id: string, continuing: boolean): string {
    const instead = (what: string): string => (continuing ? ` Send ${what} as \`input\` instead.` : "");
    switch (this.#unstored.reason(storeKey(keyId, id))) {
      case "too_large":
        return `was answered but not stored: the conversation up to it is larger than server.body_limit_bytes (${this.options.maxStoredBytes} bytes), or with its read-back copy (input items and Response object) larger than ${STORED_VALUE_FACTOR} times that, the most the gateway keeps, and the response said \`store: false\`.${instead("the part of the conversation you need")}`;
      case "write_failed":
        return `was answered but never stored: the gateway's conversation store failed when it was written, and the response said \`store: false\`.${instead("the conversation so far")}`;
      case "failed":
        return `failed (response.failed), and a failed response is not stored.${instead("the conversation so far")}`;
      case "deleted":
        return `was deleted (DELETE /v1/responses/{response_id}).${instead("the conversation so far")}`;
      default:
        return "not found. The gateway keeps responses for affinity.ttl_seconds, only when `store` is not false, and only for the key that created them.";
    }
  }

  /** True when `text` is over `factor` times the bound (its length first: no character takes more than 3 UTF-8 bytes). */
  #overBound(text: string, factor: number): boolean {
    const max = this.options.maxStoredBytes === undefined ? undefined : this.options.maxStoredBytes * factor;
    return max !== undefined && text.length > max / 3 && Buffer.byteLength(text, "utf8") > max;
  }
}

function notFound(message: string): GatewayError {
  return new GatewayError({ message, status: 404, type: "invalid_request_error", code: "not_found" });
}
