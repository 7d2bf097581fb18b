/**
 * A dearer service tier settles at the price it reserved at (`routing/service-tier.ts`): when the upstream's usage
 * carries no `cost`, the tokens are priced at the list price times the tier's factor, whether the answer came whole,
 * streamed, or was cut mid-stream; a reported `cost` is taken as billed, never multiplied.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PRIORITY_PRICE_FACTOR } from "../../src/routing/service-tier.js";
import { CHAIN, ask, startGateway, type Gateway } from "./gateway-harness.js";

const post = (gateway: Gateway, path: string, body: unknown): Promise<Response> =>
  fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const headerCost = (response: Response): number => Number(response.headers.get("x-switchyard-cost-usd"));

describe("service_tier priority settles at the factor it reserved at", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ simulator: { reportCost: false } });
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
  });

  it("prices a whole answer's tokens at the factor, for priority and its alias fast, on the chat and Responses doors", async () => {
    const standard = headerCost(await post(gateway, "/v1/chat/completions", ask()));
    expect(standard).toBeGreaterThan(0);
    for (const tier of ["priority", "fast"]) {
      const priority = await post(gateway, "/v1/chat/completions", ask(undefined, { service_tier: tier }));
      expect(priority.status).toBe(200);
      expect(headerCost(priority)).toBeCloseTo(standard * PRIORITY_PRICE_FACTOR, 12);
      expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(standard * PRIORITY_PRICE_FACTOR, 12);
    }
    const flex = await post(gateway, "/v1/chat/completions", ask(undefined, { service_tier: "flex" }));
    expect(headerCost(flex)).toBeCloseTo(standard, 12);
    const responsesStandard = headerCost(await post(gateway, "/v1/responses", { model: "switchyard/tier/e2e", input: "Say hello to the gateway." }));
    const responsesPriority = await post(gateway, "/v1/responses", { model: "switchyard/tier/e2e", input: "Say hello to the gateway.", service_tier: "priority" });
    expect(responsesPriority.status).toBe(200);
    expect(headerCost(responsesPriority)).toBeCloseTo(responsesStandard * PRIORITY_PRICE_FACTOR, 12);
  });

  it("prices a stream's tokens at the factor, and a stream cut before its usage too", async () => {
    const streamed = async (extra: Record<string, unknown>): Promise<number> => {
      const response = await post(gateway, "/v1/chat/completions", ask(undefined, { stream: true, ...extra }));
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return gateway.records.at(-1)?.costUsd ?? -1;
    };
    const standard = await streamed({});
    expect(standard).toBeGreaterThan(0);
    expect(await streamed({ service_tier: "priority" })).toBeCloseTo(standard * PRIORITY_PRICE_FACTOR, 12);
    gateway.simulator.setFault(CHAIN[0], "stream_cut");
    const cut = await streamed({});
    expect(gateway.records.at(-1)?.finishReason).toBe("error");
    expect(cut).toBeGreaterThan(0);
    expect(await streamed({ service_tier: "priority" })).toBeCloseTo(cut * PRIORITY_PRICE_FACTOR, 12);
  });
});

describe("service_tier priority with a reported usage.cost", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  it("charges the reported cost as billed, not multiplied again", async () => {
    const standard = await post(gateway, "/v1/chat/completions", ask());
    const reported = ((await standard.json()) as { usage: { cost: number } }).usage.cost;
    const priority = await post(gateway, "/v1/chat/completions", ask(undefined, { service_tier: "priority" }));
    expect(((await priority.json()) as { usage: { cost: number } }).usage.cost).toBe(reported);
    expect(headerCost(priority)).toBeCloseTo(reported, 12);
  });
});
