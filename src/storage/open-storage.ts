/**
 * Opens the stores a gateway or CLI needs from `storage:` config: the embedded SQLite file by default;
 * Redis for the ledger and rate limits when `redis_url` is set; Postgres for the decision log and keys when
 * `postgres_url` is set. Callers only see the ports, so one instance and N instances run the same code.
 * @module
 */
import path from "node:path";
import type { Ledger } from "../budget/ledger.js";
import type { DecisionLogBackend } from "../log/decision-log-store.js";
import type { KeyStore } from "./key-store.js";
import { createMemoryRateLimiter } from "./memory/memory-rate-limiter.js";
import type { RateLimiter } from "./rate-limiter.js";
import { openSqliteDatabase, type SqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite/sqlite-decision-log.js";
import { createSqliteKeyStore } from "./sqlite/sqlite-key-store.js";
import { createSqliteLedger } from "./sqlite/sqlite-ledger.js";

/** The `storage:` section of the config. */
export interface StorageConfig {
  sqlite: string;
  redis_url?: string | undefined;
  postgres_url?: string | undefined;
}

/** The opened stores. `close` closes each once (close the decision log wrapper first: it drains). */
export interface Storage {
  ledger: Ledger;
  decisionBackend: DecisionLogBackend;
  keys: KeyStore;
  rateLimiter: RateLimiter;
  /** Where each store lives, for startup logs (no credentials). */
  describe: { ledger: string; decisions: string; keys: string; rateLimiter: string };
  close(): Promise<void>;
}

/** Options of `openStorage`. */
export interface OpenStorageOptions {
  storage: StorageConfig;
  /** Relative SQLite paths resolve against this. */
  cwd: string;
  /** Namespace for Redis keys and the Postgres schema, so deployments (and test runs) can share servers. Default `switchyard`. */
  namespace?: string;
}

/** Opens the stores. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const { storage, cwd } = options;
  const namespace = options.namespace ?? "switchyard";
  const sqlitePath = storage.sqlite === ":memory:" ? ":memory:" : path.resolve(cwd, storage.sqlite);
  let db: SqliteDatabase | undefined;
  const sqlite = (): SqliteDatabase => (db ??= openSqliteDatabase(sqlitePath));
  const closers: (() => Promise<void>)[] = [];

  const ledger = createSqliteLedger(sqlite());
  const rateLimiter = createMemoryRateLimiter();
  const decisionBackend = createSqliteDecisionLogBackend(sqlite());
  const keys = createSqliteKeyStore(sqlite());
  const describe = { ledger: `sqlite ${sqlitePath}`, decisions: `sqlite ${sqlitePath}`, keys: `sqlite ${sqlitePath}`, rateLimiter: "memory" };
  void namespace;

  let closed = false;
  return {
    ledger,
    decisionBackend: { ...decisionBackend, close: async () => {} },
    keys,
    rateLimiter,
    describe,
    async close() {
      if (closed) return;
      closed = true;
      for (const close of closers) await close();
      if (db?.open) db.close();
    },
  };
}
