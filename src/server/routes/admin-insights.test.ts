/**
 * The dashboard's admin API over a real SQLite decision log: /api/overview agrees with /api/report, the
 * time series and model stats, and /api/decisions filters and pages with a cursor.
 */
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { defaultConfig } from "../../config/parse-config.js";
import type { SpendReport } from "../../log/build-report.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import type { DecisionRecord } from "../../log/decision-record.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { premiumReferenceModel } from "../../log/premium-reference-model.js";
import { InMemoryCircuitBreaker } from "../../routing/fallback/circuit-breaker.js";
import { createInMemoryLatencyTracker } from "../../routing/latency/in-memory-latency-tracker.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { openSqliteDatabase } from "../../storage/sqlite/open-sqlite-database.js";
import { createSqliteDecisionLogBackend } from "../../storage/sqlite/sqlite-decision-log.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { registerAdminRoutes } from "./admin-routes.js";

const ADMIN = "admin-key-for-insights";
const NOW = Date.UTC(2026, 10, 15, 14, 30);
const unusedUpstream: UpstreamClient = {
  chatCompletions: () => Promise.reject(new Error("not called")),
  listModels: () => Promise.reject(new Error("not called")),
  close: async () => {},
};

async function startAdmin(records: DecisionRecord[]) {
  const clock = { now: () => NOW };
  const config = defaultConfig();
  const catalog = builtinCatalog();
  const decisions = createDecisionLog({ backend: createSqliteDecisionLogBackend(openSqliteDatabase(":memory:"), { closeDatabase: true }) });
  for (const record of records) decisions.write(record);
  const breaker = new InMemoryCircuitBreaker({ failures: 2, windowMs: 60_000, cooldownMs: 30_000 }, clock);
  breaker.record("b/two", "failure");
  breaker.record("b/two", "failure");
  const latency = createInMemoryLatencyTracker();
  latency.observe("a/one", { ttftMs: 200, durationMs: 1200, outputTokens: 100, whole: false });
  const app = await createApp({
    config,
    catalog,
    upstream: unusedUpstream,
    clock,
    plugins: [
      (a) =>
        registerAdminRoutes(a, { adminKey: ADMIN, decisions, keys: createMemoryKeyStore(), premiumModel: () => premiumReferenceModel(config, catalog), clock, breaker, latency, knownModels: () => ["z/idle"] }),
    ],
  });
  const get = async <T>(url: string): Promise<{ status: number; body: T }> => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${ADMIN}` } });
    return { status: response.statusCode, body: response.json<T>() };
  };
  return { app, get, close: async () => (await app.close(), await decisions.close()) };
}

const traffic = (): DecisionRecord[] => [
  makeDecisionRecord({ id: "d_today_1", createdAt: NOW - 60_000, tier: "budget", model: "a/one", costUsd: 0.002, latencyMs: 300, escalatedTo: "premium", attempts: [{ model: "a/one", status: 200, errorType: null, latencyMs: 290 }] }),
  makeDecisionRecord({ id: "d_today_2", createdAt: NOW - 120_000, tier: "premium", model: "b/two", costUsd: 0.01, latencyMs: 900, attempts: [{ model: "b/two", status: 503, errorType: "http", latencyMs: 5 }, { model: "b/two", status: 200, errorType: null, latencyMs: 9 }] }),
  makeDecisionRecord({ id: "d_today_3", createdAt: NOW - 180_000, tier: "budget", model: null, outcome: "failed", status: 502, costUsd: 0, attempts: [{ model: "a/one", status: 500, errorType: "http", latencyMs: 5 }] }),
  makeDecisionRecord({ id: "d_month", createdAt: Date.UTC(2026, 10, 2, 9), tier: "budget", model: "a/one", costUsd: 0.004, keyId: "key_1" }),
  makeDecisionRecord({ id: "d_last_month", createdAt: Date.UTC(2026, 9, 30, 9), tier: "budget", model: "a/one", costUsd: 1 }),
];

describe("dashboard admin API", () => {
  it("answers the overview with today and this month, consistent with /api/report", async () => {
    const admin = await startAdmin(traffic());
    const { status, body: overview } = await admin.get<{ today: Record<string, number>; month: Record<string, number>; budgets: unknown[]; hourly: { points: { t: number; group: string; requests: number }[] }; daily: { points: { requests: number }[] } }>("/api/overview");
    expect(status).toBe(200);
    expect(overview.today).toMatchObject({ requests: 3, served: 2, failed: 1, escalations: 1, latency_p50_ms: 300, latency_p95_ms: 900 });
    expect(overview.today.escalation_rate).toBeCloseTo(1 / 3, 9);
    expect(overview.today.error_rate).toBeCloseTo(1 / 3, 9);
    expect(overview.month).toMatchObject({ requests: 4 });
    expect(overview.month.cost_usd).toBeCloseTo(0.016, 9);
    const dayStart = Date.UTC(2026, 10, 15);
    const report = (await admin.get<SpendReport>(`/api/report?since=${dayStart}&by=tier`)).body;
    for (const field of ["requests", "served", "failed", "cost_usd", "premium_equivalent_usd", "savings_usd", "latency_p50_ms", "latency_p95_ms", "escalations"] as const) {
      expect(overview.today[field], field).toBeCloseTo(report.total[field] ?? NaN, 9);
    }
    expect(report.rows.map((r) => r.group)).toEqual(["budget", "premium"]);
    expect(overview.hourly.points.map((p) => [p.t, p.group, p.requests])).toEqual([[Date.UTC(2026, 10, 15, 14), "budget", 2], [Date.UTC(2026, 10, 15, 14), "premium", 1]]);
    expect(overview.daily.points.reduce((sum, p) => sum + p.requests, 0)).toBe(5);
    expect(overview.budgets).toEqual([]);
    await admin.close();
  });

  it("leaves the series out of the overview with series=none (the dashboard reads its charts elsewhere), the rest the same", async () => {
    const admin = await startAdmin(traffic());
    const full = (await admin.get<Record<string, unknown>>("/api/overview")).body;
    const { status, body: lean } = await admin.get<Record<string, unknown>>("/api/overview?series=none");
    expect(status).toBe(200);
    expect(Object.keys(lean).sort()).toEqual(["budgets", "budgets_error", "generated_at", "month", "premium_model", "today"]);
    const { hourly: _hourly, daily: _daily, ...rest } = full;
    expect(lean).toEqual(rest);
    expect((await admin.get("/api/overview?series=some")).status).toBe(400);
    await admin.close();
  });

  it("serves time series per bucket and stack, and model stats with breaker state and latency estimates", async () => {
    const admin = await startAdmin(traffic());
    const series = (await admin.get<{ bucket: string; by: string; points: { t: number; group: string; requests: number; cost_usd: number }[] }>("/api/report/timeseries?since=60d&bucket=day&by=model")).body;
    expect(series).toMatchObject({ bucket: "day", by: "model" });
    expect(series.points.map((p) => [new Date(p.t).toISOString().slice(0, 10), p.group, p.requests])).toEqual([
      ["2026-10-30", "a/one", 1],
      ["2026-11-02", "a/one", 1],
      ["2026-11-15", "(none)", 1],
      ["2026-11-15", "a/one", 1],
      ["2026-11-15", "b/two", 1],
    ]);
    expect((await admin.get("/api/report/timeseries?bucket=week")).status).toBe(400);
    const stats = (await admin.get<{ data: Record<string, unknown>[] }>("/api/models/stats?since=24h")).body.data;
    expect(stats.map((s) => s.model)).toEqual(["a/one", "b/two", "z/idle"]);
    expect(stats[0]).toMatchObject({ requests: 1, share: 0.5, attempts: 2, errors: 1, error_rate: 0.5, ttft_ms: 200, tokens_per_second: 100, breaker: { state: "closed", open_until: null } });
    expect(stats[1]).toMatchObject({ requests: 1, attempts: 2, errors: 1, breaker: { state: "open", open_until: NOW + 30_000 } });
    expect(stats[2]).toMatchObject({ requests: 0, share: 0, ttft_ms: null, breaker: { state: "closed" } });
    await admin.close();
  });

  it("counts a candidate skipped without a call (budget, open circuit) as skipped, not as the model's error", async () => {
    // Journey 5 / 2: a key out of budget gets 402s whose attempt lists skip every premium model; the Models page
    // then read "97% errors" for models that never failed a call.
    const skip = (model: string, errorType: string) => ({ model, status: 0, errorType, latencyMs: 0 });
    const records = [
      makeDecisionRecord({ id: "served", createdAt: NOW - 60_000, model: "p/one", costUsd: 0.01, attempts: [{ model: "p/one", status: 200, errorType: null, latencyMs: 9 }] }),
      makeDecisionRecord({ id: "failed_once", createdAt: NOW - 50_000, model: "p/one", costUsd: 0.01, attempts: [{ model: "p/one", status: 503, errorType: "http", latencyMs: 5 }, { model: "p/one", status: 200, errorType: null, latencyMs: 9 }] }),
      ...Array.from({ length: 8 }, (_, i) =>
        makeDecisionRecord({ id: `refused_${i}`, createdAt: NOW - 40_000 + i, model: null, outcome: "refused", status: 402, costUsd: 0, attempts: [skip("p/one", "budget_exceeded"), skip("p/two", i % 2 ? "circuit_open" : "budget_exceeded")] }),
      ),
    ];
    const admin = await startAdmin(records);
    const stats = (await admin.get<{ data: Record<string, unknown>[] }>("/api/models/stats?since=24h")).body.data;
    const one = stats.find((row) => row.model === "p/one");
    expect(one).toMatchObject({ requests: 2, attempts: 11, errors: 1, skipped: 8 });
    expect(one?.error_rate).toBeCloseTo(1 / 3, 9); // one failed call of three calls made
    expect(stats.find((row) => row.model === "p/two")).toMatchObject({ attempts: 8, errors: 0, skipped: 8, error_rate: 0 });
    await admin.close();
  });

  it("lists a model that was called but answered nothing (an outage) before the idle ones, not among them by name", async () => {
    // During an outage every request fails: no model has requests, so the list fell back to names and the one model
    // with 20 calls and 20 errors sat between a dozen idle ones on the Models page.
    const fail = (id: string) => makeDecisionRecord({ id, createdAt: NOW - 60_000, model: null, outcome: "failed", status: 502, costUsd: 0, attempts: [{ model: "zz/down", status: 502, errorType: "http", latencyMs: 5 }] });
    const admin = await startAdmin([fail("f1"), fail("f2"), makeDecisionRecord({ id: "ok", createdAt: NOW - 30_000, model: "m/serving", attempts: [{ model: "m/serving", status: 200, errorType: null, latencyMs: 9 }] })]);
    const stats = (await admin.get<{ data: Record<string, unknown>[] }>("/api/models/stats?since=24h")).body.data;
    expect(stats.map((row) => row.model)).toEqual(["m/serving", "zz/down", "z/idle"]);
    expect(stats[1]).toMatchObject({ requests: 0, attempts: 2, errors: 2 });
    await admin.close();
  });

  it("filters decisions and pages through them with a cursor; bad filters get a clear 400", async () => {
    const records = Array.from({ length: 25 }, (_, i) =>
      makeDecisionRecord({ id: `d_${String(i).padStart(2, "0")}`, createdAt: NOW - Math.floor(i / 3) * 1000, tier: i % 2 ? "premium" : "budget", costUsd: i * 0.001, experiment: i % 5 === 0 ? "exp" : null, arm: "control" }),
    );
    const admin = await startAdmin(records);
    type Page = { object: string; data: DecisionRecord[]; next_cursor: string | null };
    const ids: string[] = [];
    let url = "/api/decisions?tier=premium&min_cost_usd=0.004&limit=4";
    for (;;) {
      const page = (await admin.get<Page>(url)).body;
      ids.push(...page.data.map((d) => d.id));
      if (!page.next_cursor) break;
      url = `/api/decisions?tier=premium&min_cost_usd=0.004&limit=4&cursor=${page.next_cursor}`;
    }
    const expected = records.filter((r) => r.tier === "premium" && r.costUsd >= 0.004).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect((await admin.get<Page>("/api/decisions?experiment=exp&status=served")).body.data.map((d) => d.id)).toEqual(["d_00", "d_05", "d_10", "d_15", "d_20"]);
    expect((await admin.get<Page>(`/api/decisions?since=${NOW - 2000}&until=${NOW - 999}`)).body.data.map((d) => d.id)).toEqual(["d_05", "d_04", "d_03", "d_08", "d_07", "d_06"]);
    const forged = (value: unknown) => `cursor=${Buffer.from(JSON.stringify(value)).toString("base64url")}`;
    for (const bad of ["status=ok", "min_cost_usd=-1", "cursor=nope", "since=yesterday", "limit=0", forged([1e300, "d_01"]), forged([1.5, "d_01"])]) {
      const response = await admin.get<{ error: { type: string; param: string } }>(`/api/decisions?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error.type).toBe("invalid_request_error");
    }
    await admin.close();
  });
});
