/**
 * The in-flight marker names the reservation an attempt is about to take only when a budget covers the request. After
 * a crash, recovery reads a named reservation the ledger never saw as "never taken" and charges nothing; under no
 * budget (the default config) the guard writes nothing to the ledger, so a named reservation would lose the worst
 * case ADR 0008 charges for a cut attempt. Real spend guard over a real SQLite ledger.
 */
import { expect, it } from "vitest";
import type { BudgetConfig } from "../../../src/config/config-schema.js";
import { createSpendGuard } from "../../../src/budget/create-spend-guard.js";
import type { AttemptRecord } from "../../../src/log/decision-record.js";
import { runChatCompletion } from "../../../src/routing/fallback/run-chat-completion.js";
import { openSqliteDatabase } from "../../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteLedger } from "../../../src/storage/sqlite/sqlite-ledger.js";
import { startFallbackKit } from "./fallback-test-kit.js";

async function markedAttempt(budgets: BudgetConfig[]): Promise<AttemptRecord | undefined> {
  const kit = await startFallbackKit();
  const db = openSqliteDatabase(":memory:");
  try {
    const spendGuard = createSpendGuard({ ledger: createSqliteLedger(db), budgets, clock: { now: () => Date.now() } });
    const marks: (AttemptRecord | undefined)[] = [];
    const request = kit.request();
    request.onAttemptStart = (_plan, attempt) => {
      marks.push(attempt);
      return undefined;
    };
    await runChatCompletion(kit.deps({ spendGuard }), request);
    return marks[0];
  } finally {
    db.close();
    await kit.close();
  }
}

it("names no reservation under no budget, so a crash still charges the cut attempt's worst case", async () => {
  const attempt = await markedAttempt([]);
  expect(attempt?.reservedUsd).toBeGreaterThan(0);
  expect(attempt?.reservationId).toBeUndefined();
});

it("names the reservation when a budget covers the request", async () => {
  const attempt = await markedAttempt([{ scope: "global", window: "day", limit_usd: 100 } as BudgetConfig]);
  expect(attempt?.reservationId).toMatch(/^res_/);
});
