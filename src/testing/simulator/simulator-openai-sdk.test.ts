import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { createSimulator, type Simulator } from "./create-simulator.js";

const MODEL = builtinModels().find((model) => !model.isFree)?.id ?? "openai/gpt-5-mini";

describe("the simulator through the official OpenAI SDK", () => {
  let simulator: Simulator;
  let client: OpenAI;
  beforeAll(async () => {
    simulator = await createSimulator({ apiKey: "sk-or-test" });
    client = new OpenAI({ baseURL: simulator.url, apiKey: "sk-or-test", maxRetries: 0 });
  });
  afterAll(() => simulator.close());

  it("parses a non-streaming completion with usage", async () => {
    const completion = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "Say hi" }] });
    expect(completion.model).toBe(MODEL);
    expect(completion.choices[0]?.message.content).toContain("Say hi");
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("parses a stream, skipping the keep-alive comment, up to [DONE]", async () => {
    const stream = await client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: "user", content: "Say hi" }] });
    let text = "";
    let finish: string | null | undefined;
    let sawUsage = false;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) sawUsage = true;
    }
    expect(text).toContain("Say hi");
    expect(finish).toBe("stop");
    expect(sawUsage).toBe(true);
  });

  it("assembles streamed tool calls", async () => {
    const tools = [{ type: "function" as const, function: { name: "lookup", parameters: { type: "object", properties: { q: { type: "string" } } } } }];
    const runner = client.chat.completions.stream({ model: MODEL, tools, messages: [{ role: "user", content: "find it" }] });
    const completion = await runner.finalChatCompletion();
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === "function" ? call.function.name : undefined).toBe("lookup");
  });

  it("maps fault statuses to the SDK's typed errors", async () => {
    const request = { model: MODEL, messages: [{ role: "user" as const, content: "x" }] };
    await expect(client.chat.completions.create(request, { headers: { "x-sim-fault": "rate_limit" } })).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    await expect(client.chat.completions.create(request, { headers: { "x-sim-fault": "moderation" } })).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError);
    await expect(client.chat.completions.create(request, { headers: { "x-sim-fault": "unavailable" } })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });
});
