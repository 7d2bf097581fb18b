/**
 * One transaction on one pooled connection: committed when `work` resolves, rolled back when it throws.
 * @module
 */
import type { Pool, PoolClient } from "pg";

/**
 * Runs `work` on a connection of its own, checked out of the pool. The pool listens for the errors of idle clients
 * only: a checked-out client that Postgres ends between two queries (a restart, a failover, `pg_terminate_backend`)
 * emits 'error', and without a listener Node ends the process. Here the error is heard, the next query fails on its
 * own, and the dead connection is destroyed instead of going back to the pool.
 */
export async function withConnection<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error): void => void (lost ??= error);
  client.on("error", onError);
  try {
    return await work(client);
  } catch (error) {
    // A query the client stopped waiting for (its query_timeout) may still be running, or never be answered: the
    // connection would hold every later query behind it, so it is destroyed too.
    if (isClientTimeout(error)) lost ??= error;
    throw error;
  } finally {
    client.removeListener("error", onError);
    client.release(lost);
  }
}

/** Runs `work` between BEGIN and COMMIT on a connection of its own; a failure rolls back and is thrown again. */
export function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withConnection(pool, async (client) => {
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // After a client-side timeout the ROLLBACK would wait behind the unanswered query; the connection is destroyed
      // instead, and the server rolls the transaction back when it sees it closed.
      if (!isClientTimeout(error)) await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  });
}

/** node-postgres's error for a query past the client's `query_timeout`. */
export function isClientTimeout(error: unknown): error is Error {
  return error instanceof Error && error.message === "Query read timeout";
}
