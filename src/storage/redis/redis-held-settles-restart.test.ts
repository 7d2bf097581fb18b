/**
 * Settles and releases the Redis ledger keeps in memory while Redis is unreachable (`redis-deferred-writes.ts`) used to
 * be lost when the gateway stopped before Redis came back: each reservation was then charged at its worst case on
 * expiry, and nothing said so. A graceful stop now saves them to the local SQLite file, says how many and how much,
 * and the next start sends them. Real Redis behind a TCP forwarder the test takes down; a real SQLite file.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import type { LedgerBucket } from "../../budget/ledger.js";
import { openStorage, type HeldLedgerWritesSummary, type Storage } from "../open-storage.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const namespace = `sy-held-${randomUUID().slice(0, 8)}`;
const dir = mkdtempSync(join(tmpdir(), "sy-held-settles-"));
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
let forwarder: TcpForwarder | undefined;
const opened: Storage[] = [];

afterAll(async () => {
  for (const storage of opened) await storage.close();
  await forwarder?.close();
  const keys = await redis.keys(`{${namespace}}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const NANO = 1_000_000_000;

async function open(url: string, summaries: HeldLedgerWritesSummary[]): Promise<Storage> {
  const storage = await openStorage({
    storage: { sqlite: join(dir, "switchyard.db"), redis_url: url },
    cwd: dir,
    namespace,
    retryInBackground: {},
    onHeldLedgerWrites: (summary) => summaries.push(summary),
  });
  opened.push(storage);
  return storage;
}

describe("ledger writes held while Redis is down, across a graceful stop", () => {
  it("are saved at stop (count and amount said) and sent at the next start", async () => {
    forwarder = await startTcpForwarder(REDIS_URL);
    const url = forwarder.urlFor(REDIS_URL);
    const summaries: HeldLedgerWritesSummary[] = [];
    const first = await open(url, summaries);
    const now = Date.now();
    const bucket: LedgerBucket = { id: `global/day@${randomUUID()}`, budget: "global/day", limitInNanoUsd: 5 * NANO, windowEndsAt: now + 86_400_000 };
    const reserve = (reservationId: string) => first.ledger.reserve({ reservationId, buckets: [bucket], amountInNanoUsd: 0.5 * NANO, now, expiresAt: now + 600_000 });
    expect(await reserve("settled-later")).toEqual({ ok: true });
    expect(await reserve("released-later")).toEqual({ ok: true });

    await forwarder.down();
    // Kept in memory: the calls resolve, nothing reaches Redis.
    await first.ledger.settle({ reservationId: "settled-later", actualInNanoUsd: 0.125 * NANO, now });
    await first.ledger.release({ reservationId: "released-later", now });
    await first.close();
    expect(summaries).toEqual([{ event: "saved", writes: 2, settles: 1, releases: 1, settledInUsd: 0.125, path: join(dir, "switchyard.db") }]);
    expect(await redis.hget(`{${namespace}}:r:settled-later`, "state")).toBe("held");

    await forwarder.up();
    const second = await open(url, summaries);
    const deadline = Date.now() + 5_000;
    while ((await redis.hget(`{${namespace}}:r:settled-later`, "state")) !== "settled" && Date.now() < deadline) await pause(25);
    expect(await redis.hmget(`{${namespace}}:r:settled-later`, "state", "actual")).toEqual(["settled", String(0.125 * NANO)]);
    expect(await redis.hget(`{${namespace}}:r:released-later`, "state")).toBe("released");
    expect(await second.ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 0.125 * NANO, reservedInNanoUsd: 0 }]);
    expect(summaries[1]).toMatchObject({ event: "replayed", writes: 2, settles: 1, releases: 1, settledInUsd: 0.125 });
    // Sent once: a third start finds nothing to send.
    await second.close();
    const third = await open(url, summaries);
    await third.close();
    expect(summaries).toHaveLength(2);
  }, 30_000);
});
