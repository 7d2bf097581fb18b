/**
 * The local outbox in front of the decision log (ADR 0008): one row per record not yet shipped, in the gateway's
 * SQLite file. `append` commits a group of records before it returns, so they survive kill -9 of the gateway; the
 * decision log ships rows in batches to the decisions table (SQLite or Postgres) and removes them once it has them.
 * A record the decisions table refuses on its own while it takes the others (`log/refused-records.ts`) is set aside in
 * `decision_outbox_refused` with the store's reason, so the records behind it keep shipping; the log tries them again,
 * each alone, once per process (so a build that fixes the cause ships them).
 * @module
 */
import type { DecisionOutbox } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { limitedQuery } from "./limited-query.js";
import { outboxRecordJson, parseOutboxRecord } from "./outbox-record-json.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decision_outbox (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_outbox_refused (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  record TEXT NOT NULL,
  reason TEXT NOT NULL,
  refused_at TEXT NOT NULL
);
`;

/**
 * Most records an outbox keeps in memory for shipping (beyond it, it forgets them all and reads the table again).
 * Records normally wait about 100 ms; this bounds memory when the store behind the outbox is down.
 */
export const MAX_REMEMBERED_RECORDS = 10_000;

/** Waiting rows `backlog` counts one by one; past it, it measures the span of their seqs (a few index steps). */
export const EXACT_BACKLOG_UP_TO = 1_000;

/** Creates the outbox over an open database; creates its table if missing. */
export function createSqliteDecisionOutbox(db: SqliteDatabase): DecisionOutbox {
  db.exec(SCHEMA);
  const insert = db.prepare("INSERT INTO decision_outbox (id, record) VALUES (?, ?)");
  const insertAll = db.transaction((records: readonly DecisionRecord[]) => records.map((record) => Number(insert.run(record.id, outboxRecordJson(record)).lastInsertRowid)));
  const oldest = limitedQuery<{ seq: number; record: string }>(db, "SELECT seq, record FROM decision_outbox ORDER BY seq");
  const oldestIds = limitedQuery<{ seq: number; id: string }>(db, "SELECT seq, id FROM decision_outbox ORDER BY seq");
  const deleteOne = db.prepare("DELETE FROM decision_outbox WHERE seq = ?");
  // A shipped row is deleted by its seq and its record's id: SQLite gives a freed seq to the next row once the rows
  // above it are gone, so a process that shipped a row late (another process sharing the file shipped it too, then
  // appended) would otherwise delete a newer record that took the same seq, before anyone shipped it.
  const deleteShipped = db.prepare("DELETE FROM decision_outbox WHERE seq = ? AND id = ?");
  const remove = db.transaction((shipped: readonly { seq: number; id: string }[]) => {
    for (const { seq, id } of shipped) deleteShipped.run(seq, id);
  });
  // Written and deleted in one transaction: the commit still writes the pages it touched, as a record's would (ADR 0072).
  const probe = db.transaction((bytes: number) => deleteOne.run(insert.run("outbox_probe", "x".repeat(bytes)).lastInsertRowid));
  const count = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM decision_outbox");
  // Read at every scrape, on the event loop: a few index steps whatever the backlog. Counting every row walks each
  // page of the table (0.6 to 2.2 s for a million records, a stall for every request), so rows are counted up to
  // EXACT_BACKLOG_UP_TO only; past that the backlog is the span of waiting seqs (new rows take the highest seq plus
  // one), exact while they ship in order, as they do while the store behind the outbox takes no writes. The oldest
  // row is the first by seq (the primary key). The limit is written into the SQL: SQLite compiles a statement with a
  // bound LIMIT again at every run (limited-query.ts).
  const backlog = db.prepare<[], { counted: number; first: number | null; last: number | null; oldest: number | null }>(
    `SELECT (SELECT count(*) FROM (SELECT 1 FROM decision_outbox LIMIT ${EXACT_BACKLOG_UP_TO})) AS counted, (SELECT min(seq) FROM decision_outbox) AS first,
      (SELECT max(seq) FROM decision_outbox) AS last, (SELECT json_extract(record, '$.createdAt') FROM decision_outbox ORDER BY seq LIMIT 1) AS oldest`,
  );
  const refuse = db.prepare("INSERT INTO decision_outbox_refused (id, record, reason, refused_at) VALUES (?, ?, ?, ?)");
  const setAside = db.transaction((entries: readonly { seq?: number; record: DecisionRecord; reason: string }[]) => {
    const at = new Date().toISOString();
    for (const { seq, record, reason } of entries) {
      // Another process sharing the file may have set this row aside already: keep one copy.
      if (seq === undefined || deleteShipped.run(seq, record.id).changes === 1) refuse.run(record.id, outboxRecordJson(record), reason, at);
    }
  });
  const refusedRows = limitedQuery<{ seq: number; record: string }>(db, "SELECT seq, record FROM decision_outbox_refused ORDER BY seq");
  const forgetRefused = db.prepare("DELETE FROM decision_outbox_refused WHERE seq = ?");
  // What this process appended, by seq, so shipping it needs no read-back and JSON.parse (a third of the cost of
  // shipping, measured). Trusted only when the row at that seq still carries the same id: another process sharing
  // the file may have shipped the row, and SQLite may hand its seq to a new row once the table is empty.
  let remembered = new Map<number, DecisionRecord>();
  const remember = (seq: number, record: DecisionRecord): void => {
    if (remembered.size >= MAX_REMEMBERED_RECORDS) remembered = new Map();
    remembered.set(seq, record);
  };
  return {
    probe: (bytes) => void probe.immediate(bytes),
    append(records) {
      // One record: autocommit. Several: one transaction. Either way durable when it returns.
      const only = records.length === 1 ? records[0] : undefined;
      if (only) remember(Number(insert.run(only.id, outboxRecordJson(only)).lastInsertRowid), only);
      else insertAll.immediate(records).forEach((seq, index) => remember(seq, records[index] as DecisionRecord));
    },
    peek(limit) {
      const rows = oldestIds(limit);
      const known: { seq: number; record: DecisionRecord }[] = [];
      for (const row of rows) {
        const record = remembered.get(row.seq);
        if (!record || record.id !== row.id) break;
        known.push({ seq: row.seq, record });
      }
      if (known.length === rows.length) return known;
      return oldest(limit).map((row) => ({ seq: row.seq, record: parseOutboxRecord(row.record) }));
    },
    remove(shipped) {
      remove.immediate(shipped);
      for (const { seq } of shipped) remembered.delete(seq);
    },
    count() {
      return count.get()?.n ?? 0;
    },
    backlog() {
      const row = backlog.get();
      const counted = row?.counted ?? 0;
      const records = counted < EXACT_BACKLOG_UP_TO || row?.first == null || row.last == null ? counted : Math.max(counted, row.last - row.first + 1);
      return { records, oldestCreatedAt: typeof row?.oldest === "number" ? row.oldest : null };
    },
    setAside(entries) {
      setAside.immediate(entries);
      for (const { seq } of entries) if (seq !== undefined) remembered.delete(seq);
    },
    setAsideRecords(limit) {
      return refusedRows(limit).map((row) => ({ seq: row.seq, record: parseOutboxRecord(row.record) }));
    },
    forgetSetAside(seqs) {
      db.transaction(() => {
        for (const seq of seqs) forgetRefused.run(seq);
      }).immediate();
    },
  };
}
