/**
 * What committing the in-flight markers and the decision records of one event-loop turn in one SQLite transaction
 * instead of two (`log/in-flight.ts` and the decision log's group commit each commit their own) could save at most:
 * the same statements (the last turn's marker deletes, this turn's marker inserts, the last turn's outbox appends)
 * run as two transactions or as one, best of 30 rounds of 50 turns, CPU per turn, by requests per turn.
 *
 * Usage: npx tsx bench/spend/one-commit-per-turn.ts
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";

const dir = mkdtempSync(path.join(tmpdir(), "merge-probe-"));
const hashed = Array.from({ length: 64 }, (_, i) => [17_000 + i * 37, 0.289]);
let n = 0;
const id = () => `dec_${Date.now().toString(16).padStart(12, "0")}${String(n++).padStart(20, "0")}`;
const rec = (i: string) => makeDecisionRecord({ id: i, createdAt: Date.now(), features: { v: 1, hashed } as never, reasons: ["a"] });
function leg(name: string, merged: boolean, group: number) {
  const db = openSqliteDatabase(path.join(dir, `${name}-${group}.db`));
  createSqliteDecisionOutbox(db);
  createSqliteDecisionLogBackend(db);
  createSqliteInFlightStore(db);
  const mark = db.prepare("INSERT INTO decision_in_flight (id, owner, marked_at, record) VALUES (?, ?, ?, ?)");
  const forget = db.prepare("DELETE FROM decision_in_flight WHERE seq = ? AND id = ?");
  const append = db.prepare("INSERT INTO decision_outbox (id, record) VALUES (?, ?)");
  const begin = db.prepare("BEGIN IMMEDIATE");
  const commit = db.prepare("COMMIT");
  let previous: [number, string][] = [];
  const turn = () => {
    const ids = Array.from({ length: group }, id);
    const marks = ids.map((i) => JSON.stringify({ ...rec(i), features: null }));
    const records = previous.map(([, i]) => JSON.stringify(rec(i)));
    const t = process.cpuUsage();
    begin.run();
    const added: [number, string][] = [];
    for (const [seq, i] of previous) forget.run(seq, i);
    ids.forEach((i, k) => added.push([Number(mark.run(i, "me", 1, marks[k]).lastInsertRowid), i]));
    if (!merged) {
      commit.run();
      begin.run();
    }
    for (const [k, text] of records.entries()) append.run(previous[k]![1], text);
    commit.run();
    const u = process.cpuUsage(t);
    previous = added;
    return u.user + u.system;
  };
  return { name: `${name}, group ${group}`, turn };
}
for (const group of [1, 2, 5, 10]) {
  const legs = [leg("two transactions", false, group), leg("one transaction", true, group)];
  const best = legs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 30; round++) legs.forEach((l, k) => {
    let sum = 0;
    for (let t = 0; t < 50; t++) sum += l.turn();
    best[k] = Math.min(best[k]!, sum / 50);
  });
  legs.forEach((l, k) => console.log(`${l.name.padEnd(30)} ${best[k]!.toFixed(1)} µs per turn (${(best[k]! / group).toFixed(1)} per request)`));
}
rmSync(dir, { recursive: true, force: true });
