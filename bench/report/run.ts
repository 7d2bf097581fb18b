/**
 * The dashboard's data at scale: 1,000,000 decision records in SQLite (file, WAL) and in Postgres, then the
 * admin API the dashboard calls, timed end to end through the real app (`app.inject`: routing, auth, queries,
 * JSON). Goals (issue 9): the overview's data in ≤ 1 s, a filtered decisions page in ≤ 300 ms, on each store.
 *
 * Same-run baselines: a bare `SELECT COUNT(*)` (the floor of touching every row once) and the experiment
 * report the way it was built before (read up to 200,000 records into JavaScript, then sum), against today's
 * GROUP BY over all the rows.
 *
 *   npm run bench:report -- [--rows 1000000] [--stores sqlite,postgres] [--repeat 5]
 * Postgres: SWITCHYARD_BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test), in a fresh schema
 * that is dropped afterwards.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { buildReports, type Measurement, type StoreResult } from "./report.js";
import { benchApp, timeCall } from "./bench-app.js";
import { loadPostgres, loadSqlite, syntheticDecisions } from "./seed.js";
import type { DecisionLogBackend } from "../../src/log/decision-log-store.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { SQLITE_ROLLUP_TRIGGERS, createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createPostgresDecisionLogBackend } from "../../src/storage/postgres/postgres-decision-log.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The seeded period ends here (a Saturday afternoon mid-month, so "today" and "this month" both hold data). */
const END = Date.UTC(2026, 10, 14, 15, 0);
const DAYS = Number(flag("days", "60"));

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function benchStore(name: string, open: () => Promise<{ backend: DecisionLogBackend; seed: () => Promise<DecisionLogBackend>; scan: () => Promise<number>; close: () => Promise<void> }>, repeat: number): Promise<StoreResult> {
  const store = await open();
  const started = performance.now();
  const backend = await store.seed();
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`${name}: seeded in ${seedSeconds.toFixed(1)} s (bulk load without the rollup triggers, then the rollups rebuilt as a migration does)`);
  const app = await benchApp(backend, END);
  const measurements: Measurement[] = [];
  const measure = async (label: string, kind: Measurement["kind"], call: () => Promise<unknown>, times = repeat): Promise<void> => {
    const result = await timeCall(call, times);
    measurements.push({ label, kind, ...result });
    console.log(`  ${label.padEnd(58)} median ${result.medianMs.toFixed(1).padStart(8)} ms  max ${result.maxMs.toFixed(1).padStart(8)} ms`);
  };
  await measure("baseline: SELECT SUM(cost_usd) (every row once)", "baseline", store.scan);
  await measure("GET /api/overview (today, month, 48h + 60d series, budgets)", "overview", () => app.get("/api/overview"));
  await measure("GET /api/overview?series=none (today, month, budgets: what the dashboard reads)", "report", () => app.get("/api/overview?series=none"));
  await measure("GET /api/report?since=30d&by=tier", "report", () => app.get("/api/report?since=30d&by=tier"));
  await measure("GET /api/decisions?limit=50", "page", () => app.get("/api/decisions?limit=50"));
  await measure("GET /api/decisions?tier=premium&status=served&limit=50", "page", () => app.get("/api/decisions?tier=premium&status=served&limit=50"));
  await measure("GET /api/decisions?since=7d&model=openai/gpt-5&min_cost_usd=0.0005", "page", () => app.get("/api/decisions?since=7d&model=openai/gpt-5&min_cost_usd=0.0005&limit=50"));
  await measure("GET /api/decisions?status=failed&task=math (rare match)", "page", () => app.get("/api/decisions?status=failed&task=math&limit=50"));
  const deep = await app.cursorOfPage("/api/decisions?key=key_007&limit=50", 10);
  await measure("GET /api/decisions?key=key_007, page 10 (cursor)", "page", () => app.get(`/api/decisions?key=key_007&limit=50&cursor=${deep}`));
  await measure("GET /api/decisions?experiment=mini-chat&min_cost_usd=0.001", "page", () => app.get("/api/decisions?experiment=mini-chat&min_cost_usd=0.001&limit=50"));
  await measure("GET /api/models/stats?since=24h", "report", () => app.get("/api/models/stats?since=24h"));
  await measure("experiment reports, 60 days, GROUP BY (now)", "report", () => app.get("/api/experiments?since=60d"));
  // Tens of seconds a run: one timed run after the warm-up is enough to compare.
  await measure("baseline: experiment reports as before (200k rows into JS)", "baseline", () => app.experimentReportsInJs(200_000), 1);
  await app.close();
  await store.close();
  return { store: name, rows: Number(flag("rows", "1000000")), seedSeconds, measurements };
}

async function main(): Promise<void> {
  const rows = Number(flag("rows", "1000000"));
  const repeat = Number(flag("repeat", "5"));
  const stores = flag("stores", "sqlite,postgres").split(",");
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-report-bench-"));
  const results: StoreResult[] = [];
  try {
    if (stores.includes("sqlite")) {
      results.push(
        await benchStore("SQLite (file, WAL)", async () => {
          const db = openSqliteDatabase(path.join(dir, "bench.db"));
          const backend = createSqliteDecisionLogBackend(db);
          return {
            backend,
            seed: async () => {
              for (const trigger of SQLITE_ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${trigger}`);
              loadSqlite(db, syntheticDecisions(rows, END, DAYS));
              db.exec("ANALYZE");
              return createSqliteDecisionLogBackend(db);
            },
            scan: async () => (db.prepare("SELECT SUM(cost_usd) AS n FROM decisions").get() as { n: number }).n,
            close: async () => void db.close(),
          };
        }, repeat),
      );
    }
    if (stores.includes("postgres")) {
      const pool = new pg.Pool({ connectionString: process.env.SWITCHYARD_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", max: 6 });
      const schema = `sy_bench_report_${process.pid}`;
      try {
        results.push(
          await benchStore("Postgres", async () => {
            const backend = await createPostgresDecisionLogBackend(pool, { schema });
            return {
              backend,
              seed: async () => {
                await pool.query(`DROP TRIGGER decisions_rollup ON "${schema}".decisions`);
                await loadPostgres(pool, `"${schema}".decisions`, syntheticDecisions(rows, END, DAYS));
                await pool.query(`VACUUM ANALYZE "${schema}".decisions`);
                return createPostgresDecisionLogBackend(pool, { schema });
              },
              scan: async () => Number((await pool.query<{ n: string }>(`SELECT SUM(cost_usd) AS n FROM "${schema}".decisions`)).rows[0]?.n),
              close: async () => {},
            };
          }, repeat),
        );
      } finally {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { text, json } = buildReports(results, { cpus: cpus().length, node: process.version, date: new Date().toISOString(), repeat });
  console.log(`\n${text}`);
  mkdirSync(path.join(REPO_ROOT, "bench/results"), { recursive: true });
  const file = path.join(REPO_ROOT, `bench/results/report-${Date.now()}.json`);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`JSON: ${path.relative(REPO_ROOT, file)}`);
}

await main();
