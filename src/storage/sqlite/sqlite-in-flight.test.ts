/**
 * Requests in flight (ADR 0008) on real SQLite: markers are committed as each attempt starts (the marks of one event-loop
 * turn together, the attempts waiting for that commit), cleared by their request's own
 * record, and turned into `interrupted` records by the next start when their process is gone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { CLEAR_EVERY_MS, createInFlightMarks, type InFlightMarker, type InFlightStore } from "../../log/in-flight.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { recoverInterrupted } from "../../log/recover-interrupted.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { busyRetryFor, SQLITE_BUSY_TIMEOUT_MS } from "./retry-while-busy.js";
import { createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "./sqlite-in-flight.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-in-flight-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function open() {
  const db = openSqliteDatabase(join(dir, `db-${(files += 1)}.sqlite`));
  const outbox = createSqliteDecisionOutbox(db);
  const store = createSqliteInFlightStore(db);
  const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox, flushIntervalInMs: 60_000 });
  return { db, outbox, store, log };
}

/** An attempt under way, as the request path marks it. */
const open$ = (reservedUsd: number) => ({ model: "openai/gpt-5-nano", status: 0, errorType: "interrupted", latencyMs: 0, reservedUsd });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("in-flight markers", () => {
  it("commits the marks of one event-loop turn in one transaction, each mark's promise settled once it is committed", async () => {
    const { store } = open();
    const applied: string[][] = [];
    const counting: InFlightStore = { ...store, apply: (marks, cleared) => (applied.push(marks.map((m) => m.id)), store.apply(marks, cleared)) };
    let clock = 1_000;
    const marks = createInFlightMarks({ store: counting, owner: "me", now: () => clock });
    let built = 0;
    const a = marks.mark("dec_a", () => ((built += 1), makeDecisionRecord({ id: "dec_a" })));
    expect(built).toBe(1); // the record as it stands at the attempt's start, not at the commit
    clock = 2_000;
    const b = marks.mark("dec_b", () => makeDecisionRecord({ id: "dec_b" }));
    expect(a).toBeInstanceOf(Promise);
    expect(store.left(10)).toEqual([]); // not yet: the attempts wait for these promises
    await Promise.all([a, b]);
    expect(applied).toEqual([["dec_a", "dec_b"]]);
    expect(store.left(10).map((marker) => [marker.id, marker.owner, marker.markedAt])).toEqual([
      ["dec_a", "me", 1_000],
      ["dec_b", "me", 2_000],
    ]);
    await marks.mark("dec_c", () => makeDecisionRecord({ id: "dec_c" }));
    expect(applied).toEqual([["dec_a", "dec_b"], ["dec_c"]]);
  });

  it("a mark settled, its marker is on disk: a second connection (the next process) reads it", async () => {
    const { db, store } = open();
    const marks = createInFlightMarks({ store, owner: "me", now: () => 1 });
    await marks.mark("dec_seen", () => makeDecisionRecord({ id: "dec_seen" }));
    const next = openSqliteDatabase(db.name);
    expect(createSqliteInFlightStore(next).left(10).map((marker) => marker.id)).toEqual(["dec_seen"]);
    next.close();
  });

  it("a clear of an id marked in the same turn waits for a later commit (one batch never marks and clears an id)", async () => {
    const { store } = open();
    const marks = createInFlightMarks({ store, owner: "me", now: () => 1 });
    const marked = marks.mark("dec_same", () => makeDecisionRecord({ id: "dec_same" }));
    marks.clear("dec_same");
    await marked;
    expect(store.left(10).map((marker) => marker.id)).toEqual(["dec_same"]);
    await sleep(CLEAR_EVERY_MS + 20);
    expect(store.left(10)).toEqual([]);
  });

  it("a mark that meets another process's lock is settled once the marker is committed", async () => {
    const { db, store } = open();
    const other = openSqliteDatabase(db.name);
    const retryWhileBusy = busyRetryFor(db);
    db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const marks = createInFlightMarks({ store, owner: "me", now: () => 1, retryWhileBusy });
    other.exec("BEGIN IMMEDIATE");
    const waiting = marks.mark("dec_locked", () => makeDecisionRecord({ id: "dec_locked" }));
    expect(waiting).toBeInstanceOf(Promise);
    await sleep(20);
    other.exec("COMMIT");
    await waiting;
    expect(store.left(10).map((marker) => marker.id)).toEqual(["dec_locked"]);
    other.close();
  });

  it("deletes ride along with the next mark's commit, else go within CLEAR_EVERY_MS: no transaction of their own per request", async () => {
    const { store } = open();
    const calls: [string[], string[]][] = [];
    const counting: InFlightStore = { ...store, apply: (marks, cleared) => (calls.push([marks.map((m) => m.id), [...cleared]]), store.apply(marks, cleared)) };
    const marks = createInFlightMarks({ store: counting, owner: "me", now: () => 0 });
    await marks.mark("dec_1", () => makeDecisionRecord({ id: "dec_1" }));
    marks.clear("dec_1");
    await marks.mark("dec_2", () => makeDecisionRecord({ id: "dec_2" }));
    expect(calls).toEqual([[["dec_1"], []], [["dec_2"], ["dec_1"]]]);
    marks.clear("dec_2");
    await sleep(20);
    expect(calls).toHaveLength(2);
    await sleep(CLEAR_EVERY_MS);
    expect(calls.at(-1)).toEqual([[], ["dec_2"]]);
    expect(store.left(10)).toEqual([]);
  });

  it("arms one delete timer for many turns of marks and clears, not one per turn", async () => {
    const { store } = open();
    const applied: [string[], string[]][] = [];
    const counting: InFlightStore = { ...store, apply: (marks, cleared) => (applied.push([marks.map((m) => m.id), [...cleared]]), store.apply(marks, cleared)) };
    const marks = createInFlightMarks({ store: counting, owner: "me", now: () => 0 });
    const timers = vi.spyOn(globalThis, "setTimeout");
    try {
      for (let turn = 0; turn < 10; turn++) {
        await marks.mark(`dec_${turn}`, () => makeDecisionRecord({ id: `dec_${turn}` }));
        marks.clear(`dec_${turn}`);
      }
      expect(timers.mock.calls.filter((call) => call[1] === CLEAR_EVERY_MS)).toHaveLength(1);
    } finally {
      timers.mockRestore();
    }
    // Each delete rode along with the next turn's marks; the last goes when the timer fires.
    expect(applied.slice(1).map(([, cleared]) => cleared)).toEqual(Array.from({ length: 9 }, (_, turn) => [`dec_${turn}`]));
    await sleep(CLEAR_EVERY_MS + 20);
    expect(applied.at(-1)).toEqual([[], ["dec_9"]]);
    expect(store.left(10)).toEqual([]);
  });

  it("a second attempt's mark replaces the first (one marker per request)", async () => {
    const { store } = open();
    const marks = createInFlightMarks({ store, owner: "me", now: () => 1 });
    await marks.mark("dec_r", () => makeDecisionRecord({ id: "dec_r", attempts: [open$(0.001)] }));
    await marks.flush();
    await marks.mark("dec_r", () => makeDecisionRecord({ id: "dec_r", attempts: [{ ...open$(0.001), status: 503, errorType: "http" }, open$(0.002)] }));
    await marks.flush();
    const [only, ...rest] = store.left(10);
    expect(rest).toEqual([]);
    expect(only?.record.attempts).toHaveLength(2);
  });

  it("a marker write that waited out another process's lock is reported, never thrown: the request goes on", async () => {
    const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    const failing: InFlightStore = { apply: () => { throw busy; }, left: () => [], adopt: () => {} };
    const errors: unknown[] = [];
    const marks = createInFlightMarks({ store: failing, owner: "me", now: () => 1, onError: (error) => errors.push(error) });
    await marks.mark("dec_x", () => makeDecisionRecord({ id: "dec_x" }));
    await expect(marks.flush()).resolves.toBeUndefined();
    expect(errors).toEqual([busy]);
  });

  it("a marker write the disk refused is reported and refuses the marked requests (their records cannot be committed)", async () => {
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    const failing: InFlightStore = { apply: () => { throw full; }, left: () => [], adopt: () => {} };
    const errors: unknown[] = [];
    const marks = createInFlightMarks({ store: failing, owner: "me", now: () => 1, onError: (error) => errors.push(error) });
    const [first, second] = [marks.mark("dec_x", () => makeDecisionRecord({ id: "dec_x" })), marks.mark("dec_y", () => makeDecisionRecord({ id: "dec_y" }))];
    for (const marked of [first, second]) await expect(marked).rejects.toMatchObject({ status: 503, code: "storage_unavailable", message: expect.stringContaining("SQLITE_FULL") as unknown });
    await expect(marks.flush()).resolves.toBeUndefined();
    expect(errors).toEqual([full]);
  });

  it("says the disk refuses markers until a probe as large as the refused marker goes through, with no request to try (ADR 0072)", async () => {
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    let room = 0;
    const probes: number[] = [];
    const failing: InFlightStore = { apply: () => { throw full; }, left: () => [], adopt: () => {}, probe: (bytes) => void (probes.push(bytes), bytes > room && (() => { throw full; })()) };
    const marks = createInFlightMarks({ store: failing, owner: "me", now: () => 1 });
    expect(marks.refusingWrites()).toBe(false);
    const record = makeDecisionRecord({ id: "dec_x", prompt: "p".repeat(5_000) });
    await expect(marks.mark("dec_x", () => record)).rejects.toMatchObject({ code: "storage_unavailable" });
    expect(marks.refusingWrites()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, CLEAR_EVERY_MS * 3));
    expect(marks.refusingWrites()).toBe(true);
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((bytes) => bytes === JSON.stringify(record).length)).toBe(true);
    room = Infinity;
    await new Promise((resolve) => setTimeout(resolve, CLEAR_EVERY_MS * 3));
    expect(marks.refusingWrites()).toBe(false);
  });

  it("the SQLite store's probe writes nothing that stays (ADR 0072)", () => {
    const { store } = open();
    store.probe?.(10_000);
    expect(store.left(10)).toEqual([]);
  });
});

