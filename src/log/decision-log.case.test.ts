/**
 * The contract every decision log backend passes under `createDecisionLog`. Each adapter's test calls
 * `runDecisionLogContract`.
 * @module
 */
import { INTERRUPTED } from "./in-flight.js";
import { afterEach, describe, expect, it } from "vitest";
import { createDecisionLog } from "./create-decision-log.js";
import type { DecisionRecord } from "./decision-record.js";
import { REPORT_DIMENSIONS, type DecisionLogBackend, type DecisionLogStore } from "./decision-log-store.js";
import { summarizeRecords } from "./summarize-records.js";
import { makeDecisionRecord } from "./make-decision-record.js";
import { runDecisionQueriesContract } from "./decision-queries.case.test.js";

export { makeDecisionRecord };

/** How the contract gets a fresh, empty backend. */
export interface DecisionLogContractOptions {
  create(): Promise<DecisionLogBackend>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until a condition holds (at most 2 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error("condition not met within 2 s");
    await sleep(5);
  }
}

/** Wraps a backend to count inserted records and optionally fail the first inserts. */
function spy(backend: DecisionLogBackend, failFirst = 0) {
  const stats = { inserted: 0, batches: 0, failures: failFirst };
  const wrapped: DecisionLogBackend = {
    ...backend,
    async insertMany(records) {
      if (stats.failures > 0) {
        stats.failures -= 1;
        throw new Error("store unavailable");
      }
      await backend.insertMany(records);
      stats.inserted += records.length;
      stats.batches += 1;
    },
  };
  return { wrapped, stats };
}

