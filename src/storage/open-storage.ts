/**
 * Opens the stores a gateway or CLI needs from `storage:` config: the embedded SQLite file by default;
 * Redis for the ledger, rate limits and circuit breaker when `redis_url` is set; Postgres for the decision log and keys when
 * `postgres_url` is set. Callers only see the ports, so one instance and N instances run the same code.
 * @module
 */
import path from "node:path";
import type { Ledger } from "../budget/ledger.js";
import type { DecisionLogBackend, DecisionOutbox } from "../log/decision-log-store.js";
import type { InFlightStore } from "../log/in-flight.js";
import type { CircuitBreaker } from "../routing/fallback/circuit-breaker.js";
import type { RetryAfterHolds } from "../routing/fallback/retry-after-holds.js";
import type { KeyStore } from "./key-store.js";
import { createMemoryRateLimiter } from "./memory/memory-rate-limiter.js";
import type { RateLimiter } from "./rate-limiter.js";
import { openSqliteDatabase, sqliteSetupError, type SqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "./sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "./sqlite/sqlite-in-flight.js";
import { startWalCheckpointer } from "./sqlite/wal-checkpointer.js";
import { createSqliteKeyStore } from "./sqlite/sqlite-key-store.js";
import { createSqliteLedger } from "./sqlite/sqlite-ledger.js";
import { createSqliteConversationStore } from "./sqlite/sqlite-conversation-store.js";
import { keepHeldLedgerWrites, type HeldLedgerWritesSummary, type HeldWritesRetry } from "./sqlite/sqlite-held-ledger-writes.js";
import { busyRetryFor, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite/retry-while-busy.js";
import { createPostgresDecisionLogBackend } from "./postgres/postgres-decision-log.js";
import { createPostgresKeyStore } from "./postgres/postgres-key-store.js";
import { createPostgresPools, DEFAULT_POSTGRES_QUERY_TIMEOUT_MS, DEFAULT_POSTGRES_REPORT_TIMEOUT_MS } from "./postgres/postgres-pools.js";
import { openPostgresStores as openPostgresInBackground, type StoreRetryDelays } from "./postgres/postgres-stores.js";
import { spentFromLog } from "./bucket-spend-from-log.js";
import type { OutcomeFeed } from "../routing/online/outcome-feed.js";
import { DEFAULT_MAX_CONVERSATION_ENTRIES } from "./memory/memory-conversation-store.js";
import type { ConversationStore } from "../routing/affinity/conversation-store.js";
import { SYSTEM_CLOCK, type Clock } from "../core/clock.js";
import type { RedisCircuitBreakerOptions } from "./redis/redis-circuit-breaker.js";
import { openRedisStores } from "./redis/open-redis-stores.js";
import { redactUrl } from "./redact-url.js";
import { GatewayError } from "../core/errors/index.js";

export type { HeldLedgerWritesSummary } from "./sqlite/sqlite-held-ledger-writes.js";

/**
 * A shared store's state: it answers (`ready`), it does not (`unavailable`: down, stalled, not set up yet), or it
 * answers and refuses every write (`refusing_writes`: Redis out of memory under `noeviction`, a replica, a failed
 * snapshot; Postgres read-only after a failover).
 */
export type StoreState = "ready" | "unavailable" | "refusing_writes";

/**
 * Whether an instance can serve requests while `store` is in `state` (`GET /readyz`). A Redis refusing writes refuses
 * every budgeted or rate-limited request (a reserve is a write), so it cannot; a read-only Postgres still serves (the
 * keys are read, records wait in the local outbox), so it can: only feedback and key changes are refused meanwhile,
 * and taking every instance out of the load balancer for it would turn that into an outage (ADR 0060).
 */
export function storeServes(store: string, state: StoreState | undefined): boolean {
  return state === "ready" || (store === "postgres" && state === "refusing_writes");
}

/** The `storage:` section of the config. */
export interface StorageConfig {
  sqlite: string;
  redis_url?: string | undefined;
  postgres_url?: string | undefined;
  /** The longest a Postgres connect or query may take (`postgres-pools.ts`). Default 5 s. */
  postgres_query_timeout_ms?: number | undefined;
  /** The longest a CLI command's Postgres query may take (`reportQueries`). Default 10 minutes. */
  postgres_report_timeout_ms?: number | undefined;
  /** How many health probes in a row must fail before Postgres counts as not ready (`postgres-health-watch.ts`). Default 2. */
  postgres_unready_after_failed_probes?: number | undefined;
  /** How many PINGs in a row must go unanswered before Redis counts as not ready (`redis-health-watch.ts`). Default 2. */
  redis_unready_after_failed_probes?: number | undefined;
}

/** The opened stores. `close` closes each once (close the decision log wrapper first: it drains). */
export interface Storage {
  ledger: Ledger;
  decisionBackend: DecisionLogBackend;
  /**
   * The local SQLite outbox in front of the decision store (SQLite's own decisions table, or Postgres), so a
   * durable decision log commits each record locally before the response ends, as one cheap append, and the
   * indexed insert happens in batches off the request path (ADR 0008).
   */
  decisionOutbox?: DecisionOutbox;
  /** Markers of requests in flight, beside the outbox: what a crash leaves so the next start records them. */
  inFlight?: InFlightStore;
  keys: KeyStore;
  rateLimiter: RateLimiter;
  /**
   * Conversation affinity (and stored responses, with Redis): Redis when configured (shared), else the SQLite file, so a
   * restart does not move every conversation to a freshly routed model (ADR 0069).
   */
  conversations: ConversationStore;
  /**
   * The Responses API's stored responses (`previous_response_id`): Redis when configured (the same store as
   * `conversations`), else the SQLite file, so a restart does not forget them.
   */
  storedResponses: ConversationStore;
  /**
   * With Redis: makes a circuit breaker whose state every instance shares. Without Redis it is absent and the
   * caller keeps a process-local breaker.
   */
  sharedBreaker?: (options: Omit<RedisCircuitBreakerOptions, "prefix">) => CircuitBreaker;
  /** With Redis: online mode's outcome feed, shared by every instance. Without Redis it is absent (the learner keeps one in memory). */
  outcomeFeed?: OutcomeFeed;
  /** With Redis: Retry-After holds every instance shares. Without Redis the caller keeps them in memory. */
  sharedHolds?: RetryAfterHolds;
  /** Where each store lives, for startup logs (no credentials). */
  describe: { ledger: string; decisions: string; keys: string; rateLimiter: string };
  /**
   * Whether each shared store answers now (`ready`) or not (`unavailable`): Redis connected, Postgres set up. The
   * SQLite file has no entry: it opened, or `openStorage` threw. For a readiness probe.
   */
  readiness(): Partial<Record<"redis" | "postgres", StoreState>>;
  /**
   * Runs a commit on the local SQLite file (the decision outbox's calls), retrying it after async pauses while
   * another process holds the lock, for `createDecisionLog({ retryWhileBusy })`.
   */
  retryWhileBusy<T>(run: () => T): Promise<T>;
  close(): Promise<void>;
}

/** Options of `openStorage`. */
export interface OpenStorageOptions {
  storage: StorageConfig;
  /** Relative SQLite paths resolve against this. */
  cwd: string;
  /** Namespace for Redis keys and the Postgres schema, so deployments (and test runs) can share servers. Default `switchyard`. */
  namespace?: string;
  /** Clock of the shared Retry-After holds. Default: the system clock. */
  clock?: Clock;
  /** Background Redis errors of the shared holds. Default: ignored. */
  onError?: (error: unknown) => void;
  /**
   * A connection of a shared store failed in the background (Redis reconnecting, Postgres closing an idle client):
   * the clients reconnect on their own; this only reports it. Default: ignored.
   */
  onStoreError?: (store: "redis" | "postgres", error: unknown) => void;
  /**
   * A gateway's start: a shared store that cannot be reached does not stop it. Redis keeps reconnecting (its
   * commands fail with a 503 meanwhile), and Postgres's setup is retried in the background with these delays (its
   * stores answer 503 `storage_unavailable` until it succeeds). Without it (the CLI), an unreachable store throws.
   */
  retryInBackground?: StoreRetryDelays;
  /**
   * The gateway's request path: once the stores are set up, the SQLite connection stops waiting inside SQLite for
   * another process's lock (`busy_timeout = 0`) and its statements wait asynchronously instead (retry-while-busy.ts),
   * so the event loop stays free. Without it (the CLI), SQLite's own 5 s wait stays: a command blocking meanwhile
   * is harmless, and its writes that do not go through `retryWhileBusy` (the outbox's) still wait for the lock.
   * The file's WAL checkpoints also leave the event loop: a worker thread runs them (`wal-checkpointer.ts`).
   */
  waitForLocksOffTheLoop?: boolean;
  /**
   * With Redis: settles and releases held in memory while Redis was unreachable were saved to the SQLite file at
   * `close` (or could not be: `lost`), or a previous process's were sent again at open (ADR 0059). Default: ignored.
   */
  onHeldLedgerWrites?: (summary: HeldLedgerWritesSummary) => void;
  /** How soon held writes Redis refused at open are sent again in the same run. Default: 30 s, doubling up to 10 min. */
  heldWritesRetry?: Partial<HeldWritesRetry>;
  /** A WAL checkpoint on the worker thread failed, or the worker stopped (`waitForLocksOffTheLoop`). Default: ignored. */
  onCheckpointError?: (error: Error) => void;
  /**
   * A CLI command (`report`, `train --from-log`, `keys`, `router`): its Postgres queries, which may read a whole log, are
   * limited by `storage.postgres_report_timeout_ms` instead of the gateway's `postgres_query_timeout_ms` (which still
   * limits its connect, so an unreachable server is named within seconds).
   */
  reportQueries?: boolean;
}

/** Opens the stores. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const { storage, cwd } = options;
  const namespace = options.namespace ?? "switchyard";
  const sqlitePath = storage.sqlite === ":memory:" ? ":memory:" : path.resolve(cwd, storage.sqlite);
  let db: SqliteDatabase | undefined;
  const sqlite = (): SqliteDatabase => (db ??= openSqliteDatabase(sqlitePath));
  const closers: (() => Promise<void>)[] = [];
  try {
    const central = storage.postgres_url ? await openPostgresStores(storage.postgres_url, namespace, closers, options) : undefined;
    const decisionBackend = central?.decisionBackend ?? createSqliteDecisionLogBackend(sqlite());
    // A bucket Redis does not hold is seeded from the decision log: a Redis that lost its data keeps the caps.
    const shared = storage.redis_url ? await openRedisStores(storage.redis_url, namespace, closers, { ...options, spentSoFar: spentFromLog(decisionBackend) }) : undefined;
    const readiness = (): ReturnType<Storage["readiness"]> => ({
      ...(shared ? { redis: shared.state() } : {}),
      ...(central ? { postgres: !central.ready() ? "unavailable" : central.refusingWrites() ? "refusing_writes" : "ready" } : {}),
    });
    const ledger = shared?.ledger ?? createSqliteLedger(sqlite());
    if (shared) {
      // Pushed after Redis's closers, so it runs before them: the writes still held are saved while the file is open.
      const saveHeld = keepHeldLedgerWrites({
        db: sqlite(),
        ledger,
        path: sqlitePath,
        now: () => (options.clock ?? SYSTEM_CLOCK).now(),
        onSummary: options.onHeldLedgerWrites ?? (() => {}),
        ...(options.heldWritesRetry ? { retry: options.heldWritesRetry } : {}),
      });
      closers.push(async () => saveHeld());
    }
    const keys = central?.keys ?? createSqliteKeyStore(sqlite());
    const decisionOutbox = createSqliteDecisionOutbox(sqlite());
    const inFlight = createSqliteInFlightStore(sqlite());
    // Created here, before the pragma below: creating a table while another process holds the write lock fails at once
    // without SQLite's own wait.
    const storedResponses = shared?.conversations ?? createSqliteConversationStore(sqlite());
    // Affinity too: a restart without Redis forgot every conversation's model (ADR 0069). Written behind: after the
    // answer is sent, one transaction per event-loop turn (a crash loses that turn's memories, not an answer).
    const conversations = shared?.conversations ?? embeddedAffinityStore(sqlite(), closers);
    // Set up (tables, migrations) with SQLite's own wait, before any request; from now on a gateway's statement facing
    // another process's lock fails at once, and waits for it asynchronously in the connection's one queue.
    if (options.waitForLocksOffTheLoop) sqlite().pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    if (options.waitForLocksOffTheLoop && sqlitePath !== ":memory:") {
      const checkpointer = startWalCheckpointer(sqlite(), sqlitePath, options.onCheckpointError ? { onError: options.onCheckpointError } : {});
      closers.push(() => checkpointer.stop());
    }
    let closed = false;
    return {
      ledger,
      // The stores' own close does nothing: `Storage.close` closes each connection once.
      decisionBackend: { ...decisionBackend, close: async () => {} },
      decisionOutbox,
      inFlight,
      keys,
      rateLimiter: shared?.rateLimiter ?? createMemoryRateLimiter(),
      conversations,
      storedResponses,
      ...(shared ? { sharedBreaker: shared.sharedBreaker, sharedHolds: shared.holds, outcomeFeed: shared.outcomeFeed } : {}),
      describe: {
        ledger: shared ? `redis ${redactUrl(storage.redis_url)}` : `sqlite ${sqlitePath}`,
        decisions: central ? `postgres ${redactUrl(storage.postgres_url)} schema ${namespace} (outbox: sqlite ${sqlitePath})` : `sqlite ${sqlitePath} (with its outbox)`,
        keys: central ? `postgres ${redactUrl(storage.postgres_url)} schema ${namespace}` : `sqlite ${sqlitePath}`,
        rateLimiter: shared ? `redis ${redactUrl(storage.redis_url)}` : "memory (this instance only)",
      },
      readiness,
      retryWhileBusy: busyRetryFor(sqlite()),
      async close() {
        if (closed) return;
        closed = true;
        await closeAll(closers);
        if (db?.open) db.close();
      },
    };
  } catch (error) {
    await closeAll(closers);
    if (db?.open) db.close();
    throw sqliteSetupError(sqlitePath, error);
  }
}

/** How often an idle check asks Postgres whether it answers (readiness; postgres-health-watch.ts). */
const POSTGRES_HEALTH_INTERVAL_MS = 1_000;

/** Affinity on the SQLite file, its last writes committed at close (before the file closes: closers run in reverse). */
function embeddedAffinityStore(db: SqliteDatabase, closers: (() => Promise<void>)[]): ConversationStore {
  const store = createSqliteConversationStore(db, { table: "affinity_store", maxEntries: DEFAULT_MAX_CONVERSATION_ENTRIES, writeBehind: true });
  closers.push(() => store.flush());
  return store;
}

async function openPostgresStores(url: string, namespace: string, closers: (() => Promise<void>)[], options: OpenStorageOptions) {
  const servingTimeoutInMs = options.storage.postgres_query_timeout_ms ?? DEFAULT_POSTGRES_QUERY_TIMEOUT_MS;
  const pools = await createPostgresPools({
    url,
    queryTimeoutInMs: options.reportQueries ? (options.storage.postgres_report_timeout_ms ?? DEFAULT_POSTGRES_REPORT_TIMEOUT_MS) : servingTimeoutInMs,
    connectTimeoutInMs: servingTimeoutInMs,
    onError: (error) => options.onStoreError?.("postgres", error),
  });
  closers.push(() => pools.end());
  const pool = pools.serving;
  const setupPool = pools.setup;
  const schema = namespace.replaceAll("-", "_");
  if (options.retryInBackground) {
    const stores = await openPostgresInBackground(pool, {
      schema,
      setupPool,
      probePool: pools.probe,
      retry: options.retryInBackground,
      healthIntervalInMs: POSTGRES_HEALTH_INTERVAL_MS,
      ...(options.storage.postgres_unready_after_failed_probes !== undefined ? { failedProbesBeforeUnready: options.storage.postgres_unready_after_failed_probes } : {}),
      onError: (error) => options.onStoreError?.("postgres", error),
    });
    closers.push(async () => stores.stop());
    return stores;
  }
  try {
    return {
      decisionBackend: await createPostgresDecisionLogBackend(pool, { schema, setupPool }),
      keys: await createPostgresKeyStore(pool, { schema, setupPool }),
      ready: () => true,
      refusingWrites: () => false,
    };
  } catch (error) {
    if (GatewayError.isInstance(error)) throw error;
    throw new GatewayError({ message: `storage.postgres_url: cannot set up the decision log and keys at ${redactUrl(url)} (${(error as Error).message}).`, status: 503, type: "server_error", code: "storage_unavailable" });
  }
}

async function closeAll(closers: (() => Promise<void>)[]): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close().catch(() => {});
}
