/**
 * The in-flight markers at the gateway level (ADR 0008, requests in flight): two gateways (`createApp`, real HTTP,
 * SQLite file ledger with a global budget and the durable decision log, the simulator upstream) that differ only in
 * marking requests in flight, called in turn (A B A B ...) with the same non-streaming explicit-model request, one at
 * a time (each request alone in its turns: the marker's own transaction every time, the costliest case). Prints p50
 * latency and the process CPU spent inside each leg's calls, and the ratios.
 *
 *   npx tsx bench/spend/in-flight-gateway.ts [--requests 3000] [--warmup 300]
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { summarize, type LatencySummary } from "../gateway/stats.js";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { createInFlightMarks } from "../../src/log/in-flight.js";
import { createApp } from "../../src/server/create-app.js";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../src/storage/sqlite/sqlite-decision-log.js";
import { createSqliteDecisionOutbox } from "../../src/storage/sqlite/sqlite-decision-outbox.js";
import { createSqliteInFlightStore } from "../../src/storage/sqlite/sqlite-in-flight.js";
import { createSqliteLedger } from "../../src/storage/sqlite/sqlite-ledger.js";
import { createSimulator } from "../../src/testing/simulator/index.js";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BODY = JSON.stringify({ model: "openai/gpt-5-nano", messages: [{ role: "user", content: "Say hello." }] });

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function startLeg(dir: string, name: string, marked: boolean, upstreamUrl: string) {
  const config = parseConfig({ budgets: [{ scope: "global", window: "day", limit_usd: 1e6 }] });
  const db = openSqliteDatabase(path.join(dir, `${name}.db`));
  const upstream = createUpstreamClient({ baseUrl: upstreamUrl, apiKey: "sk-or-bench", connectTimeoutMs: 1_000 });
  const outbox = createSqliteDecisionOutbox(db);
  const decisionLog = createDecisionLog({ backend: createSqliteDecisionLogBackend(db), durable: true, outbox });
  const spendGuard = createSpendGuard({ ledger: createSqliteLedger(db), budgets: config.budgets, clock: SYSTEM_CLOCK });
  const inFlight = marked ? createInFlightMarks({ store: createSqliteInFlightStore(db), owner: "bench", now: () => Date.now() }) : undefined;
  const app = await createApp({ config, catalog: builtinCatalog(), upstream, decisionLog, spendGuard, ...(inFlight ? { inFlight } : {}) });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
  const samples: number[] = [];
  const cpu = { micros: 0 };
  return {
    name,
    samples,
    cpu,
    async call(): Promise<number> {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      const response = await pool.request({ path: "/v1/chat/completions", method: "POST", headers: { "content-type": "application/json" }, body: BODY });
      await response.body.text();
      if (response.statusCode !== 200) throw new Error(`${name}: status ${response.statusCode}`);
      const used = process.cpuUsage(cpuStart);
      cpu.micros += used.user + used.system;
      return performance.now() - started;
    },
    async close() {
      await pool.close();
      await app.close();
      await decisionLog.close();
      await upstream.close();
      db.close();
    },
  };
}

async function main(): Promise<void> {
  const requests = flag("requests", 3_000);
  const warmup = flag("warmup", 300);
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-bench-in-flight-"));
  const simulator = await createSimulator({ recordCalls: false });
  const legs = [await startLeg(dir, "durable log", false, simulator.url), await startLeg(dir, "durable log + in-flight marks", true, simulator.url)];
  for (let i = 0; i < warmup + requests; i += 1) {
    if (i === warmup) for (const leg of legs) leg.cpu.micros = 0;
    for (const leg of i % 2 === 0 ? legs : [...legs].reverse()) {
      const ms = await leg.call();
      if (i >= warmup) leg.samples.push(ms);
    }
  }
  for (const leg of legs) await leg.close();
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
  const rows = legs.map((leg) => ({ leg: leg.name, latency: summarize(leg.samples), cpuPerRequestUs: leg.cpu.micros / requests }));
  const result = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, requests, warmup, rows };
  const out = path.join(REPO_ROOT, "bench/results", `in-flight-gateway-${result.date.replaceAll(":", "-").slice(0, 19)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${render(rows)}\nwritten ${path.relative(REPO_ROOT, out)}\n`);
}

function render(rows: { leg: string; latency: LatencySummary; cpuPerRequestUs: number }[]): string {
  const ms = (value: number): string => `${value.toFixed(3)} ms`;
  const base = rows[0];
  return [
    "| leg | p50 | p90 | p99 | p50 vs first leg | CPU per request (client and gateway, one process) | vs first leg |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.leg} | ${ms(r.latency.p50)} | ${ms(r.latency.p90)} | ${ms(r.latency.p99)} | ${base ? `${((r.latency.p50 - base.latency.p50) * 1000).toFixed(1)} µs (×${(r.latency.p50 / base.latency.p50).toFixed(3)})` : ""} | ${r.cpuPerRequestUs.toFixed(1)} µs | ${base ? `×${(r.cpuPerRequestUs / base.cpuPerRequestUs).toFixed(3)}` : ""} |`),
  ].join("\n");
}

await main();
