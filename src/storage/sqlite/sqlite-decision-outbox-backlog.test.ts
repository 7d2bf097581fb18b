/**
 * The outbox backlog the `switchyard_decision_outbox_*` gauges read at each scrape, on the event loop (better-sqlite3
 * is synchronous). It counted every waiting row (`count(*)` walks each page of the table): on a backlog of a million
 * real records (1 GB) that took 0.6 to 2.2 s per scrape, stalling every request for it, during the very outage the
 * gauge is there to show. The read must stay cheap whatever the backlog, and still be exact for a small one.
 * The file here uses 512-byte pages so 200,000 rows cost what a larger real backlog does at a fraction of the disk.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteDecisionOutbox } from "./sqlite-decision-outbox.js";

const dir = mkdtempSync(join(tmpdir(), "sy-outbox-backlog-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file whose outbox holds `rows` records, created at 1000 + seq. */
function fileWithBacklog(name: string, rows: number): string {
  const path = join(dir, name);
  const setup = new Database(path);
  setup.pragma("page_size = 512");
  setup.exec("CREATE TABLE decision_outbox (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, record TEXT NOT NULL)");
  setup.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows}) INSERT INTO decision_outbox (id, record) SELECT 'r' || i, json_object('id', 'r' || i, 'createdAt', 1000 + i, 'pad', printf('%.100c', 'x')) FROM n`);
  setup.close();
  return path;
}

describe("the decision outbox backlog", () => {
  it("is exact for a small backlog, after rows in between shipped", () => {
    const db = openSqliteDatabase(fileWithBacklog("small.db", 50));
    const outbox = createSqliteDecisionOutbox(db);
    outbox.remove([1, 2, 10, 20].map((seq) => ({ seq, id: `r${seq}` })));
    expect(outbox.backlog()).toEqual({ records: 46, oldestCreatedAt: 1003 });
    outbox.remove(Array.from({ length: 50 }, (_, index) => ({ seq: index + 1, id: `r${index + 1}` })));
    expect(outbox.backlog()).toEqual({ records: 0, oldestCreatedAt: null });
    db.close();
  });

  it("reads a backlog of 200,000 records in milliseconds, not by walking the table", () => {
    const db = openSqliteDatabase(fileWithBacklog("large.db", 200_000));
    const outbox = createSqliteDecisionOutbox(db);
    outbox.backlog();
    const timings: number[] = [];
    let read = outbox.backlog();
    for (let index = 0; index < 3; index += 1) {
      const started = performance.now();
      read = outbox.backlog();
      timings.push(performance.now() - started);
    }
    expect(read).toEqual({ records: 200_000, oldestCreatedAt: 1001 });
    // Walking the table took about 200 ms here.
    expect(Math.min(...timings)).toBeLessThan(20);
    db.close();
  });
});
