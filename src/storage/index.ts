/**
 * Storage adapters behind the ports: ledger (budget/), decision log (log/), keys and rate limits.
 * `openStorage` picks them from `storage:` config.
 * @module
 */
export { openStorage, type Storage, type StorageConfig, type OpenStorageOptions } from "./open-storage.js";
export { redactUrl } from "./redact-url.js";
export type { KeyStore, VirtualKey } from "./key-store.js";
export { issueVirtualKey, hashSecret, generateSecret, VIRTUAL_KEY_PREFIX, type NewVirtualKey } from "./virtual-key-secret.js";
export { gcraStep, RATE_WINDOW_IN_MS, type RateLimiter, type RateLimitDecision } from "./rate-limiter.js";
export { createMemoryLedger } from "./memory/memory-ledger.js";
export { createMemoryDecisionLogBackend } from "./memory/memory-decision-log.js";
export { createMemoryKeyStore } from "./memory/memory-key-store.js";
export { createMemoryRateLimiter } from "./memory/memory-rate-limiter.js";
export { openSqliteDatabase, DEFAULT_SQLITE_PATH, type SqliteDatabase } from "./sqlite/open-sqlite-database.js";
export { createSqliteLedger } from "./sqlite/sqlite-ledger.js";
export { createSqliteDecisionLogBackend } from "./sqlite/sqlite-decision-log.js";
export { createSqliteKeyStore } from "./sqlite/sqlite-key-store.js";
export { createRedisLedger, type RedisLedgerOptions } from "./redis/redis-ledger.js";
export { createRedisRateLimiter } from "./redis/redis-rate-limiter.js";
export { createPostgresDecisionLogBackend, type PostgresDecisionLogOptions } from "./postgres/postgres-decision-log.js";
export { createPostgresKeyStore } from "./postgres/postgres-key-store.js";
export { createMemoryConversationStore } from "./memory/memory-conversation-store.js";
export { createRedisConversationStore } from "./redis/redis-conversation-store.js";
