/** `Ledger.reservationCharges` on the ledgers a gateway runs on (real SQLite, real Redis). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Ledger } from "../budget/ledger.js";
import { createRedisLedger } from "./redis/redis-ledger.js";
import { openTestRedis } from "./redis/redis-test-client.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteLedger } from "./sqlite/sqlite-ledger.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-known-res-"));
const redis = openTestRedis();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await redis.cleanup();
});

const NOW = Date.now();
const bucket = { id: "global/day@x", budget: "global/day", limitInNanoUsd: 1e9, windowEndsAt: NOW + 86_400_000 };

describe.each([
  { name: "SQLite", ledger: (): Ledger => createSqliteLedger(openSqliteDatabase(join(dir, "l.sqlite")), { closeDatabase: true }) },
  { name: "Redis", ledger: (): Ledger => createRedisLedger(redis.redis, { prefix: redis.prefix }) },
])("reservationCharges on $name", ({ ledger: make }) => {
  it("gives what each reservation finally charged: the settled cost, 0 once released, null while held or expired", async () => {
    const ledger = make();
    for (const id of ["held", "settled", "released", "expired"]) {
      await ledger.reserve({ reservationId: id, buckets: [bucket], amountInNanoUsd: 10, now: NOW, expiresAt: id === "expired" ? NOW - 1 : NOW + 600_000 });
    }
    await ledger.settle({ reservationId: "settled", actualInNanoUsd: 5, now: NOW });
    await ledger.release({ reservationId: "released", now: NOW });
    await ledger.expireReservations({ now: NOW, policy: "charge" });
    const charges = await ledger.reservationCharges?.(["held", "settled", "released", "expired", "never"]);
    expect(Object.fromEntries(charges ?? [])).toEqual({ held: null, settled: 5, released: 0, expired: null });
    await ledger.close();
  });
});
