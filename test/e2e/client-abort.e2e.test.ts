import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

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
    expect(gateway.records.at(-1)).toMatchObject({ status: 499, stream: false });
    expect(gateway.logs.join("")).not.toContain('"level":50');
    gateway.simulator.reset();
  });
});
