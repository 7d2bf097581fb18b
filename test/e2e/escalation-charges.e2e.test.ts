/**
 * Quality escalation's money, charge by charge: a first run that paid for an unreadable answer (billed at its worst
 * case) and then an empty one, escalated to the next tier. While the escalation's attempt runs, the request's
 * in-flight marker, as the next start would turn it into a record after a crash, must cost exactly what the ledger
 * will hold (everything settled so far plus the open reservation); once it ends, the record and the cost header must
 * equal what was settled. Each charge counts once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInFlightMarks, interruptedRecord, type InFlightMarks, type InFlightStore } from "../../src/log/in-flight.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const BUDGET_CHAIN = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"] as const;
const MID_FIRST = "google/gemini-2.5-flash-lite";
const dir = mkdtempSync(join(tmpdir(), "switchyard-escalation-charges-"));

describe("escalation charges each settle once", () => {
  let gateway: Gateway;
  let guard: TrackingSpendGuard;
  let store: InFlightStore;
  let marks: InFlightMarks;
  beforeAll(async () => {
    guard = trackingSpendGuard();
    const db = openSqliteDatabase(join(dir, "gateway.sqlite"));
    createSqliteDecisionOutbox(db); // the marker store sits beside the outbox
    store = createSqliteInFlightStore(db);
    marks = createInFlightMarks({ store, owner: "e2e", now: () => Date.now() });
    gateway = await startGateway({ simulator: { latencyMs: 300 }, app: { spendGuard: guard, inFlight: marks } });
  });
  afterAll(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the marker during the escalation and the final record both equal the ledger's charges", async () => {
    gateway.simulator.setFault(BUDGET_CHAIN[0], "malformed_chunk");
    gateway.simulator.setFault(BUDGET_CHAIN[1], "empty");
    const pending = fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/budget", messages: [{ role: "user", content: "Name a colour." }] }),
    });
    for (let waited = 0; !gateway.simulator.calls.some((call) => call.model === MID_FIRST) && waited < 5_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    await marks.flush();
    const [marker] = store.left(10);
    expect(marker?.record.attempts.at(-1)).toMatchObject({ model: MID_FIRST, errorType: "interrupted" });
    // What a crash now would leave: two settled charges (the unreadable answer's worst case, the empty answer) and
    // the escalation's open reservation, which the ledger charges when it expires.
    expect(guard.settled.map((entry) => entry.actualUsd)).toHaveLength(2);
    const settledNow = guard.settled.reduce((sum, entry) => sum + entry.actualUsd, 0);
    const openNow = [...guard.open.values()].reduce((sum, entry) => sum + entry.amountUsd, 0);
    expect(openNow).toBeGreaterThan(0);
    expect(interruptedRecord(marker ?? fail(), true).costUsd).toBeCloseTo(settledNow + openNow, 12);
    expect(marker?.record.costUsd).toBeCloseTo(settledNow, 12);

    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.headers.get("x-switchyard-tier")).toBe("mid");
    const spent = guard.settled.reduce((sum, entry) => sum + entry.actualUsd, 0);
    expect(guard.settled).toHaveLength(3);
    expect(guard.open.size).toBe(0);
    expect(gateway.records.at(-1)).toMatchObject({ escalatedTo: "mid" });
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(spent, 12);
    expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeCloseTo(spent, 10);
  });
});

function fail(): never {
  throw new Error("no in-flight marker was written");
}
