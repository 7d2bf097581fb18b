/**
 * `GET /api/report?by=experiment` over a 1,000,000-decision SQLite log spread over 90 days, and what opening a log
 * file written by an older version costs (the rollups' migration runs when the backend opens it).
 *
 *   npx tsx bench/report/experiment-rollup.ts --db /tmp/log.db [--rows 1000000] [--days 90] [--repeat 5]
 *
 * Without the file, it is seeded first (bulk load without the rollup triggers, then the rollups rebuilt as a
 * migration does) and kept, so the same file can be opened again by another build: run once on the old build to
 * seed and time it, copy the file, run the new build on the copy to time the migration and the report.
 * Same-run baseline: the raw GROUP BY over the decisions (summary and served-latency histogram statements).
 * @module
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { benchApp, timeCall } from "./bench-app.js";
import { loadSqlite, syntheticDecisions } from "./seed.js";
import { decisionSql } from "../../src/storage/decision-sql.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { SQLITE_DIALECT, SQLITE_ROLLUP_TRIGGERS, createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";

const END = Date.UTC(2026, 10, 14, 15, 0);

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const file = flag("db", "");
if (!file) throw new Error("--db <file> is required");
const rows = Number(flag("rows", "1000000"));
const days = Number(flag("days", "90"));
const repeat = Number(flag("repeat", "5"));

const db = openSqliteDatabase(file);
if (!existsSync(`${file}.seeded`)) {
  const started = performance.now();
  createSqliteDecisionLogBackend(db);
  for (const trigger of SQLITE_ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${trigger}`);
  loadSqlite(db, syntheticDecisions(rows, END, days));
  db.exec("ANALYZE");
  console.log(`seeded ${rows} rows over ${days} days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const opened = performance.now();
const backend = createSqliteDecisionLogBackend(db);
console.log(`open (with any rollup migration): ${((performance.now() - opened) / 1000).toFixed(2)} s`);
db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
await import("node:fs").then((fs) => fs.writeFileSync(`${file}.seeded`, ""));

const app = await benchApp(backend, END);
const sql = decisionSql("decisions", SQLITE_DIALECT);
const filter = { since: END - days * 86_400_000, until: END + 1 };
const raw = async (): Promise<number> => {
  const sums = db.prepare(sql.summary(filter, "experiment").text).all(...sql.summary(filter, "experiment").values);
  const latency = sql.latencyHistogram(filter, [sql.groupExpression("experiment")]);
  return sums.length + db.prepare(latency.text).all(...latency.values).length;
};
for (const [label, call] of [
  [`GET /api/report?since=${days}d&by=experiment`, () => app.get(`/api/report?since=${days}d&by=experiment`)],
  [`GET /api/report?since=${days}d&by=tier`, () => app.get(`/api/report?since=${days}d&by=tier`)],
  ["baseline: raw GROUP BY experiment (summary + latency histogram)", raw],
] as const) {
  const result = await timeCall(call, repeat);
  console.log(`${label.padEnd(64)} median ${result.medianMs.toFixed(1).padStart(8)} ms  max ${result.maxMs.toFixed(1).padStart(8)} ms`);
}
// The rollups' answer against the rows' own (any filter besides the period sends the query to the decisions table):
// every count and histogram bucket exactly, sums of floats to 12 significant digits (added in another order).
const figures = async (extra: object) =>
  (await backend.summarize({ ...filter, ...extra, by: "experiment" })).rows.map(({ latency, ...row }) => ({
    ...Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "number" ? value.toPrecision(12) : value])),
    latency: [...latency].sort((a, b) => a[0] - b[0]),
  }));
const [rolledUp, fromRows] = [await figures({}), await figures({ minCostUsd: 0 })];
console.log(`rollups and rows agree on every experiment arm: ${JSON.stringify(rolledUp) === JSON.stringify(fromRows)} (${rolledUp.length} groups)`);
await app.close();
db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
db.close();
