/**
 * A real gateway (`startServer`) whose Redis (ledger, rate limits, circuit state) is down when it starts, behind a
 * TCP forwarder the test stops and starts: it starts, says not ready, refuses to spend while the ledger is
 * unreachable (503 storage_unavailable, fail closed), and serves again by itself once Redis is back.
 */
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayWithRedisDown, type GatewayWithRedisDown } from "../../../test/support/gateway-redis-down.js";

describe("a gateway started while Redis is down", () => {
  let gateway: GatewayWithRedisDown | undefined;
  afterAll(() => gateway?.close());

  it("starts not ready, refuses to spend (503 storage_unavailable) and serves once Redis is back", async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        callback();
      },
    });
    gateway = await startGatewayWithRedisDown(logStream);
    const { server, simulator, forwarder, namespace } = gateway;
    const url = server.url;
    const chat = (content: string): Promise<Response> =>
      fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] }) });

    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: "not_ready", stores: { redis: "unavailable" } });
    const refused = await chat("hello");
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "storage_unavailable" } });
    expect(simulator.calls.filter((call) => call.path.includes("chat")).length).toBe(0);
    // Continuing a stored response needs the store: 503 (retry), not "not found" (the conversation is gone).
    const continued = await fetch(`${url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", input: "and then?", previous_response_id: "resp_earlier" }) });
    expect(continued.status).toBe(503);
    expect(await continued.json()).toMatchObject({ error: { code: "storage_unavailable" } });
    // More requests and reconnects: each is answered at once (not after a few reconnects), and each store's warning
    // is logged once, not per request or per retry.
    for (const content of ["two", "three", "four"]) {
      const sentAt = Date.now();
      expect((await chat(content)).status).toBe(503);
      expect(Date.now() - sentAt).toBeLessThan(1_000);
    }
    server.logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const warnings = lines.map((line) => (JSON.parse(line) as { msg?: string }).msg ?? "").filter((msg) => /failed/.test(msg));
    expect(warnings.filter((msg) => msg.startsWith("circuit breaker store failed"))).toHaveLength(1);
    expect(warnings.filter((msg) => msg.startsWith("a shared store's connection failed"))).toHaveLength(1);
    // One outage, said once: the holds' subscriber (a second connection) and the start's sweep added lines of their
    // own, and the Redis client's words ("Stream isn't writeable and enableOfflineQueue options is false") were the
    // message of each; the gateway's words are, with the client's kept as err.detail.
    expect(warnings.filter((msg) => msg.startsWith("shared Retry-After holds failed"))).toHaveLength(0);
    expect(lines.filter((line) => line.includes("could not sweep") && (JSON.parse(line) as { level: number }).level >= 40)).toHaveLength(0);
    const messages = lines.map((line) => (JSON.parse(line) as { err?: { message?: string } }).err?.message ?? "");
    expect(messages.filter((message) => message.includes("enableOfflineQueue"))).toEqual([]);

    await forwarder.up();
    await gateway.waitUntilReady(10_000);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const served = await chat("hello again");
    expect(served.status).toBe(200);
    // The spend went to the shared ledger.
    const spent = await gateway.redis.keys(`{${namespace}}:*`);
    expect(spent.length).toBeGreaterThan(0);
  });
});
