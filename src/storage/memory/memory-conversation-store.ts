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

/** Creates the store. */
export function createMemoryConversationStore({ clock = SYSTEM_CLOCK, maxEntries = DEFAULT_MAX_CONVERSATION_ENTRIES }: { clock?: Clock; maxEntries?: number } = {}): ConversationStore {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      // Re-inserting moves the key to the end, so the Map's order is least recently written first.
      entries.delete(key);
      entries.set(key, { value, expiresAt: clock.now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
