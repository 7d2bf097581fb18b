/**
 * A record the decisions table refuses for what it holds must not stop the records behind it: they ship, it is set
 * aside with the store's reason (in the outbox's refused table, tried again at the next start), and reads answer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GatewayError } from "../core/errors/index.js";
import { createMemoryDecisionLogBackend } from "../storage/memory/memory-decision-log.js";
import { openSqliteDatabase } from "../storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "../storage/sqlite/sqlite-decision-outbox.js";
import { createDecisionLog } from "./create-decision-log.js";
import type { DecisionLogBackend } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { DecisionRecordsRefusedError, insertSettingAsideRefused, storeUnavailable } from "./refused-records.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-refused-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POISON = "model-the-store-cannot-take";
const poison = (): DecisionRecord => makeDecisionRecord({ model: POISON });

/** A remote store (no `insertNow`) that refuses any batch holding a poisoned record, as a driver refuses a value it cannot bind. */
function refusingStore(down = { now: false }): DecisionLogBackend {
  const { insertNow: _local, ...backend } = createMemoryDecisionLogBackend();
  return {
    ...backend,
    insertMany: async (records) => {
      if (down.now) throw new Error("connection refused");
      if (records.some((record) => record.model === POISON)) throw Object.assign(new Error(`invalid byte sequence in ${POISON}`), { code: "22021" });
      await backend.insertMany(records);
    },
  };
}

