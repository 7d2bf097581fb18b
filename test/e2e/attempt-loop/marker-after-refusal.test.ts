/**
 * The in-flight marker (ADR 0008) after the budget refused a candidate: while the run waits for a held model (or
 * moves on), a crash must not leave the refused candidate as an open attempt charged its worst case, since the ledger
 * never reserved it.
 */
import { expect, it } from "vitest";
import { BudgetExceededError } from "../../../src/core/errors/index.js";
import type { AttemptRecord } from "../../../src/log/decision-record.js";
import { InMemoryRetryAfterHolds } from "../../../src/routing/fallback/retry-after-holds.js";
import { runChatCompletion } from "../../../src/routing/fallback/run-chat-completion.js";
import { startFallbackKit, TEST_CHAIN } from "./fallback-test-kit.js";

const [PRIMARY, SECONDARY, TERTIARY] = TEST_CHAIN;

it("a refused candidate is marked again with no open attempt before the run waits or moves on", async () => {
  const kit = await startFallbackKit();
  try {
    const clock = { at: Date.now(), now: () => clock.at };
    const holds = new InMemoryRetryAfterHolds(clock);
    holds.hold(SECONDARY as string, clock.at + 1_000);
    holds.hold(TERTIARY as string, clock.at + 2_000);
    const marks: (AttemptRecord | undefined)[] = [];
    let markedDuringWait: AttemptRecord | undefined | "none" = "none";
    let reservedDuringWait = -1;
    const open = new Set<string>();
    const spendGuard = {
      reserve: async ({ amountUsd }: { amountUsd: number }) => {
        if (marks.at(-1)?.model === PRIMARY) throw new BudgetExceededError({ budget: "key:k/day", remainingUsd: 0, requestedUsd: amountUsd });
        const id = `r${open.size}`;
        open.add(id);
        return { id, amountUsd };
      },
      release: async (reservation: { id: string }) => void open.delete(reservation.id),
      settle: async (reservation: { id: string }) => void open.delete(reservation.id),
    };
    const sleep = async (ms: number): Promise<void> => {
      markedDuringWait = marks.at(-1);
      reservedDuringWait = open.size;
      clock.at += ms;
    };
    const request = kit.request();
    request.onAttemptStart = (_plan, attempt) => {
      marks.push(attempt);
      return undefined;
    };
    const result = await runChatCompletion(kit.deps({ clock, sleep, holds, spendGuard, settings: { maxRetryAfterMs: 5_000 } }), request);
    expect(result.model).toBe(SECONDARY);
    expect(reservedDuringWait).toBe(0);
    // PRIMARY announced, then marked again with no open attempt once refused, then SECONDARY after the wait.
    expect(marks.map((attempt) => attempt?.model ?? null)).toEqual([PRIMARY, null, SECONDARY]);
    expect(markedDuringWait).toBeUndefined();
  } finally {
    await kit.close();
  }
});
