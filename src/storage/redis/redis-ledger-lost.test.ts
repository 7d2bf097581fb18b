/**
 * A Redis that restarts without persistence (or evicts the ledger's keys) forgets the window's spend: every bucket
 * reads 0 and a hard cap could be spent again. The ledger seeds a bucket it does not hold from the decision log
 * (the durable record of what was spent), so the cap still holds. Real Redis, real SQLite and real Postgres.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { BudgetExceededError } from "../../core/errors/index.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import { JUDGE_TASK, judgeBudget } from "../../routing/judge/sampled-judge.js";
import { openStorage, type Storage } from "../open-storage.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  await redis.quit();
  await pool.end();
});

/** Deletes every key of the namespace: what a Redis restart without persistence does to the ledger. */
async function forgetRedis(namespace: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `{${namespace}}:*`, "COUNT", 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== "0");
}

async function open(withPostgres: boolean): Promise<{ storage: Storage; namespace: string }> {
  const dir = mkdtempSync(join(tmpdir(), "sy-ledger-lost-"));
  const namespace = `sy_lost_${randomUUID().slice(0, 8)}`;
  const storage = await openStorage({
    storage: { sqlite: join(dir, "switchyard.db"), redis_url: REDIS_URL, ...(withPostgres ? { postgres_url: POSTGRES_URL } : {}) },
    cwd: dir,
    namespace,
  });
  cleanups.push(async () => {
    await storage.close();
    await forgetRedis(namespace);
    if (withPostgres) await pool.query(`DROP SCHEMA IF EXISTS "${namespace}" CASCADE`);
    rmSync(dir, { recursive: true, force: true });
  });
  return { storage, namespace };
}

const BUDGETS = [
  { scope: "global" as const, window: "day" as const, limit_usd: 0.01 },
  { scope: "key" as const, window: "month" as const, limit_usd: 0.005 },
  { scope: "task" as const, name: "math", window: "day" as const, limit_usd: 0.006 },
];

describe.each([
  { name: "decisions in SQLite", withPostgres: false },
  { name: "decisions in Postgres", withPostgres: true },
])("Redis ledger that lost its data ($name)", ({ withPostgres }) => {
  it("still refuses what the decision log shows was spent this window", async () => {
    const { storage, namespace } = await open(withPostgres);
    const guard = createSpendGuard({ ledger: storage.ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK });
    const scope = { keyId: "key_a", task: "math", tier: "budget" };
    // Spend $0.0045 through the ledger, and record it as the gateway does.
    const reservation = await guard.reserve({ requestId: "r1", scope, amountUsd: 0.0045 });
    await guard.settle(reservation, 0.0045);
    const yesterday = Date.now() - 40 * 3_600_000;
    await storage.decisionBackend.insertMany([
      makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: Date.now() - 1_000, keyId: "key_a", task: "math", costUsd: 0.0045 }),
      // Another key and task: counts for global/day only.
      makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: Date.now() - 1_000, keyId: "key_b", task: "chat", costUsd: 0.004 }),
      // Outside today's window (but maybe in this month's: only the key's monthly budget may count it).
      makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: yesterday, keyId: "key_c", task: "math", costUsd: 0.5 }),
    ]);

    await forgetRedis(namespace); // Redis restarted with nothing on disk

    // global/day holds 0.0085 in the log: 0.002 more would pass a ledger that forgot it, and must not.
    await expect(guard.reserve({ requestId: "r2", scope, amountUsd: 0.002 })).rejects.toThrow(BudgetExceededError);
    // key_a's month holds 0.0045 of 0.005: 0.001 more is refused.
    await expect(guard.reserve({ requestId: "r3", scope: { keyId: "key_a", task: "chat", tier: "budget" }, amountUsd: 0.001 })).rejects.toThrow(/key:key_a\/month/);
    // What still fits is served, and the seeded spend is what the log says.
    await guard.reserve({ requestId: "r4", scope: { keyId: "key_d", task: "chat", tier: "budget" }, amountUsd: 0.001 });
    const status = await guard.status({ keyId: "key_a", task: "math", tier: "budget" });
    expect(status.find((s) => s.budget === "global/day")).toMatchObject({ spentUsd: 0.0085, reservedUsd: 0.001 });
    expect(status.find((s) => s.budget === "task:math/day")).toMatchObject({ spentUsd: 0.0045 });
  });

  it("shows the window's spend in the budget status before any reserve seeds the buckets again", async () => {
    const { storage, namespace } = await open(withPostgres);
    const guard = createSpendGuard({ ledger: storage.ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK });
    const reservation = await guard.reserve({ requestId: "r1", scope: { keyId: "key_a", task: "math", tier: "budget" }, amountUsd: 0.003 });
    await guard.settle(reservation, 0.003);
    await storage.decisionBackend.insertMany([
      makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: Date.now() - 1_000, keyId: "key_a", task: "math", costUsd: 0.003 }),
      makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: Date.now() - 1_000, keyId: "key_b", task: "chat", costUsd: 0.004 }),
    ]);
    const before = await guard.status();

    await forgetRedis(namespace); // Redis restarted with nothing on disk; no request since

    const after = await guard.status();
    expect(after.find((s) => s.budget === "global/day")).toMatchObject({ spentUsd: 0.007, remainingUsd: 0.003 });
    expect(after.find((s) => s.budget === "task:math/day")).toMatchObject({ spentUsd: 0.003 });
    // The status a reserve would see: what the gateway showed before the loss, where the log agrees with the ledger.
    expect(after.find((s) => s.budget === "task:math/day")).toEqual(before.find((s) => s.budget === "task:math/day"));
    expect(await guard.status({ keyId: "key_a", task: "chat", tier: "budget" })).toContainEqual(expect.objectContaining({ budget: "key:key_a/month", spentUsd: 0.003 }));
  });
});

