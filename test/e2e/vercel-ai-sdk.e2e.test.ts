import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, streamText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY] = CHAIN;

describe("the Vercel AI SDK against the gateway", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  const provider = () => createOpenAICompatible({ name: "switchyard", baseURL: `${gateway.url}/v1`, apiKey: "sk-sy-client", includeUsage: true });

  it("makes one call", async () => {
    const result = await generateText({ model: provider()("switchyard/tier/e2e"), prompt: "Hello from the AI SDK", maxRetries: 0 });
    expect(result.text).toContain(`simulated answer from ${PRIMARY}`);
    expect(result.response.headers?.["x-switchyard-model"]).toBe(PRIMARY);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it("streams, with an invisible failover before the first token", async () => {
    gateway.simulator.setFault(PRIMARY, "server_error");
    const result = streamText({ model: provider()("switchyard/tier/e2e"), prompt: "Stream from the AI SDK", maxRetries: 0 });
    let text = "";
    for await (const delta of result.textStream) text += delta;
    expect(text).toBe(`This is a simulated answer from ${SECONDARY} to: Stream from the AI SDK`);
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
    expect(await result.finishReason).toBe("stop");
  });

  it("sees a stream cut after content as an error, not a finished answer", async () => {
    gateway.simulator.reset();
    gateway.simulator.setFault(PRIMARY, "stream_cut");
    const result = streamText({ model: provider()("switchyard/tier/e2e"), prompt: "Cut me off", maxRetries: 0, onError: () => {} });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(parts).toContain("error");
    expect(await result.finishReason).not.toBe("stop");
  });
});
