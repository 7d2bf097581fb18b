/**
 * The durable decision log (ADR 0008): a record is committed to local SQLite before `whenDurable()` settles
 * (records of one event-loop turn share one commit), either in the decisions table itself or in the
 * outbox in front of the backend, and the outbox survives a process that never flushed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDecisionLog, DIRECT_GROUP_MIN_RECORDS } from "../../log/create-decision-log.js";
import type { DecisionLogBackend } from "../../log/decision-log-store.js";
import type { DecisionLog } from "../../log/decision-record.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { createMemoryDecisionLogBackend } from "../memory/memory-decision-log.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "./sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-outbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The durable log's commit promise (a durable log must have one). */
function durable(log: DecisionLog): Promise<void> {
  if (!log.whenDurable) throw new Error("a durable log has whenDurable");
  return log.whenDurable();
}

/** A remote store that cannot be reached. */
const unreachable = (): DecisionLogBackend => ({
  ...createMemoryDecisionLogBackend(),
  insertMany: () => Promise.reject(new Error("connection refused")),
});

describe("durable decision log", () => {
  it("on SQLite, a record is on disk when whenDurable settles: another connection reads it without any flush", async () => {
    const path = join(dir, "direct.db");
    const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path)), durable: true, flushIntervalInMs: 60_000 });
    const record = makeDecisionRecord({ prompt: "secret prompt" });
    log.write(record);
    await durable(log);
    const reader = openSqliteDatabase(path);
    const row = reader.prepare<[string], { id: string; prompt: string | null }>("SELECT id, prompt FROM decisions WHERE id = ?").get(record.id);
    reader.close();
    expect(row).toEqual({ id: record.id, prompt: null });
  });

  it("on SQLite without an outbox, a group of records goes into the decisions table in one commit", async () => {
    const path = join(dir, "direct-group.db");
    const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path)), durable: true, flushIntervalInMs: 60_000 });
    const records = [makeDecisionRecord(), makeDecisionRecord(), makeDecisionRecord()];
    for (const record of records) log.write(record);
    await durable(log);
    const reader = openSqliteDatabase(path);
    const count = reader.prepare<[], { n: number }>("SELECT count(*) AS n FROM decisions").get();
    reader.close();
    expect(count?.n).toBe(3);
    await log.close();
  });

  it("in front of a remote store, the outbox holds each record from write until the store has it", async () => {
    const db = openSqliteDatabase(join(dir, "outbox.db"));
    const outbox = createSqliteDecisionOutbox(db);
    const remote = createMemoryDecisionLogBackend();
    const log = createDecisionLog({ backend: remote, durable: true, outbox, flushIntervalInMs: 60_000 });
    const records = [makeDecisionRecord(), makeDecisionRecord(), makeDecisionRecord()];
    for (const record of records) log.write(record);
    await durable(log);
    expect(outbox.count()).toBe(3);
    expect(await remote.get(records[0]?.id ?? "")).toBeUndefined();
    await log.flush();
    expect(outbox.count()).toBe(0);
    for (const record of records) expect((await remote.get(record.id))?.id).toBe(record.id);
    db.close();
  });

  it("records a process never shipped (kill -9, store down) ship at the next start", async () => {
    const path = join(dir, "crash.db");
    const crashed = createDecisionLog({ backend: unreachable(), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000 });
    const records = Array.from({ length: 250 }, () => makeDecisionRecord());
    for (const record of records) crashed.write(record);
    await durable(crashed);
    await expect(crashed.flush()).rejects.toThrow("connection refused");
    // No close: the process is gone. A new one opens the same file.
    const outbox = createSqliteDecisionOutbox(openSqliteDatabase(path));
    expect(outbox.count()).toBe(250);
    const remote = createMemoryDecisionLogBackend();
    const restarted = createDecisionLog({ backend: remote, durable: true, outbox, flushIntervalInMs: 10 });
    for (let waited = 0; outbox.count() > 0 && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(outbox.count()).toBe(0);
    expect((await remote.list({ limit: 1_000 })).length).toBe(250);
    await restarted.close();
  });

  it("a record shipped at the next start keeps a NaN or infinite measure, which JSON would have made null and the store 0", async () => {
    const path = join(dir, "crash-impossible.db");
    const crashed = createDecisionLog({ backend: unreachable(), durable: true, outbox: createSqliteDecisionOutbox(openSqliteDatabase(path)), flushIntervalInMs: 60_000 });
    const record = makeDecisionRecord({ inputTokens: Number.NaN, outputTokens: Number.POSITIVE_INFINITY, costUsd: Number.NaN, latencyMs: Number.NEGATIVE_INFINITY });
    crashed.write(record);
    await durable(crashed);
    await expect(crashed.flush()).rejects.toThrow("connection refused");
    const outbox = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const remote = createMemoryDecisionLogBackend();
    const restarted = createDecisionLog({ backend: remote, durable: true, outbox, flushIntervalInMs: 60_000 });
    await restarted.flush();
    expect(await remote.get(record.id)).toMatchObject({ inputTokens: Number.NaN, outputTokens: Number.POSITIVE_INFINITY, costUsd: Number.NaN, latencyMs: Number.NEGATIVE_INFINITY });
    await restarted.close();
  });

  it("records written in one event-loop turn share one commit; a later turn gets its own", async () => {
    const outbox = createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "group.db")));
    const commits: number[] = [];
    const counting = { ...outbox, append: (records: Parameters<typeof outbox.append>[0]) => (commits.push(records.length), outbox.append(records)) };
    const log = createDecisionLog({ backend: createMemoryDecisionLogBackend(), durable: true, outbox: counting, flushIntervalInMs: 60_000 });
    for (const record of [makeDecisionRecord(), makeDecisionRecord(), makeDecisionRecord()]) log.write(record);
    expect(outbox.count()).toBe(0); // nothing committed before the turn ends
    await durable(log);
    expect(outbox.count()).toBe(3);
    log.write(makeDecisionRecord());
    await durable(log);
    expect(commits).toEqual([3, 1]);
    await log.close();
  });

  it("on SQLite with the outbox, a lone record takes the outbox and a group of DIRECT_GROUP_MIN_RECORDS goes straight into the table", async () => {
    const path = join(dir, "mixed.db");
    const db = openSqliteDatabase(path);
    const outbox = createSqliteDecisionOutbox(db);
    const log = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox, flushIntervalInMs: 60_000 });
    const alone = makeDecisionRecord();
    log.write(alone);
    await durable(log);
    expect(outbox.count()).toBe(1);
    const group = Array.from({ length: DIRECT_GROUP_MIN_RECORDS }, () => makeDecisionRecord());
    for (const record of group) log.write(record);
    await durable(log);
    expect(outbox.count()).toBe(1); // the group did not go through the outbox...
    const reader = openSqliteDatabase(path);
    const inTable = (id: string): boolean => reader.prepare<[string], { id: string }>("SELECT id FROM decisions WHERE id = ?").get(id) !== undefined;
    expect(group.every((record) => inTable(record.id))).toBe(true); // ...but is on disk in the table, before any flush
    expect(inTable(alone.id)).toBe(false);
    await log.flush();
    expect(inTable(alone.id)).toBe(true);
    expect(outbox.count()).toBe(0);
    reader.close();
    await log.close();
  });

  it("ships a record from memory only while its row still holds it: a seq reused by another process ships that row's own record", () => {
    const path = join(dir, "shared-outbox.db");
    const mine = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const other = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const first = makeDecisionRecord();
    mine.append([first]);
    expect(mine.peek(10)).toEqual([{ seq: 1, record: first }]);
    // The other process ships and deletes it; the table is empty, so SQLite gives seq 1 to its next row.
    expect(other.peek(10).map((entry) => entry.record.id)).toEqual([first.id]);
    other.remove([{ seq: 1, id: first.id }]);
    const second = makeDecisionRecord();
    other.append([second]);
    expect(mine.peek(10)).toEqual([{ seq: 1, record: JSON.parse(JSON.stringify(second)) as unknown }]);
  });

  it("a process that shipped rows late removes only those records, not a newer record that took the same seq", () => {
    // Two gateways on one file both peek a record and ship it (shipping is idempotent). One removes it; the table is
    // empty, so SQLite gives the next record the same seq. The other's remove, late, must not delete that record.
    const path = join(dir, "stale-remove.db");
    const fast = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const late = createSqliteDecisionOutbox(openSqliteDatabase(path));
    const first = makeDecisionRecord();
    fast.append([first]);
    const seen = late.peek(10);
    fast.remove(fast.peek(10).map((entry) => ({ seq: entry.seq, id: entry.record.id })));
    const next = makeDecisionRecord();
    fast.append([next]);
    late.remove(seen.map((entry) => ({ seq: entry.seq, id: entry.record.id })));
    expect(fast.peek(10).map((entry) => entry.record.id)).toEqual([next.id]);
  });

  it("an error hook that throws does not take the process down; the record still reaches the store", async () => {
    const outbox = createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "hook.db")));
    const remote = createMemoryDecisionLogBackend();
    const refusing = { ...outbox, append: (): void => { throw new Error("disk full"); } };
    const log = createDecisionLog({ backend: remote, durable: true, outbox: refusing, flushIntervalInMs: 60_000, onError: () => { throw new Error("hook broke"); } });
    const record = makeDecisionRecord();
    log.write(record);
    // The commit ran in setImmediate; a throw there would be an uncaught exception. The waiter learns it failed.
    await expect(durable(log)).rejects.toMatchObject({ code: "storage_unavailable" });
    await log.flush();
    expect((await remote.get(record.id))?.id).toBe(record.id);
  });

  it("flush commits a waiting group at once, and a refused commit keeps the records in memory", async () => {
    const outbox = createSqliteDecisionOutbox(openSqliteDatabase(join(dir, "refused.db")));
    const remote = createMemoryDecisionLogBackend();
    const errors: unknown[] = [];
    let refuse = true;
    const flaky = { ...outbox, append: (records: Parameters<typeof outbox.append>[0]) => (refuse ? (() => { throw new Error("disk full"); })() : outbox.append(records)) };
    // A custom pattern that also matches the replacement: applied twice, the stored prompt would change again.
    const log = createDecisionLog({ backend: remote, durable: true, outbox: flaky, flushIntervalInMs: 60_000, storePrompts: true, redact: ["REDACTED|secret"], onError: (error) => errors.push(error) });
    const record = makeDecisionRecord({ prompt: "my secret plan" });
    log.write(record);
    const committed = durable(log);
    await log.flush();
    // The request waiting on it is told: it must not complete while its record is only in memory.
    await expect(committed).rejects.toMatchObject({ code: "storage_unavailable", message: expect.stringContaining("disk full") });
    expect(errors).toHaveLength(1);
    const stored = await remote.get(record.id); // kept in memory, then written by the flush
    expect(stored?.id).toBe(record.id);
    expect(stored?.prompt).toBe("my [REDACTED] plan"); // redacted once
    refuse = false;
    await log.close();
  });
});
