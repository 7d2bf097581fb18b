/**
 * The connection pools of a Postgres-backed gateway: one serving requests and shipping records, whose every connect
 * and query is limited in time (a stalled server, a partition, a lock held by another session cannot hold a request
 * for longer); one connection for the health probe, with the same limits, so the probe never queues behind the
 * serving pool's queries (a few slow report queries filling it failed the probe while Postgres answered); and one for
 * the schema setup, which may legitimately take minutes (an index built or rollups rebuilt on a big table) and has
 * no limit.
 * @module
 */
import type { Pool } from "pg";

/** The default of `storage.postgres_query_timeout_ms`. */
export const DEFAULT_POSTGRES_QUERY_TIMEOUT_MS = 5_000;

/**
 * The default of `storage.postgres_report_timeout_ms`: a CLI command's queries (`report`, `train --from-log` over a
 * million decisions) may read a whole log; the command can be interrupted, so the limit only catches a stalled server.
 */
export const DEFAULT_POSTGRES_REPORT_TIMEOUT_MS = 600_000;

/** How much longer than the server the client waits: the server's cancel (an error reply, not a stall) comes first. */
const CLIENT_TIMEOUT_GRACE_MS = 250;

/** A setup's connect: the query limit does not apply to it, a connect that never completes still must not hang. */
const SETUP_CONNECT_TIMEOUT_MS = 5_000;

/** Options of `createPostgresPools`. */
export interface PostgresPoolsOptions {
  /** `postgres://` URL. */
  url: string;
  /** The longest a serving query (and a connect, or a wait for a pooled connection) may take. */
  queryTimeoutInMs: number;
  /**
   * The longest a connect may take, when it differs from `queryTimeoutInMs`: a CLI's long report queries keep the
   * serving limit for connecting, so an unreachable server is still named within seconds. Default: `queryTimeoutInMs`.
   */
  connectTimeoutInMs?: number;
  /** An idle connection failed (the server closed it); the pool drops it and opens another when needed. */
  onError: (error: unknown) => void;
}

/** The pools, and one `end` for both. */
export interface PostgresPools {
  serving: Pool;
  /** One connection, limited as `serving` is, for the health probe (`postgres-stores.ts`). */
  probe: Pool;
  setup: Pool;
  end(): Promise<void>;
}

/**
 * What a pooler in front of Postgres says when it does not pass `statement_timeout` on (PgBouncer without
 * `ignore_startup_parameters = statement_timeout`, and poolers built on it).
 */
const UNSUPPORTED_STATEMENT_TIMEOUT = /unsupported startup parameter:?\s*statement_timeout/i;

/**
 * Drops the server-side limit from the pool's later connects once a pooler refused it, so a gateway behind PgBouncer
 * keeps working (on the client's limit alone: a query past it is given up and its connection dropped) instead of
 * every connect failing. Reported once through `onError`, naming the pooler setting that restores the server's cancel.
 */
function dropStatementTimeoutWhenRefused(pools: () => Pool[], onError: (error: unknown) => void): (...messages: unknown[]) => void {
  return (message, error) => {
    if (message !== "client failed to connect" || !(error instanceof Error) || !UNSUPPORTED_STATEMENT_TIMEOUT.test(error.message)) return;
    const limited = pools().map((pool) => (pool as unknown as { options: { statement_timeout?: number } }).options).filter((options) => options.statement_timeout !== undefined);
    if (limited.length === 0) return;
    for (const options of limited) delete options.statement_timeout;
    onError(new Error("Postgres (a pooler in front of it) refused the statement_timeout startup parameter: queries are now limited by the client alone. Add `ignore_startup_parameters = statement_timeout` to pgbouncer.ini to have the server cancel them too", { cause: error }));
  };
}

/** Creates both pools (no connection is opened until the first query). */
export async function createPostgresPools({ url, queryTimeoutInMs, connectTimeoutInMs = queryTimeoutInMs, onError }: PostgresPoolsOptions): Promise<PostgresPools> {
  const { default: pg } = await import("pg");
  const refusedStatementTimeout = dropStatementTimeoutWhenRefused(() => [serving, probe], onError);
  const limited = {
    connectionString: url,
    // A server that drops packets instead of refusing would otherwise hold a connect (and its request) for ever.
    connectionTimeoutMillis: connectTimeoutInMs,
    // The server cancels a statement past the limit (a lock wait, a slow plan) with an error reply; the client stops
    // waiting a moment later, for a server that answers nothing at all (a stall, a partition). A plain `pool.query`
    // discards its connection on any error, a cancel included (pg-pool releases it with the error); a checked-out one
    // (in-transaction.ts) keeps it after a cancel and destroys it only after the client's own timeout.
    statement_timeout: queryTimeoutInMs,
    query_timeout: queryTimeoutInMs + CLIENT_TIMEOUT_GRACE_MS,
    log: refusedStatementTimeout,
  };
  const serving = new pg.Pool({ ...limited, max: 10 });
  // Opened by the first probe only (a CLI never probes); one probe runs at a time.
  const probe = new pg.Pool({ ...limited, max: 1 });
  // Setup runs at start and when a store set up in the background retries: a connection or two, closed when idle.
  const setup = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: SETUP_CONNECT_TIMEOUT_MS });
  // An idle client the server closed (a restart, a failover, idle_session_timeout) is an 'error' on its pool: without
  // a listener Node ends the process. The pool drops that client and opens a new one on the next query.
  serving.on("error", onError);
  probe.on("error", onError);
  setup.on("error", onError);
  return {
    serving,
    probe,
    setup,
    async end() {
      await Promise.all([serving.end(), probe.end(), setup.end()]);
    },
  };
}
