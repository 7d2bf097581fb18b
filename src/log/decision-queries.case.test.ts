/**
 * The report queries every decision log backend must answer exactly as the JavaScript reference does
 * (summarize-records.ts, query-records.ts): summaries with filters and latency histograms, time series, model
 * usage, experiment arms and keyset pages. Run by `runDecisionLogContract` for memory, SQLite and Postgres.
 * @module
 */
import { afterEach, describe, expect, it } from "vitest";
import { createDecisionLog } from "./create-decision-log.js";
import { runExperimentRollupContract } from "./experiment-rollup.case.test.js";
import { REPORT_DIMENSIONS, type DecisionFilter, type DecisionLogBackend, type DecisionLogStore } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { histogramPercentile } from "./latency-histogram.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { experimentArmsOfRecords, modelUsageOfRecords, timeseriesOfRecords } from "./query-records.js";
import { matchesFilter, summarizeRecords } from "./summarize-records.js";

const BASE = Date.UTC(2026, 6, 10, 22, 30);
const MODELS = ["a/one", "b/two", "c/three"];

/** 150 varied decisions over three UTC days, some sharing a timestamp (pages must break ties by id). */
function seedRecords(): DecisionRecord[] {
  return Array.from({ length: 150 }, (_, i) => {
    const refused = i % 11 === 10;
    const failed = !refused && i % 13 === 0;
    const model = refused || failed ? null : (MODELS[i % 3] ?? null);
    return makeDecisionRecord({
      id: `dq_${String(i).padStart(4, "0")}`,
      createdAt: BASE + Math.floor(i / 2) * 17 * 60_000,
      keyId: i % 4 === 0 ? null : `key_${i % 4}`,
      task: ["chat", "math", "code_generation"][i % 3] ?? "chat",
      tier: ["budget", "standard", "premium"][i % 5 === 0 ? 2 : i % 2] ?? "budget",
      model,
      attempts: [
        ...(i % 6 === 0 ? [{ model: "c/three", status: 503, errorType: "http", latencyMs: 40 }] : []),
        ...(i % 7 === 0 ? [{ model: "b/two", status: 0, errorType: i % 2 ? "budget_exceeded" : "circuit_open", latencyMs: 0 }] : []),
        ...(i % 10 === 5 ? [{ model: "a/one", status: 200, errorType: "client_gone", latencyMs: 30 }] : []),
        ...(model ? [{ model, status: 200, errorType: null, latencyMs: 90 }] : []),
      ],
      outcome: refused ? "refused" : failed ? "failed" : "served",
      experiment: i % 3 === 0 ? "exp1" : i % 7 === 0 ? "exp2" : null,
      arm: i % 2 === 0 ? "control" : "variant",
      // Units of several requests each, and some requests that were their own unit (no digest).
      experimentUnit: i % 3 === 0 || i % 7 === 0 ? (i % 10 === 0 ? null : `unit_${i % 8}`) : null,
      costUsd: refused ? 0 : 0.000137 * ((i % 17) + 1),
      estimatedCostUsd: 0.0005 * ((i % 9) + 1),
      inputTokens: 13 * i,
      outputTokens: 5 * i,
      latencyMs: 95.5 + ((i * 37) % 1500),
      escalatedTo: i % 9 === 4 ? "premium" : null,
      feedbackScore: i % 5 === 1 ? (i % 3) / 2 : null,
      judgeCostUsd: i % 4 === 1 ? 0.000011 * ((i % 7) + 1) : null,
    });
  });
}

const FILTERS: DecisionFilter[] = [
  {},
  { since: BASE + 3_600_000, until: BASE + 30 * 3_600_000 },
  { tier: "premium" },
  { task: "math", outcome: "served" },
  { keyId: "key_2", minCostUsd: 0.0008 },
  { model: "b/two" },
  { experiment: "exp1" },
];

