/**
 * A settle or release sent while the Redis connection is down for a moment (a reconnect blip): the client keeps no
 * offline queue, so the command fails at once; the ledger keeps it and applies it once Redis is back, so the
 * reservation is booked at its actual cost, not charged at its worst case when it expires. A reserve still fails
 * at once (503).
 */
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { openStorage, type Storage } from "../open-storage.js";
import { openTestRedis } from "./redis-test-client.js";

const URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const test = openTestRedis(URL);
afterAll(() => test.cleanup());

async function whenReady(storage: Storage): Promise<void> {
  for (let tries = 0; tries < 200 && storage.readiness().redis !== "ready"; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(storage.readiness().redis).toBe("ready");
}

describe("redis ledger, a settle or release during a reconnect blip", () => {
  it("applies the settle and the release once Redis is back: spent is the actual cost, nothing stays reserved", async () => {
    const forwarder = await startTcpForwarder(URL);
    // The prefix openStorage derives, `{namespace}:`, is the test client's: its cleanup deletes the keys.
    const namespace = test.prefix.slice(1, -2);
    const storage = await openStorage({ storage: { sqlite: ":memory:", redis_url: forwarder.urlFor(URL) }, cwd: process.cwd(), namespace, retryInBackground: {} });
    try {
      const now = Date.now();
      const bucket = { id: "global/day@blip", budget: "global/day", limitInNanoUsd: 10_000_000_000, windowEndsAt: now + 86_400_000 };
      const reserve = (reservationId: string) => storage.ledger.reserve({ reservationId, buckets: [bucket], amountInNanoUsd: 500_000_000, now, expiresAt: now + 1_000 });
      expect(await reserve("res_settled")).toEqual({ ok: true });
      expect(await reserve("res_released")).toEqual({ ok: true });
      await forwarder.down();
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Both resolve at once: the request does not wait for Redis to come back.
      await storage.ledger.settle({ reservationId: "res_settled", actualInNanoUsd: 1_000_000, now: Date.now() });
      await storage.ledger.release({ reservationId: "res_released", now: Date.now() });
      // A reserve still fails fast (the request's 503).
      await expect(reserve("res_during")).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await forwarder.up();
      await whenReady(storage);
      expect(await storage.ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 1_000_000, reservedInNanoUsd: 0 }]);
      // Past the expiry nothing is left to charge at its worst case.
      expect(await storage.ledger.expireReservations({ now: now + 2_000, policy: "charge" })).toBe(0);
      expect(await storage.ledger.usage([bucket])).toEqual([{ id: bucket.id, spentInNanoUsd: 1_000_000, reservedInNanoUsd: 0 }]);
    } finally {
      await storage.close();
      await forwarder.close();
    }
  });
});
