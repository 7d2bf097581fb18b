/**
 * "First N rows" queries run with N written into their SQL (`limited-query.ts`): the same rows as a bound `LIMIT ?`,
 * one statement prepared per limit, and the outbox's and in-flight store's reads use them, since SQLite compiles a
 * statement with a bound LIMIT again at every run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { limitedQuery, MAX_PREPARED_LIMITS } from "./limited-query.js";
import { openSqliteDatabase, type SqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "./sqlite-in-flight.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-limited-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The SQL of every statement `db` prepares from now on. */
function recordPrepares(db: SqliteDatabase): string[] {
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  return prepared;
}

describe("limitedQuery", () => {
  const db = openSqliteDatabase(join(dir, "rows.db"));
  db.exec("CREATE TABLE t (seq INTEGER PRIMARY KEY, v TEXT)");
  for (const seq of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]) db.prepare("INSERT INTO t (seq, v) VALUES (?, ?)").run(seq, `v${seq}`);
  const sql = "SELECT seq, v FROM t ORDER BY seq";
  const bound = db.prepare<[number], { seq: number; v: string }>(`${sql} LIMIT ?`);

  it("returns what the bound LIMIT returns, for whole limits and for the ones it leaves to the bound form (-1: all rows)", () => {
    const query = limitedQuery<{ seq: number; v: string }>(db, sql);
    for (const limit of [0, 1, 3, 10, 50, -1, 3, 0]) expect(query(limit)).toEqual(bound.all(limit));
  });

  it("prepares one statement per limit, with the limit in its SQL, and none again when a limit comes back", () => {
    const prepared = recordPrepares(db);
    const query = limitedQuery<{ seq: number; v: string }>(db, sql);
    for (let round = 0; round < 5; round++) for (const limit of [200, 20, 1]) query(limit);
    expect(prepared).toEqual([`${sql} LIMIT 200`, `${sql} LIMIT 20`, `${sql} LIMIT 1`]);
  });

  it("past MAX_PREPARED_LIMITS distinct limits, runs the others on one bound statement with the same answers", () => {
    const prepared = recordPrepares(db);
    const query = limitedQuery<{ seq: number; v: string }>(db, sql);
    const limits = Array.from({ length: MAX_PREPARED_LIMITS + 3 }, (_, index) => index + 1);
    for (const limit of [...limits, ...limits]) expect(query(limit)).toEqual(bound.all(limit));
    expect(prepared).toHaveLength(MAX_PREPARED_LIMITS + 1);
    expect(prepared.filter((text) => text.endsWith("LIMIT ?"))).toHaveLength(1);
  });
});

describe("the outbox and the in-flight store", () => {
  it("read their oldest rows without binding a LIMIT, and read them right", () => {
    const db = openSqliteDatabase(join(dir, "stores.db"));
    const prepared = recordPrepares(db);
    const outbox = createSqliteDecisionOutbox(db);
    const inFlight = createSqliteInFlightStore(db);
    const records = Array.from({ length: 5 }, (_, index) => makeDecisionRecord({ id: `dec_${index}`, latencyMs: index }));
    outbox.append(records);
    outbox.append([makeDecisionRecord({ id: "dec_5" })]);
    inFlight.apply([{ id: "dec_9", owner: "me", markedAt: 1, record: records[0] ?? makeDecisionRecord() }], []);
    for (let round = 0; round < 3; round++) {
      expect(outbox.peek(4).map((entry) => entry.record.id)).toEqual(["dec_0", "dec_1", "dec_2", "dec_3"]);
      expect(outbox.peek(200).map((entry) => entry.record.id)).toEqual(["dec_0", "dec_1", "dec_2", "dec_3", "dec_4", "dec_5"]);
      expect(outbox.setAsideRecords(10)).toEqual([]);
      expect(inFlight.left(10).map((marker) => marker.id)).toEqual(["dec_9"]);
    }
    expect(prepared.filter((sql) => /LIMIT\s+\?/i.test(sql))).toEqual([]);
    db.close();
  });
});
