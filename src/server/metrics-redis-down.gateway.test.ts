/**
 * /metrics while Redis (the budgets' ledger, the shared circuit breaker) is down: the scrape still answers 200 with
 * the gateway's other metrics; the gauges Redis feeds are left out and their failures counted. A scrape failing as
 * a whole (503) for the outage hid every metric when they mattered most.
 */
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayWithRedisDown, type GatewayWithRedisDown } from "../../test/support/gateway-redis-down.js";

describe("/metrics with Redis down", () => {
  let gateway: GatewayWithRedisDown | undefined;
  afterAll(() => gateway?.close());

  it("answers 200 without the budget and breaker gauges, then with them once Redis is back", async () => {
    gateway = await startGatewayWithRedisDown(new Writable({ write: (_chunk, _encoding, callback) => callback() }));
    const url = gateway.server.url;

    const down = await fetch(`${url}/metrics`);
    const text = await down.text();
    expect(down.status, text).toBe(200);
    expect(text).toContain("switchyard_requests_total");
    const again = await (await fetch(`${url}/metrics`)).text();
    expect(again).toMatch(/switchyard_metrics_collect_failures_total\{gauge="switchyard_budget_remaining_usd"\} [1-9]/);

    await gateway.forwarder.up();
    await gateway.waitUntilReady(5_000);
    const back = await fetch(`${url}/metrics`);
    expect(back.status).toBe(200);
    expect(await back.text()).toMatch(/switchyard_budget_remaining_usd\{budget="[^"]+"\} 5/);
  });
});
