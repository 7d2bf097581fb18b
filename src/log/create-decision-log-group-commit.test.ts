/**
 * The durable decision log's group commit while its store waits for a lock: at most one group commits at a time
 * (records written meanwhile gather into the next group instead of each turn's group waiting on its own), every
 * record lands once and in order, and `flush` waits for every commit.
 */
import { describe, expect, it } from "vitest";
import { createMemoryDecisionLogBackend } from "../storage/memory/memory-decision-log.js";
import { createDecisionLog } from "./create-decision-log.js";
import { makeDecisionRecord } from "./make-decision-record.js";

describe("group commit behind a lock", () => {
  it("keeps one group in flight, the next gathering every record written meanwhile, none lost, doubled or reordered", async () => {
    const backend = createMemoryDecisionLogBackend();
    const committed: string[][] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    let unlock: () => void = () => {};
    let locked = new Promise<void>((resolve) => (unlock = resolve));
    const decisions = createDecisionLog({
      backend: { ...backend, insertNow: (records) => committed.push(records.map((record) => record.id)) },
      durable: true,
      // Every commit waits until the lock is released, as `storage.retryWhileBusy` does for SQLite.
      retryWhileBusy: async <T>(run: () => T): Promise<T> => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        try {
          await locked;
          return run();
        } finally {
          inFlight -= 1;
        }
      },
    });
    const durable: Promise<void>[] = [];
    for (let turn = 0; turn < 5; turn += 1) {
      for (let n = 0; n < 3; n += 1) {
        decisions.write(makeDecisionRecord({ id: `dec_${turn}_${n}` }));
        durable.push(decisions.whenDurable?.() ?? Promise.resolve());
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    let flushed = false;
    const flushing = decisions.flush().then(() => (flushed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushed).toBe(false);
    expect(mostInFlight).toBe(1);
    unlock();
    locked = Promise.resolve();
    await flushing;
    await Promise.all(durable);
    // The first turn's group, then one group with everything written while it waited.
    expect(committed).toEqual([
      ["dec_0_0", "dec_0_1", "dec_0_2"],
      ["dec_1_0", "dec_1_1", "dec_1_2", "dec_2_0", "dec_2_1", "dec_2_2", "dec_3_0", "dec_3_1", "dec_3_2", "dec_4_0", "dec_4_1", "dec_4_2"],
    ]);
    expect(mostInFlight).toBe(1);
    await decisions.close();
  });
});

describe("a local disk that refuses the group", () => {
  it("says it refuses writes while the refused records wait in memory, and stops once they reach the store", async () => {
    const backend = createMemoryDecisionLogBackend();
    let full = true;
    const refuse = (): void => {
      if (full) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    };
    const decisions = createDecisionLog({
      backend: { ...backend, insertNow: (records) => (refuse(), void backend.insertMany(records)), insertMany: async (records) => (refuse(), backend.insertMany(records)) },
      durable: true,
      flushIntervalInMs: 10,
    });
    expect(decisions.refusingWrites?.()).toBe(false);
    decisions.write(makeDecisionRecord({ id: "dec_full" }));
    await expect(decisions.whenDurable?.()).rejects.toMatchObject({ code: "storage_unavailable" });
    expect(decisions.refusingWrites?.()).toBe(true);
    // Retried in the background: still refused while the disk is full, taken once it is not, with no new request.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(decisions.refusingWrites?.()).toBe(true);
    full = false;
    for (let waited = 0; decisions.refusingWrites?.() === true && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(decisions.refusingWrites?.()).toBe(false);
    expect(await backend.get("dec_full")).toMatchObject({ id: "dec_full" });
    await decisions.close();
  });
});

describe("closing while the disk still refuses", () => {
  it("says how many records only memory held, and so are lost with the process", async () => {
    const backend = createMemoryDecisionLogBackend();
    const refuse = (): never => {
      throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    };
    const decisions = createDecisionLog({ backend: { ...backend, insertNow: refuse, insertMany: async () => refuse() }, durable: true, flushIntervalInMs: 10 });
    for (const id of ["dec_a", "dec_b"]) decisions.write(makeDecisionRecord({ id }));
    await expect(decisions.whenDurable?.()).rejects.toMatchObject({ code: "storage_unavailable" });
    await expect(decisions.close()).rejects.toMatchObject({ lostRecords: 2, message: expect.stringMatching(/^2 decision records .*SQLITE_FULL: database or disk is full.*lost with this process/) as unknown });
  });
});
