/**
 * The Postgres stores (decision log and keys) set up in the background, so a gateway starts while Postgres is down.
 * Until the schema is set up, every call rejects at once with a 503 `storage_unavailable` (nothing waits on a
 * server that is not there); the setup is retried with exponential backoff, and the stores answer by themselves
 * once it succeeds. After that, the `pg` pool reconnects on its own: a later outage fails queries (503) until it ends,
 * and with `healthIntervalInMs` a probe notices a server that stopped answering (a stall, a lock on the keys table):
 * once a few probes in a row failed, and until one succeeds again, the stores are not ready and refuse every call at
 * once, rather than each waiting out the pool's query timeout.
 * @module
 */
import type { Pool } from "pg";
import { GatewayError } from "../../core/errors/index.js";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { KeyStore } from "../key-store.js";
import { createPostgresDecisionLogBackend } from "./postgres-decision-log.js";
import { createPostgresKeyStore } from "./postgres-key-store.js";
import { watchPostgresHealth, type PostgresHealthWatch } from "./postgres-health-watch.js";
import { quoteIdentifier } from "./quote-identifier.js";

/** How the setup is retried: the first wait, doubled after each failure up to the longest. */
export interface StoreRetryDelays {
  /** Default 500 ms. */
  initialDelayInMs?: number;
  /** Default 30 s. */
  maxDelayInMs?: number;
}

/** Options of `openPostgresStores`. */
export interface PostgresStoresOptions {
  /** The schema holding the tables. */
  schema: string;
  retry?: StoreRetryDelays;
  /** Each failed setup attempt, and a health probe that failed (the caller decides how often to log). */
  onError?: (error: unknown) => void;
  /** Where the setup runs, when `pool` limits each query's time (`createPostgresPools`). Default: `pool`. */
  setupPool?: Pool;
  /**
   * Once set up, probe the keys table this often (`postgres-health-watch.ts`): after `failedProbesBeforeUnready`
   * failed probes in a row, and until one succeeds, `ready()` is false and every call is refused at once with a 503.
   * Default: no probe.
   */
  healthIntervalInMs?: number;
  /**
   * Where the probe runs: a connection of its own (`createPostgresPools`'s `probe`), so it asks whether Postgres
   * answers, not whether `pool` has a free connection (report queries filling it made the probe time out waiting for
   * one while Postgres was fine). Default: `pool`.
   */
  probePool?: Pool;
  /** How many probes in a row must fail before the stores stop being ready (`postgres-health-watch.ts`). Default 2. */
  failedProbesBeforeUnready?: number;
}

/** The stores, whether set up yet, and a stop for the retries. */
export interface PostgresStores {
  keys: KeyStore;
  decisionBackend: DecisionLogBackend;
  /** True once the schema is set up (Postgres answered at least once), and while the health probe succeeds. */
  ready(): boolean;
  /**
   * True while the last successful health probe found new transactions read-only (a standby, a primary a failover
   * demoted, `default_transaction_read_only`): every write is refused with 25006, reads still answer.
   */
  refusingWrites(): boolean;
  /** Settles once the schema is set up (never rejects; stays pending after `stop`). */
  whenReady: Promise<void>;
  /** Stops retrying. */
  stop(): void;
}