describe("recovering the requests a crash cut", () => {
  const marker = (id: string, owner: string, reservedUsd: number): InFlightMarker => ({
    id,
    owner,
    markedAt: 5_000,
    record: makeDecisionRecord({ id, createdAt: 4_000, costUsd: 0.0001, attempts: [{ model: "a/b", status: 503, errorType: "http", latencyMs: 5 }, open$(reservedUsd)], outcome: "served", status: 0, model: null, reasons: ["routed"] }),
  });

  it("records a gone process's cut requests as failed and interrupted, charging the open reservation's worst case", async () => {
    const { store, log } = open();
    store.apply([marker("dec_cut", "dead", 0.002), marker("dec_live", "alive", 0.002)], []);
    const result = await recoverInterrupted({ store, isGone: (m) => m.owner === "dead", recorded: async (id) => (await log.get(id)) !== undefined, chargeOpen: true });
    expect(result).toEqual({ recorded: 1, alreadyRecorded: 0, stillRunning: 1 });
    await log.flush();
    const cut = await log.get("dec_cut");
    expect(cut).toMatchObject({ outcome: "failed", status: 0, errorType: "interrupted", finishReason: null, latencyMs: 1_000, model: null });
    expect(cut?.costUsd).toBeCloseTo(0.0021, 12);
    expect(cut?.reasons?.at(-1)).toMatch(/stopped \(a crash or kill\).*worst case reserved/);
    expect(await log.get("dec_live")).toBeUndefined();
    expect(store.left(10).map((m) => m.id)).toEqual(["dec_live"]);
  });

  it("only forgets a marker whose request has its record (died between the record and the clear): never a second record", async () => {
    const { store, log } = open();
    log.write(makeDecisionRecord({ id: "dec_done", costUsd: 0.0003 }));
    await log.whenDurable?.();
    store.apply([marker("dec_done", "dead", 0.002)], []);
    const result = await recoverInterrupted({ store, isGone: () => true, recorded: async (id) => (await log.get(id)) !== undefined, chargeOpen: true });
    expect(result).toEqual({ recorded: 0, alreadyRecorded: 1, stillRunning: 0 });
    expect(await log.get("dec_done")).toMatchObject({ outcome: "served", costUsd: 0.0003 });
    expect(store.left(10)).toEqual([]);
  });

  it("leaves the open attempt out of the cost when expired reservations are released", async () => {
    const { store, log } = open();
    store.apply([marker("dec_rel", "dead", 0.002)], []);
    await recoverInterrupted({ store, isGone: () => true, recorded: async () => false, chargeOpen: false });
    await log.flush();
    expect((await log.get("dec_rel"))?.costUsd).toBeCloseTo(0.0001, 12);
  });

  it("a lookup that fails leaves every marker for the next try", async () => {
    const { store } = open();
    store.apply([marker("dec_1", "dead", 0.001), marker("dec_2", "dead", 0.001)], []);
    const failing = recoverInterrupted({ store, isGone: () => true, recorded: () => Promise.reject(new Error("store down")), chargeOpen: true });
    await expect(failing).rejects.toThrow("store down");
    expect(store.left(10)).toHaveLength(2);
  });

  it("works through more markers than one read holds", async () => {
    const { store, outbox } = open();
    store.apply(Array.from({ length: 1_203 }, (_, i) => marker(`dec_${i}`, "dead", 0.001)), []);
    const result = await recoverInterrupted({ store, isGone: () => true, recorded: async () => false, chargeOpen: true });
    expect(result.recorded).toBe(1_203);
    expect(outbox.count()).toBe(1_203);
    expect(store.left(10)).toEqual([]);
  });
});
