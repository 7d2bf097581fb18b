/**
 * The in-process ConversationStore: a Map with per-entry expiry, bounded in size (the oldest entries go first),
 * for a single gateway instance. Use Redis to share conversations between instances.
 * @module
 */
import type { Clock } from "../../core/clock.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";

/** Default bound on the number of entries. */
export const DEFAULT_MAX_CONVERSATION_ENTRIES = 50_000;

/** Default bound on the characters held in all values together (stored responses can be large). */
export const DEFAULT_MAX_CONVERSATION_CHARS = 64 * 1024 * 1024;

/** Creates the store. */
export function createMemoryConversationStore({
  clock = SYSTEM_CLOCK,
  maxEntries = DEFAULT_MAX_CONVERSATION_ENTRIES,
  maxChars = DEFAULT_MAX_CONVERSATION_CHARS,
}: { clock?: Clock; maxEntries?: number; maxChars?: number } = {}): ConversationStore {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let chars = 0;
  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    chars -= entry.value.length;
    entries.delete(key);
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now()) {
        remove(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      // Re-inserting moves the key to the end, so the Map's order is least recently written first.
      remove(key);
      // A value larger than the whole store is not kept: say so, as a store that refuses a write does.
      if (value.length > maxChars) throw new Error(`a value of ${value.length} characters is larger than the conversation store's bound (${maxChars})`);
      entries.set(key, { value, expiresAt: clock.now() + ttlMs });
      chars += value.length;
      while (entries.size > maxEntries || chars > maxChars) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        remove(oldest.value);
      }
    },
    async delete(key) {
      const entry = entries.get(key);
      remove(key);
      return entry !== undefined && entry.expiresAt > clock.now();
    },
  };
}
