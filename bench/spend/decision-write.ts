/**
 * What making the decision record durable costs on the request path (ADR 0008), against the batched write it
 * replaced and against doing nothing, interleaved in the same run (A B C D A B C D ...):
 * - `batched` (before): `write` pushes onto a buffer; a crash loses the buffer;
 * - `durable sqlite` (the default gateway): one SQLite transaction per record before the response ends;
 * - `durable outbox` (Postgres deployments): one SQLite outbox row per record; shipping to Postgres is batched
 *   off the request path (here a memory backend stands in for Postgres, so only the outbox write is timed).
 * Records are realistic (two attempts, four candidates, quality checks); the file is on the local disk in WAL
 * mode with `synchronous = NORMAL`, as the gateway opens it.
 *
 *   npx tsx bench/spend/decision-write.ts [--requests 5000] [--warmup 500]
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { summarize, subtract, type LatencySummary } from "../gateway/stats.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function record(index: number): DecisionRecord {
  return makeDecisionRecord({
    id: `dec_${process.pid}_${index}`,
    createdAt: Date.now(),
    candidates: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "meta-llama/llama-3.3-70b-instruct", "google/gemini-2.5-flash"],
    attempts: [
      { model: "openai/gpt-5-nano", status: 429, errorType: "http", latencyMs: 41.2, reservedUsd: 0.00012 },
      { model: "mistralai/mistral-small-3.2-24b-instruct", status: 200, errorType: null, latencyMs: 812.5, reservedUsd: 0.0003 },
    ],
    qualityChecks: ["empty", "refusal"],
  });
}

interface Leg {
  name: string;
  log: DecisionLogStore;
  samples: number[];
}

async function main(): Promise<void> {
  const requests = flag("requests", 5_000);
  const warmup = flag("warmup", 500);
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-write-"));
  const sqlite = openSqliteDatabase(path.join(dir, "decisions.db"));
  const outboxDb = openSqliteDatabase(path.join(dir, "outbox.db"));
  const legs: Leg[] = [
    { name: "batched (before: lost on kill -9)", log: createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(path.join(dir, "batched.db"))) }), samples: [] },
    { name: "durable sqlite (default)", log: createDecisionLog({ backend: createSqliteDecisionLogBackend(sqlite), durable: true }), samples: [] },
    { name: "durable outbox (postgres)", log: createDecisionLog({ backend: createMemoryDecisionLogBackend(), durable: true, outbox: createSqliteDecisionOutbox(outboxDb) }), samples: [] },
  ];
  const none: number[] = [];
  for (let i = 0; i < warmup + requests; i += 1) {
    const measured = i >= warmup;
    const started = performance.now();
    await Promise.resolve();
    if (measured) none.push(performance.now() - started);
    for (const [index, leg] of legs.entries()) {
      const next = record(i * legs.length + index);
      const begin = performance.now();
      leg.log.write(next);
      await Promise.resolve();
      if (measured) leg.samples.push(performance.now() - begin);
    }
  }
  for (const leg of legs) await leg.log.close();
  sqlite.close();
  outboxDb.close();
  rmSync(dir, { recursive: true, force: true });
  const baseline = summarize(none);
  const rows = legs.map((leg) => ({ leg: leg.name, total: summarize(leg.samples), added: subtract(summarize(leg.samples), baseline) }));
  const result = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, requests, warmup, baseline, rows };
  const out = path.join(REPO_ROOT, "bench/results", `decision-write-${result.date.replaceAll(":", "-").slice(0, 19)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${render(rows, baseline, requests)}\nwritten ${path.relative(REPO_ROOT, out)}\n`);
}

function render(rows: { leg: string; added: LatencySummary }[], base: LatencySummary, requests: number): string {
  const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
  const first = rows[0]?.added.p50 ?? 0;
  return [
    "| decision-log write | p50 added | p90 added | p99 added | p50 vs batched |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.leg} | ${us(r.added.p50)} | ${us(r.added.p90)} | ${us(r.added.p99)} | +${us(r.added.p50 - first)} |`),
    "",
    `baseline (await of nothing) p50 ${us(base.p50)}; ${requests} writes per leg, interleaved.`,
  ].join("\n");
}

await main();
