/**
 * A small key-value store with expiry, shared by the gateway's instances when Redis is configured: it holds
 * conversation affinity (which model a conversation is on) and the Responses API's stored responses.
 * Implementations live in `src/storage/` (memory, Redis).
 * @module
 */

/** String values under string keys, each with its own time to live. */
export interface ConversationStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` for `ttlMs` milliseconds (replacing any earlier value and expiry). */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Removes `key`; true when a value (not yet expired) was there. */
  delete(key: string): Promise<boolean>;
}
