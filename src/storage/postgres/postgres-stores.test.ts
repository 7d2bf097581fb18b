/**
 * The 503 of the Postgres stores while their server cannot be reached goes to unauthenticated callers: it must not
 * name the database user, host or address. The details go to `onError` (the operator's log).
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "../../../test/support/free-port.js";
import { GatewayError } from "../../core/errors/index.js";
import { openPostgresStores } from "./postgres-stores.js";

describe("Postgres stores not reachable yet", () => {
  it("answer 503 storage_unavailable naming no user, host or address, and report the details to onError", async () => {
    // Nothing listens on this port (a fixed one, 5999, could be taken on a shared machine): every connect is refused.
    const port = await freePort();
    const pool = new pg.Pool({ connectionString: `postgres://switchyard_app:s3cret@127.0.0.1:${port}/prod`, connectionTimeoutMillis: 1_000 });
    const reported: unknown[] = [];
    const stores = await openPostgresStores(pool, { schema: "leak_check", retry: { initialDelayInMs: 60_000 }, onError: (error) => reported.push(error) });
    try {
      const failure: unknown = await stores.keys.countActive().catch((error: unknown) => error);
      expect(GatewayError.isInstance(failure)).toBe(true);
      const envelope = JSON.stringify((failure as GatewayError).toEnvelope());
      expect(envelope).toContain("storage_unavailable");
      expect(envelope).not.toMatch(new RegExp(`switchyard_app|s3cret|127\\.0\\.0\\.1|${port}|prod|ECONNREFUSED|postgres://`));
      await expect(stores.decisionBackend.get("d_1")).rejects.toMatchObject({ status: 503, code: "storage_unavailable" });
      expect(String((reported[0] as Error).message)).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    } finally {
      stores.stop();
      await pool.end();
    }
  });
});
