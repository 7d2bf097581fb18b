/**
 * A real gateway whose Redis stops answering without closing its connection (a partition, a frozen server): bytes
 * are held both ways by a TCP forwarder in front of the real Redis, so no error reveals the outage. The gateway must
 * still answer every request honestly and soon (503 storage_unavailable, not a request held for ever), report not
 * ready, keep /metrics scrapable, and serve again once Redis answers, without leaving the refused request's
 * reservation held in the ledger.
 */
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayWithRedisDown, type GatewayWithRedisDown } from "../../../test/support/gateway-redis-down.js";
import { REDIS_COMMAND_TIMEOUT_MS } from "./open-redis-stores.js";

/** Longer than the command timeout and the readiness check together, far shorter than "for ever". */
const HONEST_ANSWER_MS = REDIS_COMMAND_TIMEOUT_MS * 3;

describe("a gateway whose Redis stalls", () => {
  let gateway: GatewayWithRedisDown | undefined;
  afterAll(async () => {
    gateway?.forwarder.resume();
    await gateway?.close();
  });

  it("answers 503 storage_unavailable within the command timeout, says not ready, and recovers when Redis answers", async () => {
    const logStream = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    gateway = await startGatewayWithRedisDown(logStream, { redisUp: true });
    const { server, forwarder, namespace } = gateway;
    const url = server.url;
    const chat = (content: string): Promise<Response> =>
      fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] }),
        signal: AbortSignal.timeout(HONEST_ANSWER_MS),
      });
    await gateway.waitUntilReady(10_000);
    expect((await chat("before")).status).toBe(200);

    forwarder.stall();
    const sentAt = Date.now();
    const refused = await chat("during");
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "storage_unavailable" } });
    expect(Date.now() - sentAt).toBeLessThan(HONEST_ANSWER_MS);

    const deadline = Date.now() + HONEST_ANSWER_MS;
    let readiness = await fetch(`${url}/readyz`);
    while (readiness.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      readiness = await fetch(`${url}/readyz`);
    }
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: "not_ready", stores: { redis: "unavailable" } });
    // Once the stall is known, the client drops the silent connection and reconnects: requests are refused at once
    // (no connection to queue on) instead of each waiting out the command timeout on the dead one.
    const knownAt = Date.now();
    const refusedAtOnce = await chat("known stall");
    expect(refusedAtOnce.status).toBe(503);
    expect(Date.now() - knownAt).toBeLessThan(REDIS_COMMAND_TIMEOUT_MS / 2);
    const scrape = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(HONEST_ANSWER_MS) });
    expect(scrape.status).toBe(200);
    // The ledger's gauge is left out (its store cannot be read), the rest of the scrape is there.
    const metrics = await scrape.text();
    expect(metrics).toMatch(/^switchyard_requests_total\{/m);
    expect(metrics).not.toMatch(/^switchyard_budget_remaining_usd\{/m);

    forwarder.resume();
    await gateway.waitUntilReady(10_000);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await chat("after")).status).toBe(200);
    // The reserve that timed out ran once Redis got it; the refused request must not hold money until expiry.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const bucketKeys = await gateway.redis.keys(`{${namespace}}:b:*`);
    expect(bucketKeys.length).toBeGreaterThan(0);
    for (const key of bucketKeys) expect(Number((await gateway.redis.hget(key, "reserved")) ?? 0)).toBe(0);
  }, 60_000);
});
