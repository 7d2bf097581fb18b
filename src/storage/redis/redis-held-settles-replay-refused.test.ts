/**
 * Settles a previous run saved at its stop (ADR 0059) are sent at the next start; if Redis answers that start but
 * refuses writes (out of memory under `noeviction`, a replica: the states `/readyz` reports as `refusing_writes`),
 * each replayed settle is refused with Redis's own error. They were taken off the file before being sent and the
 * refusal was swallowed: the settles were gone for good and nothing said so (the start even logged them as sent),
 * so each reservation kept its worst case. A refused write must stay on the file, be reported, and be sent at a later
 * start. A Redis server of the test's own (its config is changed, so never the shared one); a real SQLite file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../../test/support/free-port.js";
import type { LedgerBucket } from "../../budget/ledger.js";
import { openStorage, type HeldLedgerWritesSummary, type Storage } from "../open-storage.js";
import { openSqliteDatabase } from "../sqlite/open-sqlite-database.js";

const namespace = "sy-held-refused";
const NANO = 1_000_000_000;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("held ledger writes replayed while Redis refuses writes", () => {
  const dir = mkdtempSync(join(tmpdir(), "sy-held-refused-"));
  const file = join(dir, "switchyard.db");
  let child: ChildProcess | undefined;
  let client: Redis | undefined;
  const opened: Storage[] = [];
  afterAll(async () => {
    for (const storage of opened) await storage.close();
    client?.disconnect();
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("stay on the file, are reported, and are sent at the next start", async () => {
    const port = await freePort();
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction"], { stdio: "ignore" });
    client = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 40, retryStrategy: () => 50 });
    client.on("error", () => undefined);
    expect(await client.ping()).toBe("PONG");
    const summaries: HeldLedgerWritesSummary[] = [];
    const open = async (heldWritesRetry?: { firstMs: number; maxMs: number }): Promise<Storage> => {
      const storage = await openStorage({ storage: { sqlite: file, redis_url: `redis://127.0.0.1:${port}` }, cwd: dir, namespace, retryInBackground: {}, onHeldLedgerWrites: (summary) => summaries.push(summary), ...(heldWritesRetry ? { heldWritesRetry } : {}) });
      opened.push(storage);
      return storage;
    };

    const first = await open();
    const now = Date.now();
    const bucket: LedgerBucket = { id: "global/day@refused", budget: "global/day", limitInNanoUsd: 5 * NANO, windowEndsAt: now + 86_400_000 };
    expect(await first.ledger.reserve({ reservationId: "r1", buckets: [bucket], amountInNanoUsd: 0.5 * NANO, now, expiresAt: now + 600_000 })).toEqual({ ok: true });
    await first.close();
    // What a stop during a Redis outage leaves on the file (as the save writes it).
    const db = openSqliteDatabase(file);
    db.prepare("INSERT INTO ledger_writes_held (kind, reservation_id, actual_nano_usd, held_at) VALUES ('settle', 'r1', ?, ?)").run(0.125 * NANO, new Date(now).toISOString());
    db.close();

    // Redis is back but out of memory: it answers, and refuses every write.
    await client.config("SET", "maxmemory", "1");
    const second = await open();
    await pause(300);
    await second.close();
    expect(summaries).toEqual([expect.objectContaining({ event: "refused", writes: 1, settles: 1, settledInUsd: 0.125, error: expect.stringMatching(/OOM/) as unknown as string, retryInMs: 30_000 })]);
    expect(await client.hget(`{${namespace}}:r:r1`, "state")).toBe("held");

    await client.config("SET", "maxmemory", "0");
    const third = await open();
    const deadline = Date.now() + 5_000;
    while ((await client.hget(`{${namespace}}:r:r1`, "state")) !== "settled" && Date.now() < deadline) await pause(25);
    expect(await client.hmget(`{${namespace}}:r:r1`, "state", "actual")).toEqual(["settled", String(0.125 * NANO)]);
    expect(await third.ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 0.125 * NANO, reservedInNanoUsd: 0 }]);
    expect(summaries[1]).toMatchObject({ event: "replayed", writes: 1, settles: 1 });
    await pause(100);
    await third.close();
    // Sent once: taken off the file.
    const after = openSqliteDatabase(file);
    expect(after.prepare("SELECT count(*) AS n FROM ledger_writes_held").get()).toEqual({ n: 0 });
    after.close();
  }, 30_000);

  it("are sent again in the same run once Redis takes writes again, with no restart (a store out of memory recovers by itself)", async () => {
    const port = await freePort();
    const own = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction"], { stdio: "ignore" });
    const redis = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 40, retryStrategy: () => 50 });
    redis.on("error", () => undefined);
    const runFile = join(dir, "same-run.db");
    const summaries: HeldLedgerWritesSummary[] = [];
    const open = async (): Promise<Storage> => {
      const storage = await openStorage({ storage: { sqlite: runFile, redis_url: `redis://127.0.0.1:${port}` }, cwd: dir, namespace, retryInBackground: {}, onHeldLedgerWrites: (summary) => summaries.push(summary), heldWritesRetry: { firstMs: 100, maxMs: 400 } });
      opened.push(storage);
      return storage;
    };
    try {
      expect(await redis.ping()).toBe("PONG");
      const first = await open();
      const now = Date.now();
      const bucket: LedgerBucket = { id: "global/day@same-run", budget: "global/day", limitInNanoUsd: 5 * NANO, windowEndsAt: now + 86_400_000 };
      expect(await first.ledger.reserve({ reservationId: "r2", buckets: [bucket], amountInNanoUsd: 0.5 * NANO, now, expiresAt: now + 600_000 })).toEqual({ ok: true });
      await first.close();
      const db = openSqliteDatabase(runFile);
      db.prepare("INSERT INTO ledger_writes_held (kind, reservation_id, actual_nano_usd, held_at) VALUES ('settle', 'r2', ?, ?)").run(0.25 * NANO, new Date(now).toISOString());
      db.close();

      await redis.config("SET", "maxmemory", "1");
      const running = await open();
      // Refused at open, then again after 100 ms, then after 200 ms more (each delay twice the last, up to 400 ms).
      const refusals = (): (number | undefined)[] => summaries.filter((summary) => summary.event === "refused").map((summary) => summary.retryInMs);
      const waitUntil = Date.now() + 5_000;
      while (refusals().length < 4 && Date.now() < waitUntil) await pause(25);
      expect(refusals().slice(0, 4)).toEqual([100, 200, 400, 400]);
      expect(await redis.hget(`{${namespace}}:r:r2`, "state")).toBe("held");
      await redis.config("SET", "maxmemory", "0");
      const deadline = Date.now() + 5_000;
      while ((await redis.hget(`{${namespace}}:r:r2`, "state")) !== "settled" && Date.now() < deadline) await pause(25);
      expect(await redis.hmget(`{${namespace}}:r:r2`, "state", "actual")).toEqual(["settled", String(0.25 * NANO)]);
      expect(summaries.at(-1)).toMatchObject({ event: "replayed", writes: 1, settles: 1 });
      await pause(100);
      const onFile = openSqliteDatabase(runFile);
      expect(onFile.prepare("SELECT count(*) AS n FROM ledger_writes_held").get()).toEqual({ n: 0 });
      onFile.close();
      // Sent, so nothing is sent again: no further summary while the run goes on.
      const count = summaries.length;
      await pause(500);
      expect(summaries.length).toBe(count);
      await running.close();
    } finally {
      redis.disconnect();
      own.kill("SIGKILL");
      await once(own, "exit");
    }
  }, 30_000);
});