/** Runs the query contract; `create` gives a fresh, empty backend. */
export function runDecisionQueriesContract({ create }: { create(): Promise<DecisionLogBackend> }): void {
  runExperimentRollupContract({ create });
  let log: DecisionLogStore | undefined;
  afterEach(async () => {
    await log?.close();
    log = undefined;
  });

  const seeded = async (): Promise<{ store: DecisionLogStore; records: DecisionRecord[] }> => {
    const store = (log = createDecisionLog({ backend: await create() }));
    const records = seedRecords();
    for (const record of records) store.write(record);
    store.write(makeDecisionRecord({ id: "dq_outside", createdAt: BASE - 10 * 86_400_000 }));
    return { store, records };
  };
  const select = (records: DecisionRecord[], filter: DecisionFilter) => records.filter((r) => matchesFilter(r, { since: BASE, ...filter }));

  describe("report queries", () => {
    it("computes a tiny period's figures by hand: escalations and nearest-rank latency percentiles", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const latencies = [100, 200, 300, 400, 5000];
      latencies.forEach((latencyMs, i) => store.write(makeDecisionRecord({ createdAt: BASE + i, latencyMs, escalatedTo: i === 0 ? "premium" : null })));
      store.write(makeDecisionRecord({ createdAt: BASE, latencyMs: 0, outcome: "refused", model: null }));
      const [row] = (await store.summarize({ since: BASE, by: "tier" })).rows;
      expect(row).toMatchObject({ requests: 6, served: 5, refused: 1, escalations: 1 });
      expect(histogramPercentile(row?.latency ?? new Map(), 0.5)).toBe(300);
      expect(histogramPercentile(row?.latency ?? new Map(), 0.95)).toBe(5000);
    });

    it("counts records with an impossible measure and leaves their measures out, from the decisions and the daily rollups", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const day = Date.UTC(2026, 6, 10);
      const good = makeDecisionRecord({ createdAt: day + 3_600_000, costUsd: 0.5, estimatedCostUsd: 1, inputTokens: 100, outputTokens: 10, latencyMs: 200 });
      // A store edited by hand, a bug: each summed in made the period's spend, tokens or latency nonsense.
      const impossible = [{ costUsd: -1e6 }, { latencyMs: Number.POSITIVE_INFINITY }, { costUsd: Number.NaN }, { inputTokens: -40 }, { judgeCostUsd: -1 }, { estimatedCostUsd: Number.NEGATIVE_INFINITY }];
      const records = impossible.map((fields, i) => makeDecisionRecord({ createdAt: day + 7_200_000 + i, costUsd: 0.25, estimatedCostUsd: 0.5, inputTokens: 7, outputTokens: 3, latencyMs: 50, ...fields }));
      for (const record of [good, ...records]) store.write(record);
      // A whole UTC day (the SQL backends answer from their rollups) and a part of it (from the decisions).
      for (const period of [{ since: day, until: day + 86_400_000 }, { since: day, until: day + 86_400_000 - 1 }]) {
        const [row] = (await store.summarize({ ...period, by: "tier" })).rows;
        expect(row, JSON.stringify(period)).toMatchObject({ requests: 7, served: 7, impossible: 6, costUsd: 0.5, estimatedCostUsd: 1, inputTokens: 100, outputTokens: 10, latencyMsSum: 200, judgeCostUsd: 0 });
        expect([...(row?.latency.values() ?? [])].reduce((sum, bucket) => sum + bucket.count, 0)).toBe(1);
      }
    });

    it("sums what was spent for a budget: every possible cost, even next to an impossible token count or latency", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const fields = [{}, { latencyMs: -5 }, { inputTokens: Number.NaN }, { outputTokens: Number.POSITIVE_INFINITY }, { judgeCostUsd: -1 }, { estimatedCostUsd: -1 }, { costUsd: -1e6 }, { costUsd: Number.NaN }, { costUsd: Number.POSITIVE_INFINITY }];
      fields.forEach((extra, i) => store.write(makeDecisionRecord({ createdAt: BASE + i, keyId: "key_spent", costUsd: 0.25, ...extra })));
      store.write(makeDecisionRecord({ createdAt: BASE, keyId: "key_other", costUsd: 4 }));
      expect((await store.spentUsd({ since: BASE, keyId: "key_spent" })).costUsd).toBeCloseTo(1.5, 12);
      expect((await store.spentUsd({ since: BASE, until: BASE + 1, keyId: "key_spent" })).costUsd).toBeCloseTo(0.25, 12);
      expect(await store.spentUsd({ since: BASE - 1, until: BASE })).toEqual({ costUsd: 0, judgeCostUsd: 0 });
    });

    it("sums what the judge spent grading the decisions apart, each but an impossible judge cost", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const judged = [0.5, 0.25, null, -1, Number.POSITIVE_INFINITY];
      judged.forEach((_, i) => store.write(makeDecisionRecord({ id: `d_judged_${String(i)}`, createdAt: BASE + i, costUsd: 1 })));
      for (const [i, judgeCostUsd] of judged.entries()) if (judgeCostUsd !== null) await store.recordJudgement(`d_judged_${String(i)}`, 0.5, judgeCostUsd);
      const spent = await store.spentUsd({ since: BASE });
      expect(spent.costUsd).toBeCloseTo(5, 12);
      expect(spent.judgeCostUsd).toBeCloseTo(0.75, 12);
      expect((await store.spentUsd({ since: BASE + 1 })).judgeCostUsd).toBeCloseTo(0.25, 12);
    });

    it("leaves an impossible record's cost out of model usage and experiment arms, as the report does", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const common = { model: "a/one", experiment: "exp9", arm: "control", experimentUnit: null };
      const good = makeDecisionRecord({ ...common, createdAt: BASE, costUsd: 0.5 });
      // A NaN or infinite cost read back as such made the model's and the arm's spend NaN or infinite (null in /api).
      const bad = [{ costUsd: Number.NaN }, { costUsd: Number.POSITIVE_INFINITY }, { costUsd: -1e6 }, { costUsd: 0.25, latencyMs: Number.NaN }];
      const records = bad.map((fields, i) => makeDecisionRecord({ ...common, createdAt: BASE + 1 + i, ...fields }));
      for (const record of [good, ...records]) store.write(record);
      const usage = (await store.modelUsage({ since: BASE })).find((row) => row.model === "a/one");
      expect(usage).toMatchObject({ requests: 5, costUsd: 0.5 });
      const [arm] = await store.experimentArms({ since: BASE });
      expect(arm).toMatchObject({ requests: 5, costSum: 0.5, costSquares: 0.25 });
      expect(arm?.clusters).toMatchObject({ units: 5, costSquares: 0.25, costByRequests: 0.5 });
      expect([...(arm?.latency.values() ?? [])].reduce((sum, bucket) => sum + bucket.count, 0)).toBe(1);
    });

    it("summarizes with filters, latency histograms included, as the reference does", async () => {
      const { store, records } = await seeded();
      for (const filter of FILTERS) {
        for (const by of REPORT_DIMENSIONS) {
          const actual = await store.summarize({ since: BASE, ...filter, by });
          const expected = summarizeRecords(select(records, filter), by);
          expect(actual.rows.map((r) => r.group), `${by} ${JSON.stringify(filter)}`).toEqual(expected.rows.map((r) => r.group));
          actual.rows.forEach((row, index) => {
            const reference = expected.rows[index];
            if (!reference) throw new Error("missing row");
            const { latency, ...sums } = reference;
            for (const [field, value] of Object.entries(sums)) {
              if (typeof value === "number") expect(row[field as keyof typeof sums], `${by} ${row.group} ${field}`).toBeCloseTo(value, 9);
            }
            expect([...row.latency.entries()].sort((a, b) => a[0] - b[0])).toEqual([...latency.entries()].sort((a, b) => a[0] - b[0]));
          });
        }
      }
    });

    it("builds hourly and daily time series per tier, model, task and key as the reference does", async () => {
      const { store, records } = await seeded();
      for (const filter of FILTERS.slice(0, 4)) {
        for (const bucket of ["hour", "day"] as const) {
          for (const by of ["tier", "model", "task", "key"] as const) {
            const actual = await store.timeseries({ since: BASE, ...filter, bucket, by });
            const expected = timeseriesOfRecords(select(records, filter), bucket, by);
            expect(actual.map((p) => [p.t, p.group, p.requests, p.served, p.refused, p.failed, p.inputTokens])).toEqual(
              expected.map((p) => [p.t, p.group, p.requests, p.served, p.refused, p.failed, p.inputTokens]),
            );
            actual.forEach((point, i) => expect(point.costUsd).toBeCloseTo(expected[i]?.costUsd ?? NaN, 9));
          }
        }
      }
      const days = await store.timeseries({ since: BASE, bucket: "day", by: "tier" });
      expect([...new Set(days.map((p) => new Date(p.t).toISOString()))]).toEqual(["2026-07-10T00:00:00.000Z", "2026-07-11T00:00:00.000Z"]);
    });

    it("counts answers and attempts per model, and sums experiment arms, as the reference does", async () => {
      const { store, records } = await seeded();
      for (const filter of FILTERS.slice(0, 3)) {
        const usage = await store.modelUsage({ since: BASE, ...filter });
        const expectedUsage = modelUsageOfRecords(select(records, filter));
        expect(usage.map((u) => [u.model, u.requests, u.attempts, u.errors, u.skipped])).toEqual(expectedUsage.map((u) => [u.model, u.requests, u.attempts, u.errors, u.skipped]));
        usage.forEach((u, i) => expect(u.costUsd).toBeCloseTo(expectedUsage[i]?.costUsd ?? NaN, 9));
        const arms = await store.experimentArms({ since: BASE, ...filter });
        const expectedArms = experimentArmsOfRecords(select(records, filter));
        expect(arms.map((a) => [a.experiment, a.arm, a.requests, a.failed, a.escalations, a.feedbackCount])).toEqual(
          expectedArms.map((a) => [a.experiment, a.arm, a.requests, a.failed, a.escalations, a.feedbackCount]),
        );
        arms.forEach((arm, i) => {
          const reference = expectedArms[i];
          for (const field of ["costSum", "costSquares", "feedbackSum", "feedbackSquares"] as const) expect(arm[field]).toBeCloseTo(reference?.[field] ?? NaN, 12);
          expect(histogramPercentile(arm.latency, 0.95)).toBe(histogramPercentile(reference?.latency ?? new Map(), 0.95));
          // The per-unit sums behind the cluster intervals.
          for (const [field, value] of Object.entries(arm.clusters)) expect(value, field).toBeCloseTo(reference?.clusters[field as keyof typeof arm.clusters] ?? NaN, 12);
          expect(arm.clusters.units).toBeLessThanOrEqual(arm.requests);
        });
        if (filter === FILTERS[0]) expect(arms.some((arm) => arm.clusters.units < arm.requests)).toBe(true);
        if (filter === FILTERS[0]) {
          // A call the client ended (it left, or read too slowly) is an attempt on the model but not its error.
          const http = records.filter((record) => record.attempts.some((attempt) => attempt.model === "a/one" && attempt.errorType === "http")).length;
          expect(usage.find((u) => u.model === "a/one")).toMatchObject({ errors: http });
        }
      }
    });

    it("answers whole-day periods (the daily rollups in SQL) exactly, through re-writes and feedback", async () => {
      const { store, records } = await seeded();
      const changed = records.map((record, i) => (i % 10 === 3 ? { ...record, tier: "premium", costUsd: record.costUsd + 0.01, outcome: "served" as const, model: "a/one" } : record));
      for (const [i, record] of changed.entries()) if (i % 10 === 3) store.write(record);
      const scored = changed.map((record, i) => (i % 7 === 2 ? { ...record, feedbackScore: 0.75, feedbackLabel: null } : record));
      for (const [i, record] of scored.entries()) if (i % 7 === 2) expect(await store.recordFeedback(record.id, 0.75)).toBe(true);
      // The sampled judge's cost arrives after the record, as an update: the rollups must count it too.
      const judged = scored.map((record, i) => (i % 6 === 5 ? { ...record, judgeScore: 0.5, judgeCostUsd: 0.0003 } : record));
      for (const [i, record] of judged.entries()) if (i % 6 === 5) expect(await store.recordJudgement(record.id, 0.5, 0.0003)).toBe(true);
      const dayStart = Math.floor(BASE / 86_400_000) * 86_400_000;
      const period = { since: dayStart, until: dayStart + 3 * 86_400_000 };
      // Whole days only, and whole days with partial days at both edges (rollups plus the decisions table).
      for (const [since, until, by] of [
        ...(["day", "tier", "task", "model", "key"] as const).map((by) => [period.since, period.until, by] as const),
        ...(["day", "tier", "key"] as const).map((by) => [BASE + 3_600_000, BASE + 40 * 3_600_000, by] as const),
      ]) {
        const actual = await store.summarize({ since, until, by });
        const expected = summarizeRecords(select(judged, { since, until }), by);
        expect(actual.rows.map((r) => [r.group, r.requests, r.served, r.refused, r.failed, r.feedbackCount, r.escalations, r.inputTokens]), by).toEqual(
          expected.rows.map((r) => [r.group, r.requests, r.served, r.refused, r.failed, r.feedbackCount, r.escalations, r.inputTokens]),
        );
        actual.rows.forEach((row, i) => {
          expect(row.costUsd).toBeCloseTo(expected.rows[i]?.costUsd ?? NaN, 9);
          expect(row.feedbackScoreSum).toBeCloseTo(expected.rows[i]?.feedbackScoreSum ?? NaN, 9);
          expect(row.judgeCostUsd).toBeCloseTo(expected.rows[i]?.judgeCostUsd ?? NaN, 9);
          expect(histogramPercentile(row.latency, 0.5)).toBe(histogramPercentile(expected.rows[i]?.latency ?? new Map(), 0.5));
          expect(histogramPercentile(row.latency, 0.95)).toBe(histogramPercentile(expected.rows[i]?.latency ?? new Map(), 0.95));
        });
      }
      for (const [since, by] of [[period.since, "tier"], [period.since, "model"], [period.since, "task"], [BASE + 3_600_000, "key"]] as const) {
        const actual = await store.timeseries({ since, until: period.until - 3_600_000, bucket: "day", by });
        const expected = timeseriesOfRecords(select(judged, { since, until: period.until - 3_600_000 }), "day", by);
        expect(actual.map((p) => [p.t, p.group, p.requests, p.served, p.failed, p.outputTokens])).toEqual(expected.map((p) => [p.t, p.group, p.requests, p.served, p.failed, p.outputTokens]));
        actual.forEach((point, i) => expect(point.judgeCostUsd).toBeCloseTo(expected[i]?.judgeCostUsd ?? NaN, 9));
      }
    });

    it("pages newest first with a cursor, ties broken by id, every decision exactly once", async () => {
      const { store, records } = await seeded();
      for (const filter of [FILTERS[0] ?? {}, FILTERS[3] ?? {}, FILTERS[4] ?? {}]) {
        const expected = select(records, filter)
          .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
          .map((r) => r.id);
        const seen: string[] = [];
        let before: { createdAt: number; id: string } | undefined;
        for (let page = 0; page < 100; page += 1) {
          const rows = await store.list({ since: BASE, ...filter, limit: 7, ...(before ? { before } : {}) });
          seen.push(...rows.map((r) => r.id));
          const last = rows.at(-1);
          if (rows.length < 7 || !last) break;
          before = { createdAt: last.createdAt, id: last.id };
        }
        expect(seen).toEqual(expected);
      }
    });
  });
}
