import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { watchLoopHeld } from "../../../test/support/loop-held.js";
import { createSqliteLedger } from "./sqlite-ledger.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor, createBusyRetry, SQLITE_BUSY_TIMEOUT_MS } from "./retry-while-busy.js";

const dir = mkdtempSync(join(tmpdir(), "sy-busy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("retryWhileBusy: another connection holds the write lock", () => {
  it("retries a reserve whole once the lock is released, booking it exactly once, while timers keep firing", async () => {
    const path = join(dir, "ledger.db");
    const ledger = createSqliteLedger(openSqliteDatabase(path, { busyTimeoutInMs: SQLITE_BUSY_TIMEOUT_MS }), { closeDatabase: true });
    const holder = openSqliteDatabase(path);
    const bucket = { id: "global/day@2026-03-01", budget: "global/day", limitInNanoUsd: 1_000, windowEndsAt: Date.UTC(2026, 2, 2) };
    holder.exec("BEGIN IMMEDIATE");
    const held = watchLoopHeld(5);
    const reserved = ledger.reserve({ reservationId: "res_1", buckets: [bucket], amountInNanoUsd: 300, now: Date.UTC(2026, 2, 1), expiresAt: Date.UTC(2026, 2, 1) + 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    holder.exec("COMMIT");
    expect(await reserved).toEqual({ ok: true });
    // A free loop is held a few ms at a time; a blocking wait would have held it until its busy_timeout. (Counting
    // a 5 ms timer's ticks instead failed under CPU load: 19 of the 20 wanted, the process descheduled, not held.)
    expect(held.stop()).toBeLessThan(100);
    expect(await ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 0, reservedInNanoUsd: 300 }]);
    holder.close();
    await ledger.close();
  });

  it("gives up with SQLITE_BUSY (answered 503 storage_unavailable) once its budget has passed", async () => {
    const path = join(dir, "budget.db");
    const db = openSqliteDatabase(path, { busyTimeoutInMs: SQLITE_BUSY_TIMEOUT_MS });
    db.exec("CREATE TABLE t (n INTEGER)");
    const holder = openSqliteDatabase(path);
    holder.exec("BEGIN IMMEDIATE");
    const startedAt = performance.now();
    let tries = 0;
    const failure: unknown = await createBusyRetry({ budgetInMs: 150 })(() => {
      tries += 1;
      return db.prepare("INSERT INTO t (n) VALUES (1)").run();
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "SQLITE_BUSY" });
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(150);
    expect(tries).toBeGreaterThan(3);
    holder.exec("ROLLBACK");
    // Any other error is not retried.
    let others = 0;
    await expect(busyRetryFor(db)(() => (others += 1, db.prepare("INSERT INTO missing (n) VALUES (1)").run()))).rejects.toThrow(/no such table/);
    expect(others).toBe(1);
    holder.close();
    db.close();
  });

  it("makes many waiters of one connection wait as one: one try per pause, then each runs once, in arrival order", async () => {
    const path = join(dir, "many.db");
    const db = openSqliteDatabase(path, { busyTimeoutInMs: SQLITE_BUSY_TIMEOUT_MS });
    db.exec("CREATE TABLE t (n INTEGER)");
    const insert = db.prepare("INSERT INTO t (n) VALUES (?)");
    const holder = openSqliteDatabase(path);
    holder.exec("BEGIN IMMEDIATE");
    const retry = busyRetryFor(db);
    let tries = 0;
    const waiters = Array.from({ length: 60 }, (_, n) =>
      retry(() => {
        tries += 1;
        return insert.run(n).changes;
      }),
    );
    // The loop's own holds only: a loaded machine running other processes meanwhile does not count.
    const held = watchLoopHeld(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    holder.exec("COMMIT");
    expect(await Promise.all(waiters)).toEqual(Array.from({ length: 60 }, () => 1));
    const worstGapInMs = held.stop();
    // Each waiter polling on its own made 60 tries per pause (thousands in 500 ms); one prober makes a few dozen.
    expect(tries).toBeLessThan(60 + 40);
    expect(worstGapInMs).toBeLessThan(100);
    const rows = db.prepare<[], { n: number }>("SELECT n FROM t ORDER BY rowid").all();
    expect(rows.map((row) => row.n)).toEqual(Array.from({ length: 60 }, (_, n) => n));
    // With the queue empty, the next statement runs at once again.
    let ranAt: "now" | "later" | undefined;
    const next = retry(() => (ranAt ??= "now"));
    ranAt ??= "later";
    await next;
    expect(ranAt).toBe("now");
    holder.close();
    db.close();
  });
});
