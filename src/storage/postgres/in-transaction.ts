/**
 * One transaction on one pooled connection: committed when `work` resolves, rolled back when it throws.
 * @module
 */
import type { Pool, PoolClient } from "pg";

/** Runs `work` between BEGIN and COMMIT on a connection of its own; a failure rolls back and is thrown again. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
