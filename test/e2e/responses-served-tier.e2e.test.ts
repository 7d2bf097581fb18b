/**
 * `/v1/responses` reports the service tier that served the request, as OpenAI's API does ("the response body will
 * include the service_tier value based on the processing mode actually used"), from the upstream's `service_tier`,
 * with the official `openai` SDK, whole and streamed; the tier asked when the upstream says none.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";

/** An upstream that serves every request on the tier a `served:<tier>` marker in the prompt names (without one it says none). */
function answer(text: string, stream: boolean): string {
  const body = JSON.parse(text) as { model: string; messages: { content: unknown }[] };
  const served = /served:(\w+)/.exec(JSON.stringify(body.messages))?.[1];
  const tier = served === undefined ? {} : { service_tier: served };
  const base = { id: "gen-t", created: 1, model: body.model, ...tier };
  const usage = { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 };
  if (!stream) return JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "Hi." }, finish_reason: "stop" }], usage });
  const chunk = (fields: Record<string, unknown>): string => `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", ...fields })}\n\n`;
  return chunk({ choices: [{ index: 0, delta: { role: "assistant", content: "Hi." }, finish_reason: null }] }) + chunk({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }) + chunk({ choices: [], usage }) + "data: [DONE]\n\n";
}

const the = useGatewayAnswering(answer);

async function streamedTier(input: string, tier?: "priority" | "flex"): Promise<string | null | undefined> {
  const stream = await the.gateway.client.responses.create({ model: MODEL, input, stream: true, ...(tier ? { service_tier: tier } : {}) });
  let served: string | null | undefined;
  for await (const event of stream) if (event.type === "response.completed") served = event.response.service_tier;
  return served;
}

describe("the Responses door's service_tier is the tier served", () => {
  it("a priority request the provider served on its default tier says default, whole and streamed", async () => {
    expect((await the.gateway.client.responses.create({ model: MODEL, input: "served:default", service_tier: "priority" })).service_tier).toBe("default");
    expect(await streamedTier("served:default", "priority")).toBe("default");
    // Anthropic's name for it (a provider may report it) is OpenAI's default.
    expect((await the.gateway.client.responses.create({ model: MODEL, input: "served:standard", service_tier: "auto" })).service_tier).toBe("default");
  });

  it("an auto request says the tier that served it; a provider that says none leaves the tier asked", async () => {
    expect((await the.gateway.client.responses.create({ model: MODEL, input: "served:priority", service_tier: "auto" })).service_tier).toBe("priority");
    expect(await streamedTier("no tier reported", "flex")).toBe("flex");
    expect((await the.gateway.client.responses.create({ model: MODEL, input: "no tier reported" })).service_tier).toBe("auto");
    // Read back as it was answered.
    const answered = await the.gateway.client.responses.create({ model: MODEL, input: "served:flex", service_tier: "priority" });
    expect((await the.gateway.client.responses.retrieve(answered.id)).service_tier).toBe("flex");
  });
});

describe("a priority request is charged at the tier that served it (the reservation stays at the priority price)", () => {
  /** The decision record's cost of the last request (the upstream reports tokens, no `cost`: the gateway prices them). */
  function lastCost(): number {
    return the.gateway.records.at(-1)?.costUsd ?? Number.NaN;
  }

  it("settles a priority request served on the default tier at the list price, whole and streamed", async () => {
    await the.gateway.client.responses.create({ model: MODEL, input: "served:priority", service_tier: "priority" });
    const atPriority = lastCost();
    await the.gateway.client.responses.create({ model: MODEL, input: "served:default", service_tier: "priority" });
    const atDefault = lastCost();
    expect(atPriority).toBeGreaterThan(0);
    expect(atDefault).toBeCloseTo(atPriority / 2, 12);
    await streamedTier("served:default", "priority");
    expect(lastCost()).toBeCloseTo(atDefault, 12);
    // No tier reported: the request's tier is all the gateway knows, so the charge stays at its price.
    await the.gateway.client.responses.create({ model: MODEL, input: "served:auto", service_tier: "priority" });
    expect(lastCost()).toBeCloseTo(atPriority, 12);
  });

  it("never settles above the tier reserved: an auto request served on priority stays at the list price it was reserved at", async () => {
    await the.gateway.client.responses.create({ model: MODEL, input: "served:default", service_tier: "auto" });
    const atList = lastCost();
    await the.gateway.client.responses.create({ model: MODEL, input: "served:priority", service_tier: "auto" });
    expect(lastCost()).toBeCloseTo(atList, 12);
    await streamedTier("served:priority");
    expect(lastCost()).toBeCloseTo(atList, 12);
  });
});
