import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY, THIRD_MODEL] = CHAIN;

describe("metrics, health and the circuit breaker", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ config: { circuit_breaker: { failures: 2, window_ms: 60_000, cooldown_ms: 400 } } });
  });
  afterAll(async () => gateway.close());

  it("GET /healthz answers ok", async () => {
    const response = await fetch(`${gateway.url}/healthz`);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("opens the primary's circuit after repeated failures, then probes it once after the cooldown", async () => {
    gateway.simulator.setFault(PRIMARY, "unavailable");
    for (let i = 0; i < 2; i += 1) await gateway.client.chat.completions.create(ask());
    const callsBefore = gateway.simulator.calls.length;
    const { response } = await gateway.client.chat.completions.create(ask()).withResponse();
    // The open circuit skips the primary without an upstream call.
    expect(response.headers.get("x-switchyard-model")).toBe(SECONDARY);
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    expect(gateway.simulator.calls.slice(callsBefore).map((call) => call.model)).toEqual([SECONDARY]);
    gateway.simulator.reset();
    await new Promise((resolve) => setTimeout(resolve, 450));
    const probe = await gateway.client.chat.completions.create(ask());
    expect(probe.model).toBe(PRIMARY);
  });

  it("GET /metrics exposes requests, attempts, fallbacks, latency and TTFT by model and tier", async () => {
    gateway.simulator.reset();
    const stream = await gateway.client.chat.completions.create({ ...ask(), stream: true });
    for await (const _chunk of stream) void _chunk;
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).toMatch(new RegExp(`switchyard_requests_total\\{model="${SECONDARY}",tier="e2e",status="200",stream="false"\\} \\d`));
    expect(text).toMatch(new RegExp(`switchyard_upstream_attempts_total\\{model="${PRIMARY}",outcome="http"\\} 2`));
    expect(text).toMatch(new RegExp(`switchyard_upstream_attempts_total\\{model="${PRIMARY}",outcome="circuit_open"\\} 1`));
    expect(text).toMatch(new RegExp(`switchyard_fallbacks_total\\{from_model="${PRIMARY}",reason="http_503"\\} 2`));
    expect(text).toMatch(new RegExp(`switchyard_time_to_first_token_seconds_count\\{model="${PRIMARY}",tier="e2e"\\} \\d`));
    expect(text).toMatch(new RegExp(`switchyard_request_duration_seconds_count\\{model="${PRIMARY}",tier="e2e"\\} \\d`));
  });

  it("opens the circuit of a flapping primary (failing every other call), then skips it", async () => {
    gateway.simulator.reset();
    await new Promise((resolve) => setTimeout(resolve, 450)); // any circuit from the cases above has cooled down
    gateway.simulator.setFault(PRIMARY, "flapping");
    for (let i = 0; i < 4; i += 1) await gateway.client.chat.completions.create(ask());
    const callsBefore = gateway.simulator.calls.length;
    for (let i = 0; i < 3; i += 1) expect((await gateway.client.chat.completions.create(ask())).model).toBe(SECONDARY);
    expect(gateway.simulator.calls.slice(callsBefore).map((call) => call.model)).toEqual([SECONDARY, SECONDARY, SECONDARY]);
    gateway.simulator.reset();
    await new Promise((resolve) => setTimeout(resolve, 450));
  });

  it("counts a stream that failed after its headers with the error's status, not 200", async () => {
    gateway.simulator.reset();
    gateway.simulator.setFault(THIRD_MODEL, "stream_cut");
    const stream = await gateway.client.chat.completions.create({ ...ask(), model: THIRD_MODEL, stream: true });
    await (async () => {
      for await (const _chunk of stream) void _chunk;
    })().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).toMatch(new RegExp(`switchyard_requests_total\\{model="${THIRD_MODEL}",tier="explicit",status="5\\d\\d",stream="true"\\} 1`));
    expect(text).not.toMatch(new RegExp(`switchyard_requests_total\\{model="${THIRD_MODEL}",tier="explicit",status="200",stream="true"\\}`));
    gateway.simulator.reset();
  });

  it("counts a fallback only when another model is tried: the last model's failure is not a move", async () => {
    const fallbacksFrom = async (model: string): Promise<number> => {
      const text = await (await fetch(`${gateway.url}/metrics`)).text();
      return [...text.matchAll(new RegExp(`switchyard_fallbacks_total\\{from_model="${model}",reason="[^"]+"\\} (\\d+)`, "g"))].reduce((sum, match) => sum + Number(match[1]), 0);
    };
    const before = await fallbacksFrom(SECONDARY);
    // An explicit model is the whole chain: its 503 ends the request without moving anywhere.
    gateway.simulator.setFault(SECONDARY, "unavailable");
    await expect(gateway.client.chat.completions.create({ ...ask(), model: SECONDARY })).rejects.toMatchObject({ status: 503 });
    expect(await fallbacksFrom(SECONDARY)).toBe(before);
    gateway.simulator.reset();
  });
});