/** Runs the decision log contract against a backend. */
export function runDecisionLogContract({ create }: DecisionLogContractOptions): void {
  runDecisionQueriesContract({ create });
  let log: DecisionLogStore | undefined;
  afterEach(async () => {
    await log?.close();
    log = undefined;
  });

  describe("decision log contract", () => {
    it("keeps every field of a record, and drops the prompt unless prompts are stored", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const record = makeDecisionRecord({
        keyId: "key_1",
        taskSource: "given",
        experiment: "exp",
        arm: "variant",
        timeToFirstTokenMs: 42.5,
        stream: true,
        qualityChecks: ["empty"],
        escalatedTo: "standard",
        door: "messages",
        affinity: "hit",
        attempts: [
          { model: "a/x", status: 503, errorType: "http", latencyMs: 10, reservedUsd: 0.01 },
          { model: "b/y", status: 200, errorType: null, latencyMs: 20 },
        ],
        prompt: "secret",
      });
      store.write(record);
      expect(await store.get(record.id)).toEqual({ ...record, prompt: null });
      expect(await store.get("dec_missing")).toBeUndefined();
    });

    it("stores prompts redacted when asked to", async () => {
      const store = (log = createDecisionLog({ backend: await create(), storePrompts: true, redact: ["project-[a-z]+"] }));
      const record = makeDecisionRecord({ prompt: "mail bob@example.com key sk-or-v1-abcdef1234567890abcd card 4111 1111 1111 1111 about project-zeus ok" });
      store.write(record);
      expect((await store.get(record.id))?.prompt).toBe("mail [REDACTED] key [REDACTED] card [REDACTED] about [REDACTED] ok");
    });

    it("stores a prompt and a feedback label holding NUL, and the records after them still ship", async () => {
      // Postgres text cannot hold U+0000: its backend stores U+FFFD instead; the others keep the character.
      const kept = (text: string) => [text, text.replaceAll("\u0000", "\uFFFD")];
      const store = (log = createDecisionLog({ backend: await create(), storePrompts: true }));
      const hostile = makeDecisionRecord({ prompt: "hello\u0000 world" });
      const after = makeDecisionRecord();
      store.write(hostile);
      store.write(after);
      expect(kept("hello\u0000 world")).toContain((await store.get(hostile.id))?.prompt);
      expect(await store.get(after.id)).toMatchObject({ id: after.id });
      expect(await store.recordFeedback(hostile.id, 0.5, "bad\u0000label")).toBe(true);
      expect(kept("bad\u0000label")).toContain((await store.get(hostile.id))?.feedbackLabel);
      expect(await store.get("dec_\u0000")).toBeUndefined();
      expect(await store.recordFeedback("dec_\u0000", 1)).toBe(false);
      expect((await store.list({ since: 0, model: "a\u0000" })).length).toBe(0);
    });

    it("stores a record whose values broke their types at run time, and the records after it still ship", async () => {
      // Values from the upstream or a client that no TypeScript type checked: a driver that cannot bind one fails
      // the whole batch on every try (SQLite: an object or a boolean; Postgres: 1.5 or 2^70 in a BIGINT).
      const broken = makeDecisionRecord({
        finishReason: { reason: "stop" } as unknown as string,
        model: true as unknown as string,
        inputTokens: 1.5,
        outputTokens: 2 ** 70,
        costUsd: Number.NaN,
        latencyMs: Number.POSITIVE_INFINITY,
        timeToFirstTokenMs: Number.NaN,
        taskConfidence: Number.NaN,
      });
      const infinite = makeDecisionRecord({ taskConfidence: Number.POSITIVE_INFINITY });
      const after = makeDecisionRecord();
      const store = (log = createDecisionLog({ backend: await create() }));
      store.write(broken);
      store.write(infinite);
      store.write(after);
      expect(await store.get(after.id)).toEqual(after);
      // A NaN or infinite confidence too (the dashboard badges it): written as 0, it read as a reading at 0%.
      expect((await store.get(broken.id))?.taskConfidence).toBeNaN();
      expect((await store.get(infinite.id))?.taskConfidence).toBe(Number.POSITIVE_INFINITY);
      // A NaN or infinite cost or latency reads back as it was, not as a plausible free, instant request (0).
      expect(await store.get(broken.id)).toMatchObject({ id: broken.id, costUsd: Number.NaN, latencyMs: Number.POSITIVE_INFINITY });
      expect((await store.list({ since: 0 })).length).toBe(3);
    });

    it("keeps a NaN or infinite token count as it was, and reports count the record as impossible", async () => {
      // A NaN token count was written as 0 (and an infinite one as 0 too): read back as a plausible empty answer.
      const day = Date.UTC(2026, 6, 11);
      const records = [
        makeDecisionRecord({ createdAt: day + 1, inputTokens: Number.NaN, outputTokens: 5 }),
        makeDecisionRecord({ createdAt: day + 2, inputTokens: 7, outputTokens: Number.POSITIVE_INFINITY }),
        makeDecisionRecord({ createdAt: day + 3, inputTokens: Number.NEGATIVE_INFINITY, outputTokens: Number.NaN }),
        makeDecisionRecord({ createdAt: day + 4, inputTokens: 100, outputTokens: 10 }),
      ];
      const store = (log = createDecisionLog({ backend: await create() }));
      for (const record of records) store.write(record);
      for (const record of records) {
        expect(await store.get(record.id), record.id).toMatchObject({ inputTokens: record.inputTokens, outputTokens: record.outputTokens });
      }
      // A whole UTC day (the SQL backends answer from their rollups) and a part of it (from the decisions).
      for (const period of [{ since: day, until: day + 86_400_000 }, { since: day, until: day + 86_400_000 - 1 }]) {
        const [row] = (await store.summarize({ ...period, by: "tier" })).rows;
        expect(row, JSON.stringify(period)).toMatchObject({ requests: 4, impossible: 3, inputTokens: 100, outputTokens: 10 });
      }
    });

    it("writes nothing on the request path, then batches by size and by time", async () => {
      const { wrapped, stats } = spy(await create());
      const bySize = createDecisionLog({ backend: { ...wrapped, close: async () => {} }, maxBatchSize: 50, flushIntervalInMs: 60_000 });
      for (let index = 0; index < 49; index += 1) bySize.write(makeDecisionRecord());
      await sleep(30);
      expect(stats.inserted).toBe(0);
      bySize.write(makeDecisionRecord());
      await until(() => stats.inserted === 50);
      expect(stats.batches).toBe(1);
      const byTime = (log = createDecisionLog({ backend: wrapped, maxBatchSize: 50, flushIntervalInMs: 30 }));
      byTime.write(makeDecisionRecord());
      expect(stats.inserted).toBe(50);
      await until(() => stats.inserted === 51);
      expect(stats.batches).toBe(2);
    });

    it("drains everything on close", async () => {
      const { wrapped, stats } = spy(await create());
      const store = createDecisionLog({ backend: wrapped, maxBatchSize: 200, flushIntervalInMs: 60_000 });
      for (let index = 0; index < 450; index += 1) store.write(makeDecisionRecord());
      await store.close();
      expect(stats.inserted).toBe(450);
    });

    it("keeps records through a failing store and writes them on the next flush", async () => {
      const { wrapped, stats } = spy(await create(), 1);
      const errors: unknown[] = [];
      const store = (log = createDecisionLog({ backend: wrapped, onError: (e) => errors.push(e) }));
      const record = makeDecisionRecord();
      store.write(record);
      await expect(store.flush()).rejects.toThrow("store unavailable");
      await store.flush();
      expect(stats.inserted).toBe(1);
      expect((await store.get(record.id))?.id).toBe(record.id);
    });

    it("records feedback, keeps it when the record is written again, and says when the id is unknown", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const record = makeDecisionRecord();
      store.write(record);
      expect(await store.recordFeedback(record.id, 0.25, "too short")).toBe(true);
      expect(await store.recordFeedback("dec_nope", 1)).toBe(false);
      store.write({ ...record, latencyMs: 999 });
      expect(await store.get(record.id)).toMatchObject({ feedbackScore: 0.25, feedbackLabel: "too short", latencyMs: 999 });
    });

    it("never lets a crash's interrupted record replace a request's own, in either order or in one batch", async () => {
      const backend = await create();
      const store = (log = createDecisionLog({ backend }));
      const own = makeDecisionRecord({ costUsd: 0.0007 });
      const cut = { ...own, outcome: "failed" as const, status: 0, errorType: INTERRUPTED, costUsd: 0.002 };
      store.write(own);
      await store.flush();
      store.write(cut);
      expect(await store.get(own.id)).toMatchObject({ outcome: "served", costUsd: 0.0007 });
      const late = makeDecisionRecord({ costUsd: 0.0003 });
      store.write({ ...late, outcome: "failed", status: 0, errorType: INTERRUPTED });
      await store.flush();
      store.write(late);
      expect(await store.get(late.id)).toMatchObject({ outcome: "served", costUsd: 0.0003 });
      const batched = makeDecisionRecord({ costUsd: 0.0004 });
      await backend.insertMany([batched, { ...batched, outcome: "failed", status: 0, errorType: INTERRUPTED }]);
      expect(await store.get(batched.id)).toMatchObject({ outcome: "served", costUsd: 0.0004 });
    });

    it("keeps the learning loop's fields, keeps the judge's grade on a rewrite, and drops features when told to", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const features = { v: 1, task: "math", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.4, tokens: 12, hashed: [[7, 0.5]] };
      const record = makeDecisionRecord({ features, router: "adapter-abc", shadow: { router: "adapter-def", tier: "premium", model: "a/b", estimatedCostUsd: 0.01 }, explored: true });
      store.write(record);
      expect(await store.get(record.id)).toEqual(record);
      expect(await store.recordJudgement(record.id, 0.75, 0.0002)).toBe(true);
      expect(await store.recordJudgement("dec_nope", 1, 0)).toBe(false);
      store.write({ ...record, latencyMs: 7 });
      expect(await store.get(record.id)).toMatchObject({ judgeScore: 0.75, judgeCostUsd: 0.0002, latencyMs: 7, explored: true });
      await store.close();
      const withoutFeatures = (log = createDecisionLog({ backend: await create(), storeFeatures: false }));
      const other = makeDecisionRecord({ features });
      withoutFeatures.write(other);
      expect((await withoutFeatures.get(other.id))?.features).toBeNull();
    });

    it("lists newest first, within the period, by key, up to a limit", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const base = Date.UTC(2026, 4, 1);
      const records = [0, 1, 2, 3].map((i) => makeDecisionRecord({ createdAt: base + i * 1000, keyId: i % 2 === 0 ? "k_even" : "k_odd" }));
      for (const record of records) store.write(record);
      const ids = (list: DecisionRecord[]) => list.map((r) => r.id);
      expect(ids(await store.list({ since: base, limit: 3 }))).toEqual([records[3]?.id, records[2]?.id, records[1]?.id]);
      expect(ids(await store.list({ since: base, keyId: "k_even" }))).toEqual([records[2]?.id, records[0]?.id]);
      expect(ids(await store.list({ since: base + 1000, until: base + 3000 }))).toEqual([records[2]?.id, records[1]?.id]);
    });

    it("summarizes every dimension exactly as the reference does", async () => {
      const store = (log = createDecisionLog({ backend: await create() }));
      const base = Date.UTC(2026, 5, 1, 23, 0);
      const records = Array.from({ length: 60 }, (_, i) =>
        makeDecisionRecord({
          createdAt: base + i * 7 * 60_000,
          keyId: i % 3 === 0 ? null : `key_${i % 3}`,
          task: ["chat", "math", "code_generation"][i % 3] ?? "chat",
          tier: ["budget", "premium"][i % 2] ?? "budget",
          model: i % 10 === 9 ? null : ["a/one", "b/two", "c/three"][i % 3] ?? null,
          outcome: i % 10 === 9 ? "refused" : i % 13 === 0 ? "failed" : "served",
          experiment: i % 4 === 0 ? "exp1" : null,
          arm: i % 8 === 0 ? "control" : "variant",
          costUsd: i % 10 === 9 ? 0 : 0.000123 * (i + 1),
          estimatedCostUsd: 0.0005 * (i + 1),
          inputTokens: 10 * i,
          outputTokens: 3 * i,
          latencyMs: 100 + i,
          feedbackScore: i % 5 === 0 ? 0.5 : null,
          door: ["chat", "messages", "responses"][i % 3] ?? "chat",
          affinity: i % 2 === 0 ? "hit" : null,
        }),
      );
      const outside = makeDecisionRecord({ createdAt: base - 1, costUsd: 5 });
      for (const record of [...records, outside]) store.write(record);
      for (const by of REPORT_DIMENSIONS) {
        const summary = await store.summarize({ since: base, by });
        const expected = summarizeRecords(records, by);
        expect(summary.rows.map((r) => r.group)).toEqual(expected.rows.map((r) => r.group));
        summary.rows.forEach((row, index) => {
          const reference = expected.rows[index];
          for (const [field, value] of Object.entries(reference ?? {})) {
            if (typeof value === "number") expect(row[field as keyof typeof row], `${by} ${row.group} ${field}`).toBeCloseTo(value, 9);
          }
        });
      }
      expect((await store.summarize({ since: base, by: "day" })).rows.map((r) => r.group)).toEqual(["2026-06-01", "2026-06-02"]);
    });
  });
}
