/**
 * A crash between an attempt's in-flight marker and its reservation (the marker is committed first) left a record
 * charging a worst case the ledger never held: racing for a small budget, most of the requests a crash cut were
 * waiting for a reserve the budget refused, and `report` showed a cap overspent that the ledger had kept. Likewise a
 * crash between an attempt's settle and its record charged the worst case where the ledger had the actual cost. The
 * marker now names the reservation it is about to take, and the next start asks the ledger what it charged for it.
 * Real SQLite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INTERRUPTED, type InFlightMarker } from "../../log/in-flight.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { recoverInterrupted } from "../../log/recover-interrupted.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "./sqlite-in-flight.js";
import { createSqliteLedger } from "./sqlite-ledger.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-in-flight-res-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2026, 11, 3, 12);
const WORST = 0.003;

function marker(id: string, reservationId: string, markedAt = NOW): InFlightMarker {
  const attempts = [
    { model: "a/one", status: 503, errorType: "http", latencyMs: 5, reservedUsd: 0.001 },
    { model: "b/two", status: 0, errorType: INTERRUPTED, latencyMs: 0, reservedUsd: WORST, reservationId },
  ];
  return { id, owner: "gone", markedAt, record: makeDecisionRecord({ id, createdAt: markedAt - 10, attempts, costUsd: 0.0004 }) };
}

describe("recovering a request cut between its marker and its reservation", () => {
  it("charges the cut attempt what the ledger charged for it: its worst case only while it is held", async () => {
    const db = openSqliteDatabase(join(dir, "a.sqlite"));
    const ledger = createSqliteLedger(db);
    const outbox = createSqliteDecisionOutbox(db);
    const store = createSqliteInFlightStore(db);
    const bucket = { id: "global/day@2026-12-03", budget: "global/day", limitInNanoUsd: 1e9, windowEndsAt: NOW + 1e7 };
    await ledger.reserve({ reservationId: "res_held", buckets: [bucket], amountInNanoUsd: WORST * 1e9, now: NOW, expiresAt: NOW + 600_000 });
    // Reserved then settled (or released) just before the crash: the ledger charged the actual cost (or nothing).
    await ledger.reserve({ reservationId: "res_settled", buckets: [bucket], amountInNanoUsd: WORST * 1e9, now: NOW, expiresAt: NOW + 600_000 });
    await ledger.settle({ reservationId: "res_settled", actualInNanoUsd: 1e6, now: NOW });
    await ledger.reserve({ reservationId: "res_released", buckets: [bucket], amountInNanoUsd: WORST * 1e9, now: NOW, expiresAt: NOW + 600_000 });
    await ledger.release({ reservationId: "res_released", now: NOW });
    const markers = [["dec_held", "res_held"], ["dec_settled", "res_settled"], ["dec_released", "res_released"], ["dec_never", "res_never"]] as const;
    store.apply([...markers.map(([id, res]) => marker(id, res)), marker("dec_old", "res_gone_long_ago", NOW - 2 * 86_400_000)], []);

    await recoverInterrupted({
      store,
      isGone: () => true,
      recorded: async () => false,
      chargeOpen: true,
      ...(ledger.reservationCharges ? { reservationCharges: ledger.reservationCharges.bind(ledger) } : {}),
      now: NOW,
    });

    const costs = new Map(outbox.peek(10).map(({ record }) => [record.id, record.costUsd]));
    expect(costs.get("dec_held")).toBeCloseTo(0.0004 + WORST, 9);
    expect(costs.get("dec_settled")).toBeCloseTo(0.0004 + 0.001, 9);
    expect(costs.get("dec_released")).toBeCloseTo(0.0004, 9);
    expect(costs.get("dec_never")).toBeCloseTo(0.0004, 9); // the budget never reserved it: nothing to charge
    // Older than the ledger keeps settled reservations: an unknown id proves nothing, the worst case stays.
    expect(costs.get("dec_old")).toBeCloseTo(0.0004 + WORST, 9);
    db.close();
  });
});
