/**
 * The gateway app with its admin API over a seeded decision log, for the report benchmark, and the timer.
 * @module
 */
import { performance } from "node:perf_hooks";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { defaultConfig, parseConfig } from "../../src/config/parse-config.js";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogBackend } from "../../src/log/decision-log-store.js";
import { buildExperimentReport, experimentNames } from "../../src/log/experiment-report.js";
import { experimentArmsOfRecords } from "../../src/log/query-records.js";
import { premiumReferenceModel } from "../../src/log/premium-reference-model.js";
import { InMemoryCircuitBreaker } from "../../src/routing/fallback/circuit-breaker.js";
import { createInMemoryLatencyTracker } from "../../src/routing/latency/in-memory-latency-tracker.js";
import { createApp } from "../../src/server/create-app.js";
import { registerAdminRoutes } from "../../src/server/routes/admin-routes.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import type { UpstreamClient } from "../../src/upstream/upstream-client.js";

const ADMIN = "bench-admin-key";
const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

/** Median and max of `repeat` timed calls after one warm-up call. */
export async function timeCall(call: () => Promise<unknown>, repeat: number): Promise<{ medianMs: number; maxMs: number; samplesMs: number[] }> {
  await call();
  const samplesMs: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const started = performance.now();
    await call();
    samplesMs.push(performance.now() - started);
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, maxMs: sorted.at(-1) ?? NaN, samplesMs };
}

/** The app over `backend`, its clock fixed at `now`. */
export async function benchApp(backend: DecisionLogBackend, now: number) {
  const clock = { now: () => now };
  const config = parseConfig({ budgets: [{ scope: "global", window: "day", limit_usd: 50 }, { scope: "global", window: "month", limit_usd: 1000 }] });
  const catalog = builtinCatalog();
  const decisions = createDecisionLog({ backend });
  const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets: config.budgets, clock });
  const app = await createApp({
    config: defaultConfig(),
    catalog,
    upstream: unusedUpstream,
    clock,
    plugins: [
      (a) =>
        registerAdminRoutes(a, {
          adminKey: ADMIN,
          decisions,
          keys: createMemoryKeyStore(),
          spendGuard,
          premiumModel: () => premiumReferenceModel(config, catalog),
          clock,
          breaker: new InMemoryCircuitBreaker({ failures: 5, windowMs: 60_000, cooldownMs: 30_000 }, clock),
          latency: createInMemoryLatencyTracker(),
        }),
    ],
  });
  const get = async (url: string): Promise<Record<string, unknown>> => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${ADMIN}` } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response.json<Record<string, unknown>>();
  };
  return {
    get,
    /** Follows `next_cursor` and returns the cursor that opens page `page` (1-based). */
    async cursorOfPage(url: string, page: number): Promise<string> {
      let cursor = "";
      for (let index = 1; index < page; index += 1) {
        const body = await get(cursor ? `${url}&cursor=${cursor}` : url);
        if (typeof body.next_cursor !== "string") throw new Error(`${url}: only ${index} pages`);
        cursor = body.next_cursor;
      }
      return cursor;
    },
    /** The pre-SQL experiment report: read the newest `limit` records of 60 days and sum them in JavaScript. */
    async experimentReportsInJs(limit: number): Promise<void> {
      const since = now - 60 * 86_400_000;
      const records = (await decisions.list({ since, until: now + 1, limit })).filter((record) => record.experiment !== null);
      const arms = experimentArmsOfRecords(records);
      for (const name of experimentNames(arms, [])) buildExperimentReport({ experiment: name, arms, since, until: now });
    },
    async close(): Promise<void> {
      await app.close();
      await decisions.flush();
    },
  };
}
