/**
 * Spend-control overhead, in process: what reserve + settle + decision-log write add to one request, against
 * doing nothing, interleaved in the same run (A B A B ...). Stores: SQLite file (the default), memory, and Redis
 * when reachable. The decision log is durable, as the gateway runs it (ADR 0008): the record is committed to
 * SQLite inside the timed request. The batched flush (200-record SQLite transactions, as the library log writes)
 * is reported apart.
 *
 *   npx tsx bench/spend/run.ts [--requests 5000] [--warmup 500]
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { summarize, subtract, type LatencySummary } from "../gateway/stats.js";
import { createSpendGuard, type BudgetGuard } from "../../src/budget/create-spend-guard.js";
import type { Ledger } from "../../src/budget/ledger.js";
import type { BudgetConfig } from "../../src/config/config-schema.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogBackend, DecisionLogStore } from "../../src/log/decision-log-store.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteLedger } from "../../src/storage/sqlite/sqlite-ledger.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Four budgets apply to every request: the realistic worst case (global, key, task, tier). */
const BUDGETS: BudgetConfig[] = [
  { scope: "global", window: "day", limit_usd: 1e6 },
  { scope: "key", window: "month", limit_usd: 1e6 },
  { scope: "task", window: "day", limit_usd: 1e6 },
  { scope: "tier", window: "day", limit_usd: 1e6 },
];
const SCOPE = { keyId: "key_bench", keyName: "bench", task: "chat", tier: "budget" };

interface Leg {
  name: string;
  guard: BudgetGuard;
  log: DecisionLogStore;
  backend: DecisionLogBackend;
  samples: number[];
  close(): Promise<void>;
}

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function leg(name: string, ledger: Ledger, backend: DecisionLogBackend, close: () => Promise<void>): Leg {
  const guard = createSpendGuard({ ledger, budgets: BUDGETS, clock: { now: () => Date.now() } });
  // Durable, as the gateway writes (ADR 0008): the record is on disk before the request ends.
  const log = createDecisionLog({ backend, durable: true });
  return { name, guard, log, backend, samples: [], close: async () => { await log.close(); await close(); } };
}

async function openLegs(dir: string): Promise<Leg[]> {
  const db = openSqliteDatabase(path.join(dir, "bench.db"));
  const legs = [
    leg("sqlite (file, WAL)", createSqliteLedger(db), createSqliteDecisionLogBackend(db), async () => {
      db.close();
    }),
    leg("memory", createMemoryLedger(), createMemoryDecisionLogBackend(), async () => {}),
  ];
  try {
    const { Redis } = await import("ioredis");
    const redis = new Redis(process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 500 });
    await redis.connect();
    const { createRedisLedger } = await import("../../src/storage/redis/redis-ledger.js");
    const prefix = `{sy-bench-${process.pid}}:`;
    legs.push(leg("redis ledger + sqlite log", createRedisLedger(redis, { prefix }), createSqliteDecisionLogBackend(db), async () => {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }));
  } catch {
    process.stderr.write("Redis not reachable: skipping the Redis leg.\n");
  }
  return legs;
}

async function oneRequest(target: Leg, index: number): Promise<number> {
  const started = performance.now();
  const reservation = await target.guard.reserve({ requestId: `b${index}`, scope: SCOPE, amountUsd: 0.0012 });
  await target.guard.settle(reservation, 0.0004);
  target.log.write(makeDecisionRecord({ createdAt: Date.now() }));
  return performance.now() - started;
}

async function baseline(): Promise<number> {
  const started = performance.now();
  await Promise.resolve();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const requests = flag("requests", 5_000);
  const warmup = flag("warmup", 500);
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-spend-"));
  const legs = await openLegs(dir);
  const none: number[] = [];
  for (let i = 0; i < warmup + requests; i += 1) {
    const measured = i >= warmup;
    const base = await baseline();
    if (measured) none.push(base);
    for (const target of legs) {
      const ms = await oneRequest(target, i);
      if (measured) target.samples.push(ms);
    }
  }
  const flushPerRecordMs = await measureFlush();
  const baselineSummary = summarize(none);
  const rows = legs.map((target) => ({ leg: target.name, total: summarize(target.samples), added: subtract(summarize(target.samples), baselineSummary) }));
  for (const target of [...legs].reverse()) await target.close(); // the Redis leg shares the SQLite file: close it first
  rmSync(dir, { recursive: true, force: true });

  const result = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, requests, warmup, budgetsPerRequest: BUDGETS.length, baseline: baselineSummary, rows, flushPerRecordMs };
  const out = path.join(REPO_ROOT, "bench/results", `spend-${result.date.replaceAll(":", "-").slice(0, 19)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${render(result.rows, baselineSummary, flushPerRecordMs, requests)}\nwritten ${path.relative(REPO_ROOT, out)}\n`);
}

/** The batched flush, off the request path: milliseconds per record for 200-record transactions on a file. */
async function measureFlush(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-flush-"));
  const db = openSqliteDatabase(path.join(dir, "flush.db"));
  const backend = createSqliteDecisionLogBackend(db);
  const batches = 25;
  let elapsed = 0;
  for (let b = 0; b < batches; b += 1) {
    const batch = Array.from({ length: 200 }, () => makeDecisionRecord({ createdAt: Date.now() }));
    const started = performance.now();
    await backend.insertMany(batch);
    elapsed += performance.now() - started;
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return elapsed / (batches * 200);
}

function render(rows: { leg: string; total: LatencySummary; added: LatencySummary }[], base: LatencySummary, flushMs: number, requests: number): string {
  const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
  const lines = [
    `| store | p50 added | p90 added | p99 added | p50 total |`,
    `|---|---|---|---|---|`,
    ...rows.map((r) => `| ${r.leg} | ${us(r.added.p50)} | ${us(r.added.p90)} | ${us(r.added.p99)} | ${us(r.total.p50)} |`),
  ];
  return `${lines.join("\n")}\n\nbaseline (await of nothing) p50 ${us(base.p50)}; ${requests} requests per leg, interleaved; ${BUDGETS.length} budgets per request.\nbatched log flush (off the request path): ${us(flushMs)} per record in 200-record transactions.`;
}

await main();
