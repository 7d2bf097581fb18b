/**
 * /metrics while Redis (the budgets' ledger, the shared circuit breaker) is down: the scrape still answers 200 with
 * the gateway's other metrics; the gauges Redis feeds are left out and their failures counted. A scrape failing as
 * a whole (503) for the outage hid every metric when they mattered most.
 */
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startTcpForwarder, type TcpForwarder } from "../../test/support/tcp-forwarder.js";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { parseConfig } from "../config/parse-config.js";
import { openTestRedis } from "../storage/redis/redis-test-client.js";
import { createSimulator, type Simulator } from "../testing/simulator/index.js";
import { startServer, type RunningServer } from "./start-server.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("/metrics with Redis down", () => {
  const namespace = `sy-metrics-${randomUUID().slice(0, 8)}`;
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

  it("answers 200 without the budget and breaker gauges, then with them once Redis is back", async () => {
    forwarder = await startTcpForwarder(REDIS_URL, { up: false });
    simulator = await createSimulator();
    const config = parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
      storage: { sqlite: ":memory:", redis_url: forwarder.urlFor(REDIS_URL) },
      budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
    });
    const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: "/", port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet, storageNamespace: namespace });
    const url = server.url;

    const down = await fetch(`${url}/metrics`);
    const text = await down.text();
    expect(down.status, text).toBe(200);
    expect(text).toContain("switchyard_requests_total");
    const again = await (await fetch(`${url}/metrics`)).text();
    expect(again).toMatch(/switchyard_metrics_collect_failures_total\{gauge="switchyard_budget_remaining_usd"\} [1-9]/);

    await forwarder.up();
    const deadline = Date.now() + 5_000;
    while ((await fetch(`${url}/readyz`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    const back = await fetch(`${url}/metrics`);
    expect(back.status).toBe(200);
    expect(await back.text()).toMatch(/switchyard_budget_remaining_usd\{budget="[^"]+"\} 5/);
  });
});
