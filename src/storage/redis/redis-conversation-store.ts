/**
 * The Redis ConversationStore: every gateway instance sees the same conversations. Keys are `<prefix>conv:<key>`,
 * each with its own expiry (`SET ... PX`).
 * @module
 */
import type { Redis } from "ioredis";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";

/** Creates the store over an ioredis client. */
export function createRedisConversationStore(redis: Redis, { prefix = "{switchyard}:" } = {}): ConversationStore {
  return {
    async get(key) {
      const value = await redis.get(`${prefix}conv:${key}`);
      return value ?? undefined;
    },
    async set(key, value, ttlMs) {
      await redis.set(`${prefix}conv:${key}`, value, "PX", Math.max(1, Math.round(ttlMs)));
    },
    async delete(key) {
      // An expired key is gone already: DEL counts only what was there.
      return (await redis.del(`${prefix}conv:${key}`)) > 0;
    },
  };
}
