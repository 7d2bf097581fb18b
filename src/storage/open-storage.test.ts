import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../budget/create-spend-guard.js";
import { createDecisionLog } from "../log/create-decision-log.js";
import { makeDecisionRecord } from "../log/make-decision-record.js";
import { openStorage } from "./open-storage.js";
import { redactUrl } from "./redact-url.js";
import { openTestRedis } from "./redis/redis-test-client.js";
import { issueVirtualKey } from "./virtual-key-secret.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const dir = mkdtempSync(join(tmpdir(), "switchyard-open-storage-"));
const namespace = `sy_test_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const pool = new pg.Pool({ connectionString: POSTGRES_URL });
  await pool.query(`DROP SCHEMA IF EXISTS "${namespace}" CASCADE`);
  await pool.end();
  const redis = openTestRedis(REDIS_URL);
  let cursor = "0";
  do {
    const [next, keys] = await redis.redis.scan(cursor, "MATCH", `{${namespace}}:*`, "COUNT", 500);
    cursor = next;
    if (keys.length > 0) await redis.redis.del(...keys);
  } while (cursor !== "0");
  await redis.cleanup();
});

/** The bucket \`exercise\` spends in: the global daily budget on 2026-01-01. */
const DAY_BUCKET = { id: "global/day@2026-01-01", budget: "global/day", limitInNanoUsd: 1_000_000_000, windowEndsAt: Date.UTC(2026, 0, 2) };

async function exercise(storage: Awaited<ReturnType<typeof openStorage>>) {
  const guard = createSpendGuard({ ledger: storage.ledger, budgets: [{ scope: "global", window: "day", limit_usd: 1 }], clock: { now: () => Date.UTC(2026, 0, 1) } });
  await guard.settle(await guard.reserve({ requestId: "a", scope: { task: "chat", tier: "mid" }, amountUsd: 0.4 }), 0.25);
  const log = createDecisionLog({ backend: storage.decisionBackend });
  log.write(makeDecisionRecord({ createdAt: Date.UTC(2026, 0, 1), costUsd: 0.25 }));
  await log.close();
  await issueVirtualKey(storage.keys, { name: `k-${randomUUID().slice(0, 6)}` }, { now: 1 });
  expect((await storage.rateLimiter.hit({ key: "x", limitPerMinute: 1, now: 5 })).allowed).toBe(true);
}

describe("openStorage", () => {
  it("uses one SQLite file by default and remembers across reopenings", async () => {
    const first = await openStorage({ storage: { sqlite: "./state/s.db" }, cwd: dir });
    expect(first.describe.ledger).toBe(`sqlite ${join(dir, "state/s.db")}`);
    expect(first.decisionOutbox?.count()).toBe(0); // the outbox in front of the local decisions table (ADR 0008)
    expect(first.sharedHolds).toBeUndefined();
    await exercise(first);
    await first.close();
    await first.close();
    const second = await openStorage({ storage: { sqlite: "./state/s.db" }, cwd: dir });
    expect(await second.ledger.usage([DAY_BUCKET])).toEqual([{ id: "global/day@2026-01-01", spentInNanoUsd: 250_000_000, reservedInNanoUsd: 0 }]);
    expect((await second.decisionBackend.summarize({ by: "tier" })).rows[0]?.requests).toBe(1);
    expect(await second.keys.countActive()).toBe(1);
    await second.close();
  });

  it("puts the ledger and rate limits in Redis and the decision log and keys in Postgres when configured", async () => {
    const storage = await openStorage({ storage: { sqlite: "./unused.db", redis_url: REDIS_URL, postgres_url: POSTGRES_URL }, cwd: dir, namespace });
    expect(storage.describe).toMatchObject({ ledger: expect.stringMatching(/^redis /), decisions: expect.stringMatching(/^postgres .*outbox: sqlite /), keys: expect.stringMatching(/^postgres /) });
    // Records reach Postgres through a local outbox (ADR 0008); Retry-After holds are shared through Redis.
    expect(storage.decisionOutbox?.count()).toBe(0);
    expect(storage.sharedHolds).toBeDefined();
    await exercise(storage);
    expect(await storage.ledger.usage([DAY_BUCKET])).toEqual([{ id: "global/day@2026-01-01", spentInNanoUsd: 250_000_000, reservedInNanoUsd: 0 }]);
    expect((await storage.decisionBackend.summarize({ by: "tier" })).rows[0]?.costUsd).toBeCloseTo(0.25, 12);
    await storage.close();
    expect(redactUrl("postgres://user:secret@db:5432/x")).toBe("postgres://user:***@db:5432/x");
  });

  it("outlives Postgres closing its idle connections (a restart, a failover): the pool reconnects, the process stays up", async () => {
    const reported: string[] = [];
    // Its own application name, so only this store's connections are closed (other tests share the server).
    const appName = `sy_idle_${namespace}`;
    const url = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}application_name=${appName}`;
    const storage = await openStorage({ storage: { sqlite: "./unused-pg.db", postgres_url: url }, cwd: dir, namespace, onStoreError: (store) => reported.push(store) });
    await issueVirtualKey(storage.keys, { name: `idle-${randomUUID().slice(0, 6)}` }, { now: 1 });
    const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    // The store's idle connections are closed by the server.
    const closed = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [appName]);
    expect(closed.rowCount).toBeGreaterThan(0);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reported).toContain("postgres");
    expect(await storage.keys.countActive()).toBeGreaterThan(0);
    await storage.close();
  });

  it("names the setting when a shared store cannot be reached at start", async () => {
    await expect(openStorage({ storage: { sqlite: "./unused-r.db", redis_url: "redis://127.0.0.1:1/0" }, cwd: dir, namespace })).rejects.toThrow(/storage\.redis_url: cannot connect to redis:\/\/127\.0\.0\.1:1\/0 \(connect ECONNREFUSED 127\.0\.0\.1:1\)\./);
    await expect(openStorage({ storage: { sqlite: "./unused-p.db", postgres_url: "postgres://postgres@127.0.0.1:1/test" }, cwd: dir, namespace })).rejects.toThrow(/storage\.postgres_url: cannot set up .* at postgres:\/\/postgres@127\.0\.0\.1:1\/test/);
  });
});
