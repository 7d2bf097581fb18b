import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

describe("a client that leaves mid-stream", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ simulator: { chunkCount: 40, chunkDelayMs: 40 } });
  });
  afterAll(async () => gateway.close());

  it("stops the upstream stream and logs the request as abandoned (499)", async () => {
    const controller = new AbortController();
    const stream = await gateway.client.chat.completions.create({ ...ask("Tell me a long story about routers and switches and yards."), stream: true }, { signal: controller.signal });
    let chunks = 0;
    await (async () => {
      for await (const _chunk of stream) {
        chunks += 1;
        if (chunks === 3) controller.abort();
      }
    })().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const record = gateway.records.at(-1);
    expect(record).toMatchObject({ status: 499, stream: true });
    // The gateway is still healthy and serves the next request.
    const next = await gateway.client.chat.completions.create(ask());
    expect(next.choices[0]?.message.content).toContain("simulated answer");
  });

  it("a non-streaming caller that gives up is logged as 499, not as an internal error", async () => {
    gateway.simulator.setFault("openai/gpt-5-nano", "no_response");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await gateway.client.chat.completions.create(ask(), { signal: controller.signal }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The request had gone out: the record keeps that attempt, ended by the client.
    expect(gateway.records.at(-1)).toMatchObject({ status: 499, stream: false, attempts: [{ model: CHAIN[0], errorType: "client_gone" }] });
    expect(gateway.logs.join("")).not.toContain('"level":50');
    gateway.simulator.reset();
  });

  it("clients that leave mid-stream together do not open a healthy model's circuit, and each attempt is counted once", async () => {
    // The default breaker opens after 5 failures: 6 streams abandoned at once must not count as any.
    const streams = await Promise.all(Array.from({ length: 6 }, async () => {
      const controller = new AbortController();
      const stream = await gateway.client.chat.completions.create({ ...ask("Tell me a long story about yards."), stream: true }, { signal: controller.signal });
      return { stream, controller };
    }));
    await Promise.all(streams.map(async ({ stream, controller }) => {
      for await (const _chunk of stream) {
        controller.abort();
      }
    }).map((reading) => reading.catch(() => undefined)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`switchyard_circuit_breaker_state\\{model="${CHAIN[0]}"\\} 0`));
    expect(metrics).toMatch(new RegExp(`switchyard_upstream_attempts_total\\{model="${CHAIN[0]}",outcome="client_gone"\\} [6-9]`));
    // A stream that was abandoned is not also counted as a success.
    const successes = Number(new RegExp(`switchyard_upstream_attempts_total\\{model="${CHAIN[0]}",outcome="success"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
    const served = gateway.records.filter((record) => record.status === 200 && record.attempts.at(-1)?.model === CHAIN[0]).length;
    expect(successes).toBe(served);
    const next = await gateway.client.chat.completions.create(ask());
    expect(next.model).toBe(CHAIN[0]);
  });
});
