import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runLedgerContract } from "../../budget/ledger.case.test.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteLedger } from "./sqlite-ledger.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-ledger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite ledger", () => {
  runLedgerContract({ create: async () => createSqliteLedger(openSqliteDatabase(":memory:"), { closeDatabase: true }) });

  it("remembers spend and open reservations across a restart of a file-backed store", async () => {
    const path = join(dir, "restart.db");
    const bucket = { id: "global/day@2026-01-01", budget: "global/day", limitInNanoUsd: 1_000, windowEndsAt: 0 };
    const first = createSqliteLedger(openSqliteDatabase(path), { closeDatabase: true });
    await first.reserve({ reservationId: "a", buckets: [bucket], amountInNanoUsd: 400, now: 0, expiresAt: 600 });
    await first.settle({ reservationId: "a", actualInNanoUsd: 300, now: 1 });
    // The process dies with this reservation open.
    await first.reserve({ reservationId: "b", buckets: [bucket], amountInNanoUsd: 500, now: 2, expiresAt: 600 });
    await first.close();

    const second = createSqliteLedger(openSqliteDatabase(path), { closeDatabase: true });
    expect(await second.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 300, reservedInNanoUsd: 500 }]);
    expect(await second.reserve({ reservationId: "c", buckets: [bucket], amountInNanoUsd: 201, now: 3, expiresAt: 600 })).toMatchObject({ ok: false });
    expect(await second.expireReservations({ now: 600, policy: "charge" })).toBe(1);
    expect(await second.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 800, reservedInNanoUsd: 0 }]);
    await second.close();
  });
});

describe("sqlite ledger across processes", () => {
  it("never lets 4 processes racing 50 reserves each overspend one shared cap", async () => {
    const { execFile } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const path = join(dir, "race.db");
    createSqliteLedger(openSqliteDatabase(path), { closeDatabase: true }); // create the tables once
    const fixture = fileURLToPath(new URL("./sqlite-ledger-race.fixture.ts", import.meta.url));
    const run = (prefix: string) =>
      new Promise<number>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", fixture, path, prefix, "50", "73000", "1000"], (error, stdout) =>
          error ? reject(error) : resolve(Number(stdout)),
        );
      });
    const counts = await Promise.all(["a", "b", "c", "d"].map(run));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(73);
    const ledger = createSqliteLedger(openSqliteDatabase(path), { closeDatabase: true });
    expect(await ledger.usage([{ id: "global/day@2026-01-01", budget: "global/day", limitInNanoUsd: 73_000, windowEndsAt: Date.UTC(2026, 0, 2) }])).toEqual([
      { id: "global/day@2026-01-01", spentInNanoUsd: 73_000, reservedInNanoUsd: 0 },
    ]);
    await ledger.close();
  });
});
