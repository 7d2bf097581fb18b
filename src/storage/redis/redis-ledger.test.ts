import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../budget/create-spend-guard.js";
import { runLedgerContract } from "../../budget/ledger.case.test.js";
import { BudgetExceededError } from "../../core/errors/index.js";
import { runRateLimiterContract } from "../rate-limiter.case.test.js";
import { createRedisLedger } from "./redis-ledger.js";
import { createRedisRateLimiter } from "./redis-rate-limiter.js";
import { openTestRedis } from "./redis-test-client.js";

const test = openTestRedis(process.env.SWITCHYARD_TEST_REDIS_URL);
afterAll(() => test.cleanup());
/** A fresh namespace inside this run's prefix, so each contract test starts empty. */
const fresh = () => `${test.prefix}${randomUUID().slice(0, 8)}:`;

describe("redis ledger", () => {
  runLedgerContract({ create: async () => createRedisLedger(test.redis, { prefix: fresh() }) });

  it("keeps 200 requests racing from 4 connections (4 gateway instances) under one cap", async () => {
    const prefix = fresh();
    const instances = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const { Redis } = await import("ioredis");
        const redis = new Redis(process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
        const ledger = createRedisLedger(redis, { prefix, closeClient: true });
        return { ledger, guard: createSpendGuard({ ledger, budgets: [{ scope: "global", window: "day", limit_usd: 0.5 }], clock: { now: () => Date.UTC(2026, 2, 1) } }) };
      }),
    );
    let settled = 0;
    let refused = 0;
    await Promise.all(
      Array.from({ length: 200 }, async (_, index) => {
        const { guard } = instances[index % 4] ?? instances[0]!;
        try {
          const reservation = await guard.reserve({ requestId: `q${index}`, scope: { task: "chat", tier: "mid" }, amountUsd: 0.01 });
          await new Promise((resolve) => setTimeout(resolve, index % 3));
          await guard.settle(reservation, 0.007);
          settled += 0.007;
        } catch (error) {
          expect(error).toBeInstanceOf(BudgetExceededError);
          refused += 1;
        }
      }),
    );
    expect(refused).toBeGreaterThan(0);
    expect(settled).toBeLessThanOrEqual(0.5 + 1e-9);
    const [status] = await instances[0]!.guard.status();
    expect(status).toMatchObject({ reservedUsd: 0 });
    expect(status?.spentUsd).toBeCloseTo(settled, 9);
    await Promise.all(instances.map((i) => i.ledger.close()));
  });
});

describe("redis ledger, a reserve resent after its reply was lost", () => {
  it("takes the same reservation again as done, without booking it twice; another amount under that id is refused", async () => {
    const ledger = createRedisLedger(test.redis, { prefix: fresh() });
    const bucket = { id: "global/day@2026-03-01", budget: "global/day", limitInNanoUsd: 1_000, windowEndsAt: Date.UTC(2026, 2, 2) };
    const input = { reservationId: "res_resent", buckets: [bucket], amountInNanoUsd: 300, now: Date.UTC(2026, 2, 1), expiresAt: Date.UTC(2026, 2, 1) + 600_000 };
    expect(await ledger.reserve(input)).toEqual({ ok: true });
    // ioredis resends a command whose connection dropped before its reply: the script runs a second time.
    expect(await ledger.reserve(input)).toEqual({ ok: true });
    expect(await ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 0, reservedInNanoUsd: 300 }]);
    await ledger.settle({ reservationId: "res_resent", actualInNanoUsd: 120, now: input.now + 1 });
    expect(await ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 120, reservedInNanoUsd: 0 }]);
    await expect(ledger.reserve({ ...input, amountInNanoUsd: 500 })).rejects.toThrow(/already exists/);
    await expect(ledger.reserve(input)).rejects.toThrow(/already exists/); // settled: no longer the same reservation
  });
});

describe("redis ledger, a refusal while requests in flight hold the room (round 21)", () => {
  it("names what the open reservations hold when the settled spend leaves room, and not once it does not", async () => {
    const clock = { now: () => Date.parse("2026-03-01T12:00:00Z") };
    const guard = createSpendGuard({ ledger: createRedisLedger(test.redis, { prefix: fresh() }), budgets: [{ scope: "global", window: "day", limit_usd: 1 }], clock });
    const scope = { task: "chat", tier: "budget" };
    const first = await guard.reserve({ requestId: "q1", scope, amountUsd: 0.8 });
    const held = await guard.reserve({ requestId: "q2", scope, amountUsd: 0.5 }).catch((error: unknown) => error);
    expect(held).toBeInstanceOf(BudgetExceededError);
    expect(held).toMatchObject({ heldUsd: 0.8, retryAfterSeconds: 2 });
    await guard.settle(first, 0.7);
    const spent = await guard.reserve({ requestId: "q3", scope, amountUsd: 0.5 }).catch((error: unknown) => error);
    expect(spent).toMatchObject({ heldUsd: 0, retryAfterSeconds: undefined });
  });
});

describe("redis rate limiter", () => {
  runRateLimiterContract({ create: async () => createRedisRateLimiter(test.redis, { prefix: fresh() }) });
});
