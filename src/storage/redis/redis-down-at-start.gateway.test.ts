/**
 * A real gateway (`startServer`) whose Redis (ledger, rate limits, circuit state) is down when it starts, behind a
 * TCP forwarder the test stops and starts: it starts, says not ready, refuses to spend while the ledger is
 * unreachable (503 storage_unavailable, fail closed), and serves again by itself once Redis is back.
 */
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../../test/support/tcp-forwarder.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { startServer, type RunningServer } from "../../server/start-server.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";
import { openTestRedis } from "./redis-test-client.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("a gateway started while Redis is down", () => {
  const namespace = `sy-down-${randomUUID().slice(0, 8)}`;
  const cleanup = openTestRedis(REDIS_URL);
  let forwarder: TcpForwarder | undefined;
  let simulator: Simulator | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    await simulator?.close();
    await forwarder?.close();
    const keys = await cleanup.redis.keys(`{${namespace}}:*`);
    if (keys.length > 0) await cleanup.redis.del(...keys);
    await cleanup.cleanup();
  });

  it("starts not ready, refuses to spend (503 storage_unavailable) and serves once Redis is back", async () => {
    forwarder = await startTcpForwarder(REDIS_URL, { up: false });
    simulator = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: ":memory:", redis_url: forwarder.urlFor(REDIS_URL) },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        callback();
      },
    });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream, storageNamespace: namespace });
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

    await forwarder.up();
    const deadline = Date.now() + 10_000;
    while ((await fetch(`${url}/readyz`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const served = await chat("hello again");
    expect(served.status).toBe(200);
    // The spend went to the shared ledger.
    const spent = await cleanup.redis.keys(`{${namespace}}:*`);
    expect(spent.length).toBeGreaterThan(0);
  });
});
