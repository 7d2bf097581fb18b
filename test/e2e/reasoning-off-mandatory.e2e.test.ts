/**
 * Turning reasoning off (Messages `thinking: {type: "disabled"}`, Responses `reasoning: {effort: "none"}`, a chat
 * client's `reasoning: {enabled: false}`) per model, as the catalog says (OpenRouter's `reasoning.mandatory`): a model
 * whose reasoning is mandatory gets no off switch (OpenRouter refuses it with a 400 that does not move the chain on)
 * and answers; a model that can turn it off gets the switch. A model the catalog says nothing about keeps the doors'
 * old behavior: the Messages and Responses doors send nothing, a chat client's own switch is forwarded.
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { builtinModels } from "../../src/catalog/builtin-catalog.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { useMessagesGateway } from "../support/messages-gateway.js";

const MANDATORY = "openai/gpt-5-nano";
const OPTIONAL = "google/gemini-2.5-flash";
const UNKNOWN = "google/gemini-2.5-flash-lite";
const flags: Record<string, boolean> = { [MANDATORY]: true, [OPTIONAL]: false };
const catalog = new ModelCatalog(builtinModels().map((model) => (model.id in flags ? { ...model, reasoningMandatory: flags[model.id] } : model)), { source: "builtin" });

describe("turning reasoning off follows the catalog's reasoning.mandatory", () => {
  const door = useMessagesGateway({ app: { catalog } });
  const responses = (): OpenAI => new OpenAI({ baseURL: `${door.gateway.url}/v1`, apiKey: "sk-sy-anything", maxRetries: 0 });

  /** The `reasoning` the upstream got in the last call. */
  function reasoningSent(): unknown {
    return (door.gateway.simulator.calls.at(-1)?.body as { reasoning?: unknown }).reasoning;
  }

  it("Messages thinking disabled: a mandatory model answers without the switch; an optional one gets enabled: false", async () => {
    const mandatory = await door.client.messages.create({ model: MANDATORY, max_tokens: 200, thinking: { type: "disabled" }, messages: [{ role: "user", content: "Say hi." }] });
    expect(mandatory.content.length).toBeGreaterThan(0);
    expect(reasoningSent()).toBeUndefined();
    await door.client.messages.create({ model: OPTIONAL, max_tokens: 200, thinking: { type: "disabled" }, messages: [{ role: "user", content: "Say hi." }] });
    expect(reasoningSent()).toEqual({ enabled: false });
    await door.client.messages.create({ model: UNKNOWN, max_tokens: 200, thinking: { type: "disabled" }, messages: [{ role: "user", content: "Say hi." }] });
    expect(reasoningSent()).toBeUndefined();
  });

  it("Responses effort none: a mandatory model answers without the switch; an optional one gets effort none", async () => {
    const mandatory = await responses().responses.create({ model: MANDATORY, input: "Say hi.", reasoning: { effort: "none" } });
    expect(mandatory.status).toBe("completed");
    expect(reasoningSent()).toBeUndefined();
    const stream = await responses().responses.create({ model: MANDATORY, input: "Say hi.", reasoning: { effort: "none" }, stream: true });
    let status: string | undefined;
    for await (const event of stream) if (event.type === "response.completed") status = event.response.status;
    expect(status).toBe("completed");
    await responses().responses.create({ model: OPTIONAL, input: "Say hi.", reasoning: { effort: "none" } });
    expect(reasoningSent()).toEqual({ effort: "none" });
    await responses().responses.create({ model: UNKNOWN, input: "Say hi.", reasoning: { effort: "none" } });
    expect(reasoningSent()).toBeUndefined();
  });

  it("a chat client's own switch: dropped for a mandatory model (served), forwarded where the catalog says nothing", async () => {
    const body = (model: string) => ({ model, max_tokens: 200, messages: [{ role: "user" as const, content: "Say hi." }], reasoning: { enabled: false } });
    const served = await door.gateway.client.chat.completions.create(body(MANDATORY) as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(served.choices[0]?.message.content).toBeTruthy();
    expect(reasoningSent()).toBeUndefined();
    await door.gateway.client.chat.completions.create(body(UNKNOWN) as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(reasoningSent()).toEqual({ enabled: false });
  });
});

describe("a chat client's switch on a model that must reason: only the switch is left out", () => {
  const door = useMessagesGateway({ app: { catalog }, config: { tiers: { e2e: { models: [MANDATORY, OPTIONAL, UNKNOWN], max_tokens: 300 } } } });
  const sent = (model: string) => door.gateway.simulator.calls.map((call) => call.body as Record<string, unknown>).filter((body) => body.model === model);

  it("reasoning_effort none (OpenRouter's shorthand) is not sent to a mandatory model, which answers", async () => {
    const body = { model: MANDATORY, max_tokens: 200, messages: [{ role: "user" as const, content: "Say hi." }], reasoning_effort: "none" };
    const served = await door.gateway.client.chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(served.choices[0]?.message.content).toBeTruthy();
    expect(sent(MANDATORY).at(-1)).not.toHaveProperty("reasoning_effort");
  });

  it("each attempt of one chain: the mandatory model keeps exclude, the others get the client's reasoning whole", async () => {
    door.gateway.simulator.setFault(MANDATORY, "server_error");
    door.gateway.simulator.setFault(OPTIONAL, "server_error");
    const body = { model: "switchyard/tier/e2e", max_tokens: 200, messages: [{ role: "user" as const, content: "Say hi." }], reasoning: { enabled: false, exclude: true } };
    const served = await door.gateway.client.chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(served.choices[0]?.message.content).toBeTruthy();
    expect(sent(MANDATORY).map((call) => call.reasoning)).toContainEqual({ exclude: true });
    expect(sent(MANDATORY).every((call) => JSON.stringify(call.reasoning) === '{"exclude":true}')).toBe(true);
    expect(sent(OPTIONAL).map((call) => call.reasoning)).toContainEqual({ enabled: false, exclude: true });
    expect(sent(UNKNOWN).map((call) => call.reasoning)).toEqual([{ enabled: false, exclude: true }]);
  });
});
