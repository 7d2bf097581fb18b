import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY] = CHAIN;

describe("the openai SDK, unchanged, against the gateway", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  it("lists the virtual models and the catalog", async () => {
    const ids: string[] = [];
    for await (const model of gateway.client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(["switchyard/auto", "switchyard/cheapest", "switchyard/task/code_generation", "switchyard/tier/premium", "switchyard/tier/e2e", PRIMARY]));
    expect(ids.indexOf("switchyard/auto")).toBeLessThan(ids.indexOf(PRIMARY));
    expect((await gateway.client.models.retrieve(PRIMARY)).id).toBe(PRIMARY);
    expect((await gateway.client.models.retrieve("switchyard/tier/e2e")).owned_by).toBe("switchyard");
    const missing = await gateway.client.models.retrieve("nobody/nothing").catch((caught: unknown) => caught);
    expect((missing as { status?: number }).status).toBe(404);
  });

  it("answers a non-streaming call with the decision headers", async () => {
    const { data, response } = await gateway.client.chat.completions.create(ask()).withResponse();
    expect(data.model).toBe(PRIMARY);
    expect(data.choices[0]?.message.content).toContain(`simulated answer from ${PRIMARY}`);
    expect(response.headers.get("x-switchyard-model")).toBe(PRIMARY);
    expect(response.headers.get("x-switchyard-tier")).toBe("e2e");
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    expect(response.headers.get("x-switchyard-decision-id")).toMatch(/^dec_/);
    expect(response.headers.get("x-switchyard-task")).toBeTruthy();
    expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeCloseTo(data.usage?.["cost" as keyof typeof data.usage] as unknown as number, 8);
  });

  it("streams and ends with usage", async () => {
    const stream = await gateway.client.chat.completions.create({ ...ask(), stream: true, stream_options: { include_usage: true } });
    let text = "";
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toContain(`simulated answer from ${PRIMARY}`);
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) });
  });

  it("passes tools through and returns the tool call", async () => {
    const completion = await gateway.client.chat.completions.create({
      ...ask("What is the weather in Paris?"),
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } } }],
    });
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === "function" && call.function.name).toBe("get_weather");
    const sent = gateway.simulator.calls[0]?.body as { tools: unknown[]; switchyard?: unknown };
    expect(sent.tools).toHaveLength(1);
  });

  it("passes an explicit model id through, strips the switchyard field and forwards OpenRouter extras", async () => {
    const body = {
      model: "openai/gpt-4o-mini",
      messages: [{ role: "user" as const, content: "hi" }],
      switchyard: { task: "chat" },
      provider: { order: ["OpenAI"], allow_fallbacks: false },
      plugins: [{ id: "web" }],
      usage: { include: true },
      reasoning: { effort: "low" },
      max_tokens: 50_000,
    };
    const { data, response } = await gateway.client.chat.completions.create(body as never).withResponse();
    expect(data.model).toBe("openai/gpt-4o-mini");
    expect(response.headers.get("x-switchyard-model")).toBe("openai/gpt-4o-mini");
    const sent = gateway.simulator.calls[0]?.body as Record<string, unknown>;
    expect(sent.switchyard).toBeUndefined();
    expect(sent).toMatchObject({ model: "openai/gpt-4o-mini", provider: body.provider, plugins: body.plugins, usage: body.usage, reasoning: body.reasoning });
    expect(sent.max_tokens).toBeLessThan(50_000);
    const headers = gateway.simulator.calls[0]?.headers ?? {};
    expect(headers["x-title"]).toBe("Switchyard e2e");
    expect(headers["http-referer"]).toBe("https://switchyard.test");
  });

  it("forwards a long body (spliced from the client's own text) with exactly the members a short one gets", async () => {
    const content = `Summarize this, please: ${"lorem ipsum dolor sit amet, caf\u00e9 \u2028 ".repeat(40)}`;
    const body = { ...ask(content), switchyard: { task: "summarization" }, max_completion_tokens: 200, temperature: 0.3, plugins: [{ id: "web" }], metadata: { "\u00e9": "\u00fc", n: "12" } };
    await gateway.client.chat.completions.create(body as never);
    await gateway.client.chat.completions.create({ ...body, messages: [{ role: "user", content: "short" }] } as never);
    const [long, short] = gateway.simulator.calls.map((call) => call.body as Record<string, unknown>);
    const { switchyard: _switchyard, max_completion_tokens: _cap, model: _model, ...forwarded } = body;
    expect(long).toEqual({ ...forwarded, model: PRIMARY, max_tokens: 200 });
    expect(Object.keys(long ?? {}).sort()).toEqual(Object.keys(short ?? {}).sort());
  });

  it("always sets max_tokens, capped by the tier", async () => {
    await gateway.client.chat.completions.create(ask());
    await gateway.client.chat.completions.create({ ...ask(), max_tokens: 100_000 });
    const sent = gateway.simulator.calls.map((call) => (call.body as { max_tokens: number }).max_tokens);
    expect(sent).toEqual([300, 300]);
  });
});
