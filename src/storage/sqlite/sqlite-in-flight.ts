/**
 * Markers of requests in flight (`log/in-flight.ts`, ADR 0008) in the gateway's SQLite file, beside the decision
 * outbox: what a crash leaves so the next start can record the requests it cut.
 * @module
 */
import type { DecisionRecord } from "../../log/decision-record.js";
import type { InFlightMarker, InFlightStore } from "../../log/in-flight.js";
import { limitedQuery } from "./limited-query.js";
import { outboxRecordJson } from "./outbox-record-json.js";
import type { SqliteDatabase } from "./open-sqlite-database.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decision_in_flight (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  owner TEXT NOT NULL,
  marked_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
`;

/** The id of the row a readiness probe writes and deletes in one transaction (never committed, never recovered). */
const PROBE_ID = "in_flight_probe";

/**
 * Creates the store over an open database (the one holding `decision_outbox`); creates its table if missing. The
 * table has no index but its rowid: this process remembers where it put each of its markers and deletes by that,
 * which costs a fraction of keeping a text key's index on every request. Recovery, which reads other processes'
 * markers, runs at start over a table that holds only requests in flight.
 */
export function createSqliteInFlightStore(db: SqliteDatabase): InFlightStore {
  db.exec(SCHEMA);
  const insert = db.prepare("INSERT INTO decision_in_flight (id, owner, marked_at, record) VALUES (?, ?, ?, ?)");
  // By rowid and id: a rowid freed by another process's recovery may already hold someone else's marker.
  const forgetSeq = db.prepare("DELETE FROM decision_in_flight WHERE seq = ? AND id = ?");
  const forgetId = db.prepare("DELETE FROM decision_in_flight WHERE id = ?");
  const oldest = limitedQuery<{ id: string; owner: string; marked_at: number; record: string }>(db, "SELECT id, owner, marked_at, record FROM decision_in_flight ORDER BY seq");
  const append = db.prepare("INSERT INTO decision_outbox (id, record) VALUES (?, ?)");
  /** This process's markers: request id -> row. Changed only once a transaction has committed. */
  const mine = new Map<string, number>();
  // One batch never marks and clears the same id: a request is cleared once, when its record is committed, after its
  // last mark, and ids are never reused.
  const apply = db.transaction((marks: readonly InFlightMarker[], cleared: readonly string[]) => {
    const added: [string, number][] = [];
    for (const id of [...marks.map((mark) => mark.id), ...cleared]) {
      const seq = mine.get(id); // a later attempt's marker replaces the earlier one's
      if (seq !== undefined) forgetSeq.run(seq, id);
    }
    for (const mark of marks) added.push([mark.id, Number(insert.run(mark.id, mark.owner, mark.markedAt, JSON.stringify(mark.record)).lastInsertRowid)]);
    return added;
  });
  const adopt = db.transaction((records: readonly DecisionRecord[], ids: readonly string[]) => {
    for (const record of records) append.run(record.id, outboxRecordJson(record));
    for (const id of ids) forgetId.run(id);
  });
  const forgetProbe = db.prepare("DELETE FROM decision_in_flight WHERE seq = ?");
  // Written and deleted in one transaction: the commit still writes the pages it touched, as a marker's would.
  const probe = db.transaction((bytes: number) => {
    const seq = insert.run(PROBE_ID, "probe", 0, "x".repeat(bytes)).lastInsertRowid;
    forgetProbe.run(seq);
  });
  return {
    probe: (bytes) => void probe.immediate(bytes),
    apply(marks, cleared) {
      const added = apply.immediate(marks, cleared);
      for (const id of cleared) mine.delete(id);
      for (const [id, seq] of added) mine.set(id, seq);
    },
    left(limit) {
      return oldest(limit).map((row) => ({ id: row.id, owner: row.owner, markedAt: row.marked_at, record: JSON.parse(row.record) as DecisionRecord }));
    },
    adopt(records, ids) {
      adopt.immediate(records, ids);
      for (const id of ids) mine.delete(id);
    },
  };
}
