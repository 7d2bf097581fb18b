/**
 * What the first start after the upgrade that added the rollups' `impossible` count costs on a SQLite log of
 * `--rows` decisions: the column added in place and only the days holding an impossible decision recomputed,
 * against the whole rebuild the version before did (66 s at 1,000,000 decisions). `--impossible` decisions
 * (negative costs, spread over the period) are seeded in; the rollups' answer is then checked against the rows'.
 *
 *   npx tsx bench/report/rollup-upgrade.ts [--rows 1000000] [--days 90] [--impossible 10]
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadSqlite, syntheticDecisions } from "./seed.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { rollupSql } from "../../src/storage/decision-rollup-sql.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { SQLITE_DIALECT, SQLITE_ROLLUP_TRIGGERS, createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";

const END = Date.UTC(2026, 10, 14, 15, 0);
const flag = (name: string, fallback: string): number => {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback);
};
const [rows, days, impossible] = [flag("rows", "1000000"), flag("days", "90"), flag("impossible", "10")];
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/** The synthetic log with `impossible` decisions given a negative cost, evenly spaced. */
function* withImpossible(records: Iterable<DecisionRecord>): Generator<DecisionRecord> {
  let index = 0;
  for (const record of records) {
    yield index % Math.floor(rows / impossible) === 7 ? { ...record, costUsd: -1 } : record;
    index += 1;
  }
}

/** A trigger as the version before the count wrote it (the same SQL without the `impossible` column). */
const withoutImpossible = (sql: string): string =>
  sql
    .replaceAll(", impossible)", ")")
    .replace(/(, -?1 \* \(COALESCE\(CASE WHEN [^]*? END, 0\)\)), -?1 \* \(CASE WHEN [^]*? THEN 1 ELSE 0 END\)\)/g, "$1)")
    .replaceAll(", impossible = decision_daily.impossible + excluded.impossible", "");

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-rollup-upgrade-"));
try {
  const db = openSqliteDatabase(path.join(dir, "log.db"));
  createSqliteDecisionLogBackend(db);
  for (const trigger of SQLITE_ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${trigger}`);
  let started = performance.now();
  loadSqlite(db, withImpossible(syntheticDecisions(rows, END, days)));
  db.exec("ANALYZE");
  console.log(`seeded ${rows} decisions over ${days} days (${impossible} impossible) in ${seconds(started)}`);
  started = performance.now();
  createSqliteDecisionLogBackend(db); // no triggers: the whole rebuild, as the upgrade before this one ran it
  console.log(`whole rebuild of the rollups (the previous upgrade): ${seconds(started)}`);
  // The file as the version before the count left it: no column, triggers without it, and the impossible costs
  // summed into their days.
  const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_rollup_%'").all();
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  db.exec("ALTER TABLE decision_daily DROP COLUMN impossible");
  for (const trigger of triggers) db.exec(withoutImpossible(trigger.sql));
  db.exec("UPDATE decision_daily SET cost_usd = cost_usd - 1 WHERE day IN (SELECT created_at / 86400000 FROM decisions WHERE cost_usd < 0)");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  started = performance.now();
  const found = db.prepare(rollupSql("decisions", "", SQLITE_DIALECT).impossibleDays).all().length;
  console.log(`finding the ${found} days with an impossible decision alone (one pass over the decisions): ${seconds(started)}`);
  started = performance.now();
  const backend = createSqliteDecisionLogBackend(db);
  console.log(`upgrade (column added, days with an impossible decision recomputed): ${seconds(started)}`);
  started = performance.now();
  createSqliteDecisionLogBackend(db);
  console.log(`a start with nothing to upgrade, for comparison: ${seconds(started)}`);
  for (const statement of rollupSql("decisions", "", SQLITE_DIALECT).rebuildDays([Math.floor(END / 86_400_000) - 3]).slice(1, 3)) {
    const plan = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${statement}`).all();
    console.log(`plan: ${statement.slice(0, 40)}… ${plan.map((row) => row.detail).join("; ")}`);
  }
  const period = { since: Math.floor((END - days * 86_400_000) / 86_400_000) * 86_400_000, until: Math.ceil(END / 86_400_000) * 86_400_000, by: "tier" } as const;
  const figures = async (extra: object) =>
    (await backend.summarize({ ...period, ...extra })).rows.map(({ latency, ...row }) => ({
      ...Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "number" ? value.toPrecision(12) : value])),
      latency: [...latency].sort((a, b) => a[0] - b[0]),
    }));
  const [rolledUp, fromRows] = [await figures({}), await figures({ minCostUsd: -Infinity })];
  const total = rolledUp.reduce((sum, row) => sum + Number((row as Record<string, unknown>).impossible), 0);
  console.log(`rollups and rows agree after the upgrade: ${JSON.stringify(rolledUp) === JSON.stringify(fromRows)} (impossible counted: ${total})`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
