/**
 * The save and replay of ledger writes held for Redis (ADR 0059), on a real SQLite file: what is held is saved in
 * order and replayed once; a file that refuses the save reports the writes as lost, with their count and amount, so
 * the gateway can log the error. The ledger is the memory ledger with a held queue of its own, standing in for
 * Redis's deferred writes (`redis-held-settles-restart.test.ts` runs the real one).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { HeldLedgerWrite, Ledger } from "../../budget/ledger.js";
import { createMemoryLedger } from "../memory/memory-ledger.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { keepHeldLedgerWrites, type HeldLedgerWritesSummary } from "./sqlite-held-ledger-writes.js";

const dir = mkdtempSync(join(tmpdir(), "sy-held-writes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A memory ledger that reports `held` as waiting and records what it is asked to apply. */
function ledgerHolding(held: HeldLedgerWrite[]): Ledger & { applied: HeldLedgerWrite[] } {
  const base = createMemoryLedger();
  const applied: HeldLedgerWrite[] = [];
  return {
    ...base,
    applied,
    settle: async ({ reservationId, actualInNanoUsd }) => void applied.push({ kind: "settle", reservationId, actualInNanoUsd }),
    release: async ({ reservationId }) => void applied.push({ kind: "release", reservationId }),
    heldWrites: () => held,
  };
}

describe("keepHeldLedgerWrites", () => {
  it("saves what is held in order, replays it once at the next open, and says how much", async () => {
    const path = join(dir, "replay.db");
    const held: HeldLedgerWrite[] = [
      { kind: "settle", reservationId: "a", actualInNanoUsd: 250_000_000 },
      { kind: "release", reservationId: "b" },
      { kind: "settle", reservationId: "c", actualInNanoUsd: 1_000_000_000 },
    ];
    const summaries: HeldLedgerWritesSummary[] = [];
    const first = openSqliteDatabase(path);
    keepHeldLedgerWrites({ db: first, ledger: ledgerHolding(held), path, now: () => 0, onSummary: (summary) => summaries.push(summary) })();
    first.close();
    expect(summaries).toEqual([{ event: "saved", writes: 3, settles: 2, releases: 1, settledInUsd: 1.25, path }]);

    const second = openSqliteDatabase(path);
    const ledger = ledgerHolding([]);
    keepHeldLedgerWrites({ db: second, ledger, path, now: () => 0, onSummary: (summary) => summaries.push(summary) });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ledger.applied).toEqual(held);
    expect(summaries[1]).toEqual({ event: "replayed", writes: 3, settles: 2, releases: 1, settledInUsd: 1.25, path });
    keepHeldLedgerWrites({ db: second, ledger: ledgerHolding([]), path, now: () => 0, onSummary: (summary) => summaries.push(summary) });
    expect(summaries).toHaveLength(2);
    second.close();
  });

  it("reports the writes as lost, with their count and amount, when the file refuses them", () => {
    const path = join(dir, "lost.db");
    const db = openSqliteDatabase(path);
    const summaries: HeldLedgerWritesSummary[] = [];
    const save = keepHeldLedgerWrites({ db, ledger: ledgerHolding([{ kind: "settle", reservationId: "a", actualInNanoUsd: 500_000_000 }]), path, now: () => 0, onSummary: (summary) => summaries.push(summary) });
    db.pragma("query_only = on");
    save();
    expect(summaries).toEqual([{ event: "lost", writes: 1, settles: 1, releases: 0, settledInUsd: 0.5, path, error: expect.stringMatching(/readonly|read-only|query_only/i) as unknown as string }]);
    db.close();
  });

  it("reports the writes as lost, not saved, when the file is :memory: (it ends with the process)", () => {
    const db = openSqliteDatabase(":memory:");
    const summaries: HeldLedgerWritesSummary[] = [];
    keepHeldLedgerWrites({ db, ledger: ledgerHolding([{ kind: "settle", reservationId: "a", actualInNanoUsd: 500_000_000 }]), path: ":memory:", now: () => 0, onSummary: (summary) => summaries.push(summary) })();
    expect(summaries).toEqual([{ event: "lost", writes: 1, settles: 1, releases: 0, settledInUsd: 0.5, path: ":memory:", error: expect.stringMatching(/:memory:/) as unknown as string }]);
    db.close();
  });
});