describe("insertSettingAsideRefused", () => {
  it("returns the records the store refuses on their own and inserts the rest", async () => {
    const taken: string[] = [];
    const records = [makeDecisionRecord(), poison(), makeDecisionRecord(), makeDecisionRecord()];
    const insert = async (batch: readonly DecisionRecord[]): Promise<void> => {
      if (batch.some((record) => record.model === POISON)) throw new Error("refused");
      taken.push(...batch.map((record) => record.id));
    };
    const refused = await insertSettingAsideRefused(insert, records);
    expect(refused.map((entry) => entry.index)).toEqual([1]);
    expect(refused[0]?.reason).toBe("refused");
    expect(refused.map(({ error: _, ...entry }) => entry.index)).toEqual([1]);
    expect(taken.sort()).toEqual([records[0], records[2], records[3]].map((record) => record?.id).sort());
  });

  it("sets nothing aside when the store takes none of them (it is down): the batch's own error surfaces", async () => {
    const insert = (): Promise<void> => Promise.reject(new Error("connection refused"));
    await expect(insertSettingAsideRefused(insert, [makeDecisionRecord(), poison()])).rejects.toThrow("connection refused");
  });

  it("a record that fails once is tried again before it is set aside", async () => {
    let flaps = 1;
    const first = makeDecisionRecord();
    const insert = async (batch: readonly DecisionRecord[]): Promise<void> => {
      if (batch.length > 1) throw new Error("batch refused");
      if (batch[0]?.id === first.id && flaps-- > 0) throw new Error("could not serialize access");
    };
    expect(await insertSettingAsideRefused(insert, [first, makeDecisionRecord()])).toEqual([]);
  });

  it("an error that says the store is unavailable, even after it took others, sets nothing aside", async () => {
    let calls = 0;
    const insert = async (batch: readonly DecisionRecord[]): Promise<void> => {
      calls += 1;
      if (batch.length > 1) throw new Error("batch refused");
      if (calls > 2) throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    };
    await expect(insertSettingAsideRefused(insert, [makeDecisionRecord(), poison(), poison()])).rejects.toMatchObject({ code: "57P01" });
    expect(storeUnavailable(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(storeUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(storeUnavailable(Object.assign(new Error("invalid byte sequence"), { code: "22021" }))).toBe(false);
    expect(storeUnavailable(Object.assign(new Error("datatype mismatch"), { code: "SQLITE_MISMATCH" }))).toBe(false);
  });

  it("a server turned read-only mid-batch (a failover demoted it, 25006) sets nothing aside after taking the first records", async () => {
    let calls = 0;
    const insert = async (batch: readonly DecisionRecord[]): Promise<void> => {
      calls += 1;
      if (batch.length > 1) throw new Error("batch refused");
      if (calls > 2) throw Object.assign(new Error("cannot execute INSERT in a read-only transaction"), { code: "25006" });
    };
    await expect(insertSettingAsideRefused(insert, [makeDecisionRecord(), makeDecisionRecord(), makeDecisionRecord()])).rejects.toMatchObject({ code: "25006" });
  });

  it("the Postgres stores' own 503 (set up but not answering: the health probe failed) sets nothing aside either", async () => {
    // The first record goes in alone; then the probe fails, and every call is refused at once with this 503.
    const notAnswering = new GatewayError({ message: "The gateway's storage is not answering", status: 503, type: "server_error", code: "storage_unavailable" });
    let calls = 0;
    const insert = async (batch: readonly DecisionRecord[]): Promise<void> => {
      calls += 1;
      if (batch.some((record) => record.model === POISON)) throw Object.assign(new Error(`invalid byte sequence in ${POISON}`), { code: "22021" });
      if (calls > 2) throw notAnswering;
    };
    await expect(insertSettingAsideRefused(insert, [makeDecisionRecord(), poison(), makeDecisionRecord(), makeDecisionRecord()])).rejects.toBe(notAnswering);
    expect(storeUnavailable(notAnswering)).toBe(true);
  });

  it("a lone record refused for an unknown reason waits (it cannot tell a bad record from a store that is down)", async () => {
    await expect(insertSettingAsideRefused(() => Promise.reject(new Error("refused")), [poison()])).rejects.toThrow("refused");
    await expect(insertSettingAsideRefused(() => Promise.reject(new Error("refused")), [poison(), poison()])).rejects.toThrow("refused");
  });

  it("records refused for what they hold are set aside even when the store took none of them", async () => {
    const dataError = (): Error => Object.assign(new Error("value too long for type character varying(64)"), { code: "22001" });
    const alone = await insertSettingAsideRefused(() => Promise.reject(dataError()), [poison()]);
    expect(alone.map((entry) => entry.reason)).toEqual(["value too long for type character varying(64)"]);
    expect(await insertSettingAsideRefused(() => Promise.reject(new TypeError("cannot bind")), [poison(), poison()])).toHaveLength(2);
  });
});

describe("the durable log with an outbox in front of a store that refuses one record", () => {
  it("ships the others, sets the refused one aside with its reason, and answers reads", async () => {
    const path = join(dir, "outbox.db");
    const backend = refusingStore();
    const errors: unknown[] = [];
    const log = createDecisionLog({ backend, durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000, onError: (error) => errors.push(error) });
    const bad = poison();
    const good = [makeDecisionRecord(), makeDecisionRecord(), makeDecisionRecord()];
    for (const record of [good[0], bad, good[1], good[2]]) if (record) log.write(record);
    await log.whenDurable?.();
    await log.flush();
    // Before: every flush failed on the batch, so no record after the bad one shipped and this read threw.
    const listed = await log.list({ limit: 10 });
    expect(listed.map((record) => record.id).sort()).toEqual(good.map((record) => record.id).sort());
    const refused = errors.find((error): error is DecisionRecordsRefusedError => error instanceof DecisionRecordsRefusedError);
    expect(refused?.refused).toEqual([{ id: bad.id, reason: `invalid byte sequence in ${POISON}` }]);
    expect(refused?.message).toMatch(/decision_outbox_refused/);

    await log.close();
    const reader = openSqliteDatabase(path);
    expect(reader.prepare("SELECT id, reason FROM decision_outbox_refused").all()).toEqual([{ id: bad.id, reason: `invalid byte sequence in ${POISON}` }]);
    expect(reader.prepare("SELECT count(*) AS n FROM decision_outbox").get()).toEqual({ n: 0 });
    reader.close();
  });

  it("the next process tries set-aside records once, each alone: those taken now leave the table, and however many stay, new records ship", async () => {
    const path = join(dir, "next-process.db");
    const fixed = { now: false };
    const store = (): DecisionLogBackend => {
      const backend = refusingStore();
      return { ...backend, insertMany: (records) => (fixed.now ? backend.insertMany(records.map((record) => ({ ...record, model: "fixed" }))) : backend.insertMany(records)) };
    };
    const first = createDecisionLog({ backend: store(), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000, maxBatchSize: 5 });
    const bad = Array.from({ length: 12 }, poison);
    for (const record of [...bad, makeDecisionRecord(), makeDecisionRecord()]) first.write(record);
    await first.whenDurable?.();
    await first.close();
    const rows = (sql: string): unknown => {
      const reader = openSqliteDatabase(path);
      const n = reader.prepare(sql).get();
      reader.close();
      return n;
    };
    expect(rows("SELECT count(*) AS n FROM decision_outbox_refused")).toEqual({ n: 12 });
    // Still refused by the next process: they stay aside, and more than a batch of them blocks nothing behind them.
    const second = createDecisionLog({ backend: store(), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000, maxBatchSize: 5 });
    const fresh = Array.from({ length: 7 }, () => makeDecisionRecord());
    for (const record of fresh) second.write(record);
    await second.whenDurable?.();
    expect((await second.list({ limit: 50 })).map((record) => record.id).sort()).toEqual(fresh.map((record) => record.id).sort());
    await second.close();
    expect(rows("SELECT count(*) AS n FROM decision_outbox_refused")).toEqual({ n: 12 });
    expect(rows("SELECT count(*) AS n FROM decision_outbox")).toEqual({ n: 0 });
    // A build that takes them: the next process ships every one.
    fixed.now = true;
    const backend = store();
    const third = createDecisionLog({ backend, durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000 });
    await third.flush();
    expect((await third.list({ limit: 50 })).map((record) => record.id).sort()).toEqual(bad.map((record) => record.id).sort());
    await third.close();
    expect(rows("SELECT count(*) AS n FROM decision_outbox_refused")).toEqual({ n: 0 });
  });

  it("feedback for a decision the failed flush still owes the store is the flush's error, not 'no such decision'", async () => {
    const down = { now: false };
    const log = createDecisionLog({ backend: refusingStore(down), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "owed.db"))), flushIntervalInMs: 60_000 });
    const shipped = makeDecisionRecord();
    log.write(shipped);
    await log.flush();
    down.now = true;
    const waiting = makeDecisionRecord();
    log.write(waiting);
    await log.whenDurable?.();
    await expect(log.recordFeedback(waiting.id, 1)).rejects.toThrow("connection refused");
    await expect(log.get(waiting.id)).rejects.toThrow("connection refused");
    expect(await log.recordFeedback(shipped.id, 1)).toBe(true);
    down.now = false;
    expect(await log.recordFeedback(waiting.id, 1)).toBe(true);
    expect(await log.recordFeedback("dec_unknown", 1)).toBe(false);
    await log.close();
  });

  it("a record refused alone for an unknown reason does not fail reads; it is set aside once another record ships beside it", async () => {
    const errors: unknown[] = [];
    const backend = refusingStore();
    const unknownKind: DecisionLogBackend = {
      ...backend,
      insertMany: (records) => (records.some((record) => record.model === POISON) ? Promise.reject(new Error("the store said no")) : backend.insertMany(records)),
    };
    const log = createDecisionLog({ backend: unknownKind, durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "alone.db"))), flushIntervalInMs: 60_000, onError: (error) => errors.push(error) });
    log.write(poison());
    await log.whenDurable?.();
    expect(await log.list({ limit: 10 })).toEqual([]);
    expect(errors.some((error) => error instanceof Error && /the store said no/.test(error.message) && !(error instanceof DecisionRecordsRefusedError))).toBe(true);
    const good = makeDecisionRecord();
    log.write(good);
    await log.whenDurable?.();
    expect((await log.list({ limit: 10 })).map((record) => record.id)).toEqual([good.id]);
    expect(errors.some((error) => error instanceof DecisionRecordsRefusedError)).toBe(true);
    await log.close();
  });

  it("while the store is down nothing is set aside: every record waits in the outbox", async () => {
    const down = { now: true };
    const errors: unknown[] = [];
    const log = createDecisionLog({ backend: refusingStore(down), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "down.db"))), flushIntervalInMs: 60_000, onError: (error) => errors.push(error) });
    for (const record of [makeDecisionRecord(), poison(), makeDecisionRecord()]) log.write(record);
    await log.whenDurable?.();
    await expect(log.flush()).rejects.toThrow("connection refused");
    await expect(log.list({ limit: 10 })).resolves.toEqual([]);
    expect(errors.some((error) => error instanceof DecisionRecordsRefusedError)).toBe(false);
    down.now = false;
    await log.flush();
    expect(await log.list({ limit: 10 })).toHaveLength(2);
    expect(errors.filter((error) => error instanceof DecisionRecordsRefusedError)).toHaveLength(1);
    await log.close();
  });

  it("without an outbox (batching mode) the refused record is reported and the others are written", async () => {
    const errors: unknown[] = [];
    const log = createDecisionLog({ backend: refusingStore(), flushIntervalInMs: 60_000, onError: (error) => errors.push(error) });
    const bad = poison();
    for (const record of [makeDecisionRecord(), bad, makeDecisionRecord()]) log.write(record);
    await log.flush();
    expect(await log.list({ limit: 10 })).toHaveLength(2);
    const refused = errors.find((error): error is DecisionRecordsRefusedError => error instanceof DecisionRecordsRefusedError);
    expect(refused?.refused.map((entry) => entry.id)).toEqual([bad.id]);
    expect(refused?.message).toMatch(/dropped/);
  });
});

describe("the outbox's set-aside table", () => {
  it("keeps one copy of a record two processes set aside from the same row", () => {
    const path = join(dir, "two-processes.db");
    const first = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const second = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const bad = poison();
    first.append([bad]);
    const [entry] = second.peek(1);
    if (!entry) throw new Error("the outbox holds the record");
    first.setAside([{ seq: entry.seq, record: bad, reason: "refused" }]);
    second.setAside([{ seq: entry.seq, record: bad, reason: "refused" }]);
    expect(second.setAsideRecords(10).map((row) => row.record.id)).toEqual([bad.id]);
    expect(first.count()).toBe(0);
  });
});
