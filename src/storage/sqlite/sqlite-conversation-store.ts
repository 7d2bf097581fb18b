/**
 * The SQLite ConversationStore of a gateway without Redis: a row per key in the `storage.sqlite` file, so what it
 * holds survives a restart (a deploy, a crash). Two stores use it, each in its own table: the Responses API's stored
 * responses (`previous_response_id` still continues a conversation) and conversation affinity (a conversation stays on
 * its model, its prompt cache warm, ADR 0069). In memory, every restart forgot both. Expired rows are read as missing
 * and deleted when the store opens and then every PRUNE_EVERY writes, which also deletes the rows past `maxEntries`
 * (the soonest to expire first), so the table stays within `maxEntries` + PRUNE_EVERY rows. Writes wait for another
 * process's lock off the event loop (retry-while-busy.ts); a write that still fails is the caller's store failure.
 * @module
 */
import { SYSTEM_CLOCK, type Clock } from "../../core/clock.js";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";
import { DEFAULT_MAX_CONVERSATION_CHARS } from "../memory/memory-conversation-store.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor } from "./retry-while-busy.js";

/** The tables a store may live in: stored responses (the default) and conversation affinity. */
export type ConversationTable = "conversation_store" | "affinity_store";

const schema = (table: ConversationTable): string => `
CREATE TABLE IF NOT EXISTS ${table} (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ${table}_expiry ON ${table} (expires_at);
`;

/** Expired rows are deleted once every this many writes. */
export const PRUNE_EVERY = 500;

/** Options of createSqliteConversationStore. */
export interface SqliteConversationStoreOptions {
  clock?: Clock;
  /** Bound on one value's characters. Default: the in-memory store's whole bound. */
  maxChars?: number;
  /** Rows kept past each prune (the soonest to expire go first). Default: unbounded (stored responses expire by TTL). */
  maxEntries?: number;
  /** Default `conversation_store` (stored responses). */
  table?: ConversationTable;
  /**
   * Writes wait for the end of the event loop's turn (`setImmediate`) and commit as one transaction: the caller's
   * request sends its answer first, and the requests ending in one turn share a commit. A crash loses the writes of
   * that turn (a sub-millisecond window); reads see them at once. For affinity, not for what a caller must know is stored.
   */
  writeBehind?: boolean;
}

interface PendingWrite {
  value: string;
  expiresAt: number;
}

/** The store, and `flush`: commits the writes still waiting (`writeBehind`) before the file closes. */
export interface SqliteConversationStore extends ConversationStore {
  flush(): Promise<void>;
}

/** Creates the store over an open database; creates its table if missing. */
export function createSqliteConversationStore(db: SqliteDatabase, { clock = SYSTEM_CLOCK, maxChars = DEFAULT_MAX_CONVERSATION_CHARS, maxEntries, table = "conversation_store", writeBehind = false }: SqliteConversationStoreOptions = {}): SqliteConversationStore {
  db.exec(schema(table));
  const read = db.prepare<[string, number], { value: string }>(`SELECT value FROM ${table} WHERE key = ? AND expires_at > ?`);
  const write = db.prepare<[string, string, number]>(
    `INSERT INTO ${table} (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare<[string], { expires_at: number }>(`DELETE FROM ${table} WHERE key = ? RETURNING expires_at`);
  const pruneExpired = db.prepare<[number]>(`DELETE FROM ${table} WHERE expires_at <= ?`);
  const pruneOverflow = db.prepare<[number]>(`DELETE FROM ${table} WHERE key IN (SELECT key FROM ${table} ORDER BY expires_at LIMIT max(0, (SELECT COUNT(*) FROM ${table}) - ?))`);
  const prune = db.transaction((now: number) => {
    pruneExpired.run(now);
    if (maxEntries !== undefined) pruneOverflow.run(maxEntries);
  });
  const retryWhileBusy = busyRetryFor(db);
  // A gateway restarted before PRUNE_EVERY writes would otherwise never delete what expired.
  prune(clock.now());
  let writes = 0;
  const counted = async (count: number, now: number): Promise<void> => {
    const before = writes;
    writes += count;
    if (Math.floor(writes / PRUNE_EVERY) > Math.floor(before / PRUNE_EVERY)) await retryWhileBusy(() => prune(now));
  };
  const writeNow = async (key: string, value: string, expiresAt: number, now: number): Promise<void> => {
    await retryWhileBusy(() => write.run(key, value, expiresAt));
    await counted(1, now);
  };
  const behind = writeBehind ? createWriteBehind(db.transaction((entries: [string, PendingWrite][]) => {
    for (const [key, entry] of entries) write.run(key, entry.value, entry.expiresAt);
  }), retryWhileBusy, (count) => counted(count, clock.now())) : undefined;
  return {
    flush: async () => behind?.flush(),
    async get(key) {
      const now = clock.now();
      const pending = behind?.pending.get(key);
      if (pending) return pending.expiresAt > now ? pending.value : undefined;
      return read.get(key, now)?.value;
    },
    async set(key, value, ttlMs) {
      // The same bound as the in-memory store: one value may not be larger than its whole store.
      if (value.length > maxChars) throw new Error(`a value of ${value.length} characters is larger than the conversation store's bound (${maxChars})`);
      const now = clock.now();
      const expiresAt = now + Math.max(1, Math.round(ttlMs));
      if (behind) return behind.set(key, { value, expiresAt });
      return writeNow(key, value, expiresAt, now);
    },
    async delete(key) {
      const now = clock.now();
      const pending = behind?.pending.get(key);
      behind?.pending.delete(key);
      // An expired row is deleted too, but says nothing was there: it could no longer be read.
      const row = await retryWhileBusy(() => remove.get(key));
      return (pending !== undefined && pending.expiresAt > now) || (row !== undefined && row.expires_at > now);
    },
  };
}

/**
 * The writes of one event-loop turn, the newest per key, committed as one transaction once the turn ends. They stay
 * readable (`pending`) until committed; a batch that fails is dropped, its callers told (they log it).
 */
function createWriteBehind(
  commit: (entries: [string, PendingWrite][]) => void,
  retryWhileBusy: ReturnType<typeof busyRetryFor>,
  afterCommit: (count: number) => Promise<void>,
): { pending: Map<string, PendingWrite>; set(key: string, entry: PendingWrite): Promise<void>; flush(): Promise<void> } {
  const pending = new Map<string, PendingWrite>();
  let scheduled: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    // Writes from here on (while this batch waits for another process's lock) make the next batch.
    scheduled = undefined;
    const entries = [...pending];
    // Flushed already, at close.
    if (entries.length === 0) return;
    try {
      await retryWhileBusy(() => commit(entries));
    } finally {
      for (const [key, entry] of entries) if (pending.get(key) === entry) pending.delete(key);
    }
    await afterCommit(entries.length);
  };
  return {
    pending,
    flush,
    set(key, entry) {
      pending.set(key, entry);
      scheduled ??= new Promise<void>((resolve) => setImmediate(resolve)).then(flush);
      return scheduled;
    },
  };
}
