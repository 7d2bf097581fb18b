/**
 * The report by experiment arm over whole days (the SQL backends read the daily rollups) must give what the same
 * period gives from the decision rows (a filter that keeps every row sends the SQL backends to the raw GROUP BY)
 * and what the JavaScript reference gives, on randomized logs: arms missing or empty, rows moved between arms by
 * re-writes, feedback and the judge's cost arriving later. Run by `runDecisionQueriesContract`.
 * @module
 */
import { afterEach, describe, expect, it } from "vitest";
import { createDecisionLog } from "./create-decision-log.js";
import type { DecisionFilter, DecisionLogBackend, DecisionLogStore, SummaryRow } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { latencyBucketOf } from "./latency-histogram.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { matchesFilter, summarizeRecords } from "./summarize-records.js";

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 7, 3);
const EXPERIMENTS = [null, null, null, "exp-a", "exp-b", "arm-less"] as const;
const ARMS = ["control", "variant", null, ""] as const;

/** A small deterministic generator (mulberry32). */
function generator(seed: number): { next: () => number; pick: <T>(list: readonly T[]) => T } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T };
}

/** `count` random decisions over four UTC days and the hours around them. */
function randomRecords(seed: number, count: number): DecisionRecord[] {
  const { next, pick } = generator(seed);
  return Array.from({ length: count }, (_, i) => {
    const experiment = pick(EXPERIMENTS);
    const outcome = pick(["served", "served", "served", "refused", "failed"] as const);
    return makeDecisionRecord({
      id: `xr_${seed}_${String(i).padStart(4, "0")}`,
      createdAt: START - 6 * 3_600_000 + Math.floor(next() * (4 * DAY_MS + 12 * 3_600_000)),
      experiment,
      // "arm-less" never names an arm: missing and empty arms both read as `arm-less:`.
      arm: experiment === null ? null : experiment === "arm-less" ? pick([null, ""] as const) : pick(ARMS),
      outcome,
      model: outcome === "served" ? pick(["a/one", "b/two"]) : null,
      costUsd: outcome === "refused" ? 0 : Math.round(next() * 1e6) / 1e9,
      inputTokens: Math.floor(next() * 3000),
      outputTokens: Math.floor(next() * 900),
      latencyMs: 1 + next() * next() * 30_000,
      escalatedTo: next() < 0.1 ? "premium" : null,
      feedbackScore: null,
      judgeCostUsd: null,
    });
  });
}

/**
 * Integer fields compared exactly, sums of floats to 12 significant digits (summed in another order), histogram
 * counts exactly. A bucket's largest latency too, unless `moved`: then it may still be that of a row re-written
 * out of the group since (ADR 0013's known limit), so it is only held to its bucket and to at least the true one.
 */
function expectSameRows(actual: readonly SummaryRow[], expected: readonly SummaryRow[], label: string, moved: boolean): void {
  const counts = (row: SummaryRow) => [row.group, row.requests, row.served, row.refused, row.failed, row.inputTokens, row.outputTokens, row.feedbackCount, row.escalations];
  expect(actual.map(counts), label).toEqual(expected.map(counts));
  actual.forEach((row, i) => {
    const other = expected[i];
    if (!other) throw new Error(`${label}: row ${i} missing`);
    for (const key of ["costUsd", "estimatedCostUsd", "latencyMsSum", "feedbackScoreSum", "judgeCostUsd"] as const) {
      expect(Math.abs(row[key] - other[key]), `${label} ${row.group} ${key}: ${row[key]} against ${other[key]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(other[key])));
    }
    if (!moved) {
      expect(row.latency, `${label} ${row.group} latency`).toEqual(other.latency);
      return;
    }
    const bucketCounts = (row: SummaryRow) => [...row.latency].map(([bucket, { count }]) => [bucket, count]).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
    expect(bucketCounts(row), `${label} ${row.group} latency counts`).toEqual(bucketCounts(other));
    for (const [bucket, { maxMs }] of row.latency) {
      expect(latencyBucketOf(maxMs)).toBe(bucket);
      expect(maxMs).toBeGreaterThanOrEqual(other.latency.get(bucket)?.maxMs ?? Infinity);
    }
  });
}

/** Runs the contract; `create` gives a fresh, empty backend. */
export function runExperimentRollupContract({ create }: { create(): Promise<DecisionLogBackend> }): void {
  let log: DecisionLogStore | undefined;
  afterEach(async () => {
    await log?.close();
    log = undefined;
  });

  describe("report by experiment arm over whole days", () => {
    // Seed, and the share of decisions re-written into another arm (every decision is also re-shipped unchanged).
    it.each([
      [1, 0],
      [2, 0],
      [3, 0.15],
      [4, 0.15],
    ])("is the same from the rollups as from the rows, randomized log %i (%f re-written into another arm)", async (seed, moveShare) => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const { next, pick } = generator(seed * 7919);
      let records = randomRecords(seed, 400);
      for (const record of records) store.write(record);
      await store.flush();
      // Re-writes move rows between arms and experiments (in and out of none), then feedback and judgements land.
      records = records.map((record) => (next() < moveShare ? { ...record, experiment: pick(EXPERIMENTS), arm: pick(ARMS), costUsd: record.costUsd + 0.001 } : record));
      for (const record of records) store.write(record);
      await store.flush();
      for (const [i, record] of records.entries()) {
        if (i % 5 === 2) {
          expect(await store.recordFeedback(record.id, (i % 4) / 4)).toBe(true);
          records[i] = { ...record, feedbackScore: (i % 4) / 4 };
        } else if (i % 7 === 3) {
          expect(await store.recordJudgement(record.id, 0.5, 0.0002)).toBe(true);
          records[i] = { ...record, judgeScore: 0.5, judgeCostUsd: 0.0002 };
        }
      }
      const periods: DecisionFilter[] = [
        { since: START, until: START + 4 * DAY_MS },
        { since: START - 5 * 3_600_000, until: START + 3 * DAY_MS + 7 * 3_600_000 },
        { since: START + DAY_MS, until: START + 2 * DAY_MS },
      ];
      for (const period of periods) {
        const label = `${new Date(period.since ?? 0).toISOString()}..${new Date(period.until ?? 0).toISOString()}`;
        const rolled = (await store.summarize({ ...period, by: "experiment" })).rows;
        // Costs are never negative: this filter keeps every row, and any filter besides the period skips the rollups.
        const raw = (await store.summarize({ ...period, minCostUsd: 0, by: "experiment" })).rows;
        const reference = summarizeRecords(records.filter((record) => matchesFilter(record, period)), "experiment").rows;
        expectSameRows(rolled, raw, `${label} rollups against rows`, moveShare > 0);
        expectSameRows(rolled, reference, `${label} rollups against the reference`, moveShare > 0);
        expect(rolled.map((row) => row.group)).toContain("arm-less:");
      }
    });
  });
}