describe.each([
  { name: "decisions in SQLite", withPostgres: false },
  { name: "decisions in Postgres", withPostgres: true },
])("Redis ledger seeded from records with an impossible measure ($name)", ({ withPostgres }) => {
  it("counts each record's cost unless the cost itself is impossible: a bad latency or token count is no reason to count less", async () => {
    const { storage, namespace } = await open(withPostgres);
    const guard = createSpendGuard({ ledger: storage.ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK });
    const at = Date.now() - 1_000;
    const record = (fields: Parameters<typeof makeDecisionRecord>[0]) => makeDecisionRecord({ id: `d_${randomUUID()}`, createdAt: at, keyId: "key_a", task: "math", ...fields });
    await storage.decisionBackend.insertMany([
      record({ costUsd: 0.001 }),
      // A real cost next to an impossible measure: the money was spent, so the cap counts it.
      record({ costUsd: 0.001, latencyMs: -5 }),
      record({ costUsd: 0.001, inputTokens: Number.NaN }),
      record({ costUsd: 0.001, outputTokens: Number.POSITIVE_INFINITY }),
      record({ costUsd: 0.001, estimatedCostUsd: -1 }),
      // An impossible cost is no amount at all: left out, as the report leaves it out.
      record({ costUsd: -1e6 }),
      record({ costUsd: Number.NaN }),
      record({ costUsd: Number.POSITIVE_INFINITY }),
    ]);

    await forgetRedis(namespace); // Redis restarted with nothing on disk

    const status = await guard.status({ keyId: "key_a", task: "math", tier: "budget" });
    expect(status.find((s) => s.budget === "global/day")?.spentUsd).toBeCloseTo(0.005, 12);
    expect(status.find((s) => s.budget === "key:key_a/month")?.spentUsd).toBeCloseTo(0.005, 12);
    // key_a's month holds 0.005 of 0.005 in the log: any more is refused.
    await expect(guard.reserve({ requestId: "r1", scope: { keyId: "key_a", task: "chat", tier: "budget" }, amountUsd: 0.0001 })).rejects.toThrow(/key:key_a\/month/);
  });
});

describe.each([
  { name: "decisions in SQLite", withPostgres: false },
  { name: "decisions in Postgres", withPostgres: true },
])("Redis ledger seeded where the sampled judge spent ($name)", ({ withPostgres }) => {
  it("counts the judge's gradings in the global budget and in the judge's own, as their reserves did", async () => {
    const { storage, namespace } = await open(withPostgres);
    const budgets = [BUDGETS[0]!, judgeBudget({ model: "openai/gpt-5-mini", share: 0.1, max_tokens: 100, max_concurrency: 1, budget_usd: 0.003, window: "day" })];
    const guard = createSpendGuard({ ledger: storage.ledger, budgets, clock: SYSTEM_CLOCK });
    const judgeScope = { task: JUDGE_TASK, tier: "judge" };
    const id = `d_${randomUUID()}`;
    await storage.decisionBackend.insertMany([makeDecisionRecord({ id, createdAt: Date.now() - 1_000, keyId: "key_a", task: "math", costUsd: 0.002 })]);
    // The judge graded it: $0.0025 reserved and settled under its own budget (and the global one), its cost on the record.
    await guard.settle(await guard.reserve({ requestId: `judge-${id}`, scope: judgeScope, amountUsd: 0.0025 }), 0.0025);
    await storage.decisionBackend.recordJudgement(id, 0.8, 0.0025);

    await forgetRedis(namespace); // Redis restarted with nothing on disk

    const status = await guard.status(judgeScope);
    expect(status.find((s) => s.budget === "global/day")?.spentUsd).toBeCloseTo(0.0045, 12);
    expect(status.find((s) => s.budget === `task:${JUDGE_TASK}/day`)?.spentUsd).toBeCloseTo(0.0025, 12);
    // The judge's $0.003 a day holds $0.0025 in the log: another $0.001 grading is refused.
    await expect(guard.reserve({ requestId: "judge-next", scope: judgeScope, amountUsd: 0.001 })).rejects.toThrow(BudgetExceededError);
  });
});
