/**
 * The readiness probe of a local disk that refused writes (ADR 0072) on real SQLite, its room bounded by
 * `max_page_count` (SQLITE_FULL, as a full disk answers): the probe must be as large on disk as the write that was
 * refused, and it must stop with the log and markers it watches.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { CLEAR_EVERY_MS, createInFlightMarks } from "../../log/in-flight.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { createMemoryDecisionLogBackend } from "../memory/memory-decision-log.js";
import { openSqliteDatabase, type SqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "./sqlite-in-flight.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-refusal-probe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A database with room for `pages` more pages of 4 KB (SQLITE_FULL past them). */
function nearlyFull(pages: number): { db: SqliteDatabase; room: (more: number) => void } {
  const db = openSqliteDatabase(join(dir, `db-${(files += 1)}.sqlite`));
  createSqliteDecisionOutbox(db);
  createSqliteInFlightStore(db);
  const room = (more: number): void => void db.pragma(`max_page_count = ${Number(db.pragma("page_count", { simple: true })) + more}`);
  room(pages);
  return { db, room };
}

/** 30,000 characters that take 90 KB on disk (UTF-8, three bytes each). */
const WIDE_PROMPT = "界".repeat(30_000);

describe("the probe of a refusing local disk", () => {
  it("is as large on disk as the refused record: a prompt of three-byte characters keeps readiness refused while a record of it still fails", async () => {
    const { db, room } = nearlyFull(15); // 60 KB: 30,000 one-byte characters fit, 90 KB do not
    const backend = createMemoryDecisionLogBackend(); // Postgres: refused records ship from memory
    const log = createDecisionLog({ backend, durable: true, outbox: createSqliteDecisionOutbox(db), storePrompts: true, flushIntervalInMs: 20 });
    log.write(makeDecisionRecord({ id: "dec_wide", prompt: WIDE_PROMPT }));
    await expect(log.whenDurable?.()).rejects.toMatchObject({ code: "storage_unavailable" });
    await sleep(300);
    expect(await backend.get("dec_wide")).toBeDefined(); // shipped from memory
    // The same record would still be refused, so readiness must still say so.
    expect(() => createSqliteDecisionOutbox(db).append([makeDecisionRecord({ id: "dec_again", prompt: WIDE_PROMPT })])).toThrow(/full/);
    expect(log.refusingWrites?.()).toBe(true);
    room(100);
    for (let waited = 0; log.refusingWrites?.() === true && waited < 2_000; waited += 20) await sleep(20);
    expect(log.refusingWrites?.()).toBe(false);
    await log.close();
    db.close();
  });

  it("stops when the decision log closes: no probe of a file storage is about to close", async () => {
    const { db } = nearlyFull(2);
    const outbox = createSqliteDecisionOutbox(db);
    let probes = 0;
    const probe = outbox.probe?.bind(outbox);
    outbox.probe = (bytes) => void ((probes += 1), probe?.(bytes));
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend(), durable: true, outbox, storePrompts: true, flushIntervalInMs: 20 });
    log.write(makeDecisionRecord({ id: "dec_big", prompt: "p".repeat(50_000) }));
    await expect(log.whenDurable?.()).rejects.toMatchObject({ code: "storage_unavailable" });
    await sleep(100);
    expect(probes).toBeGreaterThan(0);
    await log.close();
    const atClose = probes;
    await sleep(200);
    expect(probes).toBe(atClose);
    db.close();
  });

  it("stops when the in-flight marks stop: no probe of a file storage is about to close", async () => {
    const { db } = nearlyFull(2);
    const store = createSqliteInFlightStore(db);
    let probes = 0;
    const probe = store.probe?.bind(store);
    store.probe = (bytes) => void ((probes += 1), probe?.(bytes));
    const marks = createInFlightMarks({ store, owner: "me", now: () => 1 });
    await expect(marks.mark("dec_big", () => makeDecisionRecord({ id: "dec_big", prompt: "p".repeat(50_000) }))).rejects.toMatchObject({ code: "storage_unavailable" });
    await sleep(CLEAR_EVERY_MS * 3);
    expect(probes).toBeGreaterThan(0);
    await marks.flush();
    marks.stop();
    const atStop = probes;
    await sleep(CLEAR_EVERY_MS * 3);
    expect(probes).toBe(atStop);
    db.close();
  });
});
