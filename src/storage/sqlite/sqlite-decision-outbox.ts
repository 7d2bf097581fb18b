/**
 * The local outbox in front of the decision log (ADR 0008): one row per record not yet shipped, in the gateway's
 * SQLite file. `append` commits a group of records before it returns, so they survive kill -9 of the gateway; the
 * decision log ships rows in batches to the decisions table (SQLite or Postgres) and removes them once it has them.
 * @module
 */
import type { DecisionOutbox } from "../../log/decision-log-store.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decision_outbox (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  record TEXT NOT NULL
);
`;

/** Creates the outbox over an open database; creates its table if missing. */
export function createSqliteDecisionOutbox(db: SqliteDatabase): DecisionOutbox {
  db.exec(SCHEMA);
  const insert = db.prepare("INSERT INTO decision_outbox (id, record) VALUES (?, ?)");
  const insertAll = db.transaction((records: readonly DecisionRecord[]) => {
    for (const record of records) insert.run(record.id, JSON.stringify(record));
  });
  const oldest = db.prepare<[number], { seq: number; record: string }>("SELECT seq, record FROM decision_outbox ORDER BY seq LIMIT ?");
  const deleteOne = db.prepare("DELETE FROM decision_outbox WHERE seq = ?");
  const remove = db.transaction((seqs: readonly number[]) => {
    for (const seq of seqs) deleteOne.run(seq);
  });
  const count = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM decision_outbox");
  return {
    append(records) {
      // One record: autocommit. Several: one transaction. Either way durable when it returns.
      if (records.length === 1 && records[0]) insert.run(records[0].id, JSON.stringify(records[0]));
      else insertAll.immediate(records);
    },
    peek(limit) {
      return oldest.all(limit).map((row) => ({ seq: row.seq, record: JSON.parse(row.record) as DecisionRecord }));
    },
    remove(seqs) {
      remove.immediate(seqs);
    },
    count() {
      return count.get()?.n ?? 0;
    },
  };
}
