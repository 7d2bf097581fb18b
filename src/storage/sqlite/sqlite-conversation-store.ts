/**
 * The SQLite ConversationStore, for the Responses API's stored responses on a gateway without Redis: a row per key
 * in the `storage.sqlite` file, so `previous_response_id` still continues a conversation after the gateway restarts
 * (a deploy, a crash). In memory, every restart forgot every stored response. Expired rows are read as missing and
 * deleted when the store opens and then every PRUNE_EVERY writes. Writes wait for another process's lock off the event loop
 * (retry-while-busy.ts); a write that still fails is the door's store failure (answered with `store: false`).
 * @module
 */
import { SYSTEM_CLOCK, type Clock } from "../../core/clock.js";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";
import { DEFAULT_MAX_CONVERSATION_CHARS } from "../memory/memory-conversation-store.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor } from "./retry-while-busy.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversation_store (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversation_store_expiry ON conversation_store (expires_at);
`;

/** Expired rows are deleted once every this many writes. */
export const PRUNE_EVERY = 500;

/** Creates the store over an open database; creates its table if missing. */
export function createSqliteConversationStore(db: SqliteDatabase, { clock = SYSTEM_CLOCK, maxChars = DEFAULT_MAX_CONVERSATION_CHARS }: { clock?: Clock; maxChars?: number } = {}): ConversationStore {
  db.exec(SCHEMA);
  const read = db.prepare<[string, number], { value: string }>("SELECT value FROM conversation_store WHERE key = ? AND expires_at > ?");
  const write = db.prepare<[string, string, number]>(
    "INSERT INTO conversation_store (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
  );
  const remove = db.prepare<[string], { expires_at: number }>("DELETE FROM conversation_store WHERE key = ? RETURNING expires_at");
  const prune = db.prepare<[number]>("DELETE FROM conversation_store WHERE expires_at <= ?");
  const retryWhileBusy = busyRetryFor(db);
  // A gateway restarted before PRUNE_EVERY writes would otherwise never delete what expired.
  prune.run(clock.now());
  let writes = 0;
  return {
    async get(key) {
      return read.get(key, clock.now())?.value;
    },
    async set(key, value, ttlMs) {
      // The same bound as the in-memory store: one value may not be larger than its whole store.
      if (value.length > maxChars) throw new Error(`a value of ${value.length} characters is larger than the conversation store's bound (${maxChars})`);
      const now = clock.now();
      await retryWhileBusy(() => write.run(key, value, now + Math.max(1, Math.round(ttlMs))));
      writes += 1;
      if (writes % PRUNE_EVERY === 0) await retryWhileBusy(() => prune.run(now));
    },
    async delete(key) {
      // An expired row is deleted too, but says nothing was there: it could no longer be read.
      const row = await retryWhileBusy(() => remove.get(key));
      return row !== undefined && row.expires_at > clock.now();
    },
  };
}