/** Starts setting up the stores, and returns them at once. The first attempt has run (failed or not) when this resolves. */
export async function openPostgresStores(pool: Pool, options: PostgresStoresOptions): Promise<PostgresStores> {
  const { schema, onError = () => {}, setupPool = pool, probePool = pool } = options;
  const initialDelayInMs = options.retry?.initialDelayInMs ?? 500;
  const maxDelayInMs = options.retry?.maxDelayInMs ?? 30_000;
  let stores: { keys: KeyStore; decisionBackend: DecisionLogBackend } | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let health: PostgresHealthWatch | undefined;
  // Set by each successful probe: whether new transactions are read-only (a standby, a primary demoted by a failover,
  // `default_transaction_read_only`), so every write (shipping the log, feedback, keys) is refused with 25006.
  let readOnly = false;
  let markReady: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (markReady = resolve));

  const attempt = async (delayInMs: number): Promise<void> => {
    try {
      const decisionBackend = await createPostgresDecisionLogBackend(pool, { schema, setupPool });
      const keys = await createPostgresKeyStore(pool, { schema, setupPool });
      stores = { keys, decisionBackend };
      if (options.healthIntervalInMs !== undefined && !stopped) {
        const probe = `SELECT 1 FROM ${quoteIdentifier(schema)}.virtual_keys LIMIT 1`;
        health = watchPostgresHealth({
          probe: async () => {
            await probePool.query(probe);
            const { rows } = await probePool.query<{ transaction_read_only: string }>("SHOW transaction_read_only");
            readOnly = rows[0]?.transaction_read_only === "on";
          },
          intervalInMs: options.healthIntervalInMs,
          ...(options.failedProbesBeforeUnready !== undefined ? { failuresBeforeUnready: options.failedProbesBeforeUnready } : {}),
          onError,
        });
      }
      markReady();
    } catch (error) {
      if (stopped) return;
      onError(error);
      timer = setTimeout(() => void attempt(Math.min(delayInMs * 2, maxDelayInMs)), delayInMs);
      // A gateway's listening socket keeps the process alive; a CLI command that gave up should be free to exit.
      timer.unref();
    }
  };

  // Unauthenticated callers get this 503: it names no user, host or address, nor the driver's message (which has
  // them: "connect ECONNREFUSED 10.0.0.5:5432", "password authentication failed for user ..."). The details reach
  // the operator through `onError`, logged by the gateway (once a minute).
  const use = (): { keys: KeyStore; decisionBackend: DecisionLogBackend } => {
    if (stores && (health?.answering() ?? true)) return stores;
    if (stores) throw notAnswering();
    throw new GatewayError({
      message: "The gateway's storage is unavailable (its decision log and key store are not reachable yet); it keeps retrying and will answer once they are. Try again later.",
      status: 503,
      type: "server_error",
      code: "storage_unavailable",
    });
  };
  // Every call checks at call time, so the stores start answering the moment the setup succeeds.
  const keys: KeyStore = {
    insert: async (key, secretHash) => use().keys.insert(key, secretHash),
    findByHash: async (secretHash) => use().keys.findByHash(secretHash),
    findById: async (id) => use().keys.findById(id),
    list: async (listOptions) => use().keys.list(listOptions),
    revoke: async (idOrName, now) => use().keys.revoke(idOrName, now),
    countActive: async () => use().keys.countActive(),
    close: async () => stores?.keys.close(),
  };
  const decisionBackend: DecisionLogBackend = {
    insertMany: async (records) => use().decisionBackend.insertMany(records),
    recordFeedback: async (decisionId, score, label) => use().decisionBackend.recordFeedback(decisionId, score, label),
    recordJudgement: async (decisionId, score, costUsd) => use().decisionBackend.recordJudgement(decisionId, score, costUsd),
    get: async (decisionId) => use().decisionBackend.get(decisionId),
    list: async (query) => use().decisionBackend.list(query),
    summarize: async (query) => use().decisionBackend.summarize(query),
    timeseries: async (query) => use().decisionBackend.timeseries(query),
    modelUsage: async (query) => use().decisionBackend.modelUsage(query),
    experimentArms: async (query) => use().decisionBackend.experimentArms(query),
    spentUsd: async (query) => use().decisionBackend.spentUsd(query),
    close: async () => stores?.decisionBackend.close(),
  };
  await attempt(initialDelayInMs);
  return {
    keys,
    decisionBackend,
    ready: () => stores !== undefined && (health?.answering() ?? true),
    refusingWrites: () => readOnly,
    whenReady,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      health?.stop();
    },
  };
}

/** The refusal while the health probe fails: nothing waits on a server known not to answer. */
function notAnswering(): GatewayError {
  return new GatewayError({
    message: "The gateway's storage is not answering (its decision log and key store stopped responding in time); it keeps checking and will answer once they do. Try again later.",
    status: 503,
    type: "server_error",
    code: "storage_unavailable",
  });
}
