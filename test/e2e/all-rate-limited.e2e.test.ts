/**
 * Every model of the chain answers 429: the client gets 503 `upstream_rate_limited` with the soonest `Retry-After`
 * any model asked for, in each door's own envelope, streamed or not (ADR 0031). It got a 502 `all_attempts_failed`
 * without `Retry-After`, which read as a fault and left SDKs retrying at once. A chain that failed some other way too
 * still gets the 502.
 * @module
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SimulatorFault } from "../../src/testing/simulator/index.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  // The breaker stays shut: each case must reach every model, not be answered by an open circuit.
  gateway = await startGateway({ config: { circuit_breaker: { failures: 1_000 } } });
});
afterAll(async () => gateway.close());
beforeEach(() => {
  gateway.simulator.reset();
  gateway.holds.clear();
});

const DOORS = [
  { path: "/v1/chat/completions", body: { messages: [{ role: "user", content: "hi" }] }, anthropic: false },
  { path: "/v1/messages", body: { max_tokens: 50, messages: [{ role: "user", content: "hi" }] }, anthropic: true },
  { path: "/v1/responses", body: { input: "hi" }, anthropic: false },
] as const;

function faultAll(fault: SimulatorFault): void {
  for (const model of CHAIN) gateway.simulator.setFault(model, fault);
}

async function post(path: string, body: object, stream: boolean): Promise<{ status: number; retryAfter: string | null; json: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", stream, ...body }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: (await response.json()) as Record<string, unknown> };
}

describe("every model of the chain answers 429", () => {
  for (const door of DOORS) {
    for (const stream of [false, true]) {
      it(`${door.path} (stream: ${stream}): 503 upstream_rate_limited (Anthropic's 529) with the soonest Retry-After, every attempt listed`, async () => {
        faultAll("rate_limit");
        const answer = await post(door.path, door.body, stream);
        // Anthropic's status for it is 529 (ADR 0098); the record keeps the gateway's 503.
        expect(answer.status).toBe(door.anthropic ? 529 : 503);
        expect(answer.retryAfter).toBe("1");
        const { message } = answer.json.error as { message: string };
        for (const model of CHAIN) expect(message).toContain(model);
        if (door.anthropic) expect(answer.json).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
        else expect(answer.json).toMatchObject({ error: { code: "upstream_rate_limited", type: "upstream_error" } });
        expect(gateway.records.at(-1)).toMatchObject({ status: 503 });
      });
    }
  }

  it("without any Retry-After: still 503 upstream_rate_limited, no Retry-After header", async () => {
    faultAll("rate_limit_no_retry_after");
    const answer = await post("/v1/chat/completions", DOORS[0].body, false);
    expect([answer.status, answer.retryAfter]).toEqual([503, null]);
    expect(answer.json).toMatchObject({ error: { code: "upstream_rate_limited" } });
  });

  it("a chain that also failed another way is still a 502 all_attempts_failed", async () => {
    faultAll("rate_limit");
    gateway.simulator.setFault(CHAIN[1], "server_error");
    const answer = await post("/v1/chat/completions", DOORS[0].body, false);
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error: { code: "all_attempts_failed" } });
  });
});
