/**
 * A start settles at their worst case the reservations a crashed process still held (round 27), but a marker is also
 * taken as gone when it is only old (`ownerIsGone`: a paused process, a request longer than 10 minutes, another host's
 * clock ahead). Settled, a reservation ignores every later settle or release, so a live owner's own settle at the
 * actual cost was dropped and the ledger kept the worst case its record does not say; left to the expiry (which
 * charges the same worst case), that late settle corrects it. Only a process known to have died is settled at start.
 * Real SQLite ledger and marker store.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { INTERRUPTED, type InFlightMarker } from "../log/in-flight.js";
import { makeDecisionRecord } from "../log/make-decision-record.js";
import { openSqliteDatabase } from "../storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "../storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../storage/sqlite/sqlite-in-flight.js";
import { createSqliteLedger } from "../storage/sqlite/sqlite-ledger.js";
import { startInFlightTracking } from "./in-flight-recovery.js";
import { processOwner } from "./process-owner.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-live-owner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2026, 11, 7, 12);
const WORST_NANO = 3_000_000;
const ACTUAL_NANO = 1_000_000;
const host = processOwner().split("|")[0] ?? "";
const bucket = { id: "global/day@2026-12-07", budget: "global/day", limitInNanoUsd: 1e9, windowEndsAt: NOW + 1e8 };

function marker(id: string, reservationId: string, owner: string, markedAt: number): InFlightMarker {
  const attempts = [{ model: "b/two", status: 0, errorType: INTERRUPTED, latencyMs: 0, reservedUsd: WORST_NANO / 1e9, reservationId }];
  return { id, owner, markedAt, record: makeDecisionRecord({ id, createdAt: markedAt - 10, attempts, costUsd: 0 }) };
}

describe("a start's recovery and a live process's reservations", () => {
  it("leaves to the expiry a reservation whose owner still runs, so the owner's own settle is what the ledger keeps", async () => {
    const db = openSqliteDatabase(join(dir, "a.sqlite"));
    const ledger = createSqliteLedger(db);
    createSqliteDecisionOutbox(db);
    const store = createSqliteInFlightStore(db);
    // A live process of this host (the test runner's parent), quiet for 11 minutes: paused, or a long stream.
    const liveOwner = `${host}|${process.ppid}|aaaaaaaaaaaa`;
    const markedAt = NOW - 11 * 60_000;
    await ledger.reserve({ reservationId: "res_live", buckets: [bucket], amountInNanoUsd: WORST_NANO, now: markedAt, expiresAt: markedAt + 600_000 });
    await ledger.expireReservations({ now: NOW - 30_000, policy: "charge" }); // the sweep charged its worst case
    // A process of this host that has exited, its reservation still held.
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    await ledger.reserve({ reservationId: "res_dead", buckets: [bucket], amountInNanoUsd: WORST_NANO, now: NOW - 5_000, expiresAt: NOW + 595_000 });
    store.apply([marker("dec_live", "res_live", liveOwner, markedAt), marker("dec_dead", "res_dead", `${host}|${dead}|bbbbbbbbbbbb`, NOW - 5_000)], []);

    const tracking = await startInFlightTracking({
      storage: { inFlight: store, retryWhileBusy: async (run) => run(), ledger },
      decisions: { get: async () => undefined, flush: async () => {} },
      now: () => NOW,
      logger: pino({ level: "silent" }),
      onNotice: () => {},
    });
    await tracking.stop();
    // The dead process's reservation is spent at once, nothing held.
    const charges = await ledger.reservationCharges?.(["res_dead", "res_live"]);
    expect(charges?.get("res_dead")).toBe(WORST_NANO);
    // The live one finishes and settles what its attempt cost: the ledger must take it.
    await ledger.settle({ reservationId: "res_live", actualInNanoUsd: ACTUAL_NANO, now: NOW + 1_000 });
    const [usage] = await ledger.usage([bucket]);
    expect(usage).toEqual({ id: bucket.id, spentInNanoUsd: WORST_NANO + ACTUAL_NANO, reservedInNanoUsd: 0 });
    db.close();
  });
});
