/**
 * `/v1/messages` with the official `@anthropic-ai/sdk`, changed only in its base URL: create, stream, tool_use /
 * tool_result round trips, errors in Anthropic's envelope, the decision headers and the log's door.
 */
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { loadAgentTranscript } from "../support/agent-transcript.js";
import { CHAIN } from "./gateway-harness.js";
import { useMessagesGateway } from "../support/messages-gateway.js";

const [PRIMARY] = CHAIN;
const MODEL = "switchyard/tier/e2e";
const WEATHER_TOOL = { name: "get_weather", description: "Current weather for a city.", input_schema: { type: "object" as const, properties: { city: { type: "string" } }, required: ["city"] } };

describe("/v1/messages with the Anthropic SDK", () => {
  const door = useMessagesGateway();

  it("creates a message: text block, Anthropic usage, decision headers naming the door", async () => {
    const { data, response } = await door.client.messages
      .create({ model: MODEL, max_tokens: 200, system: "Be brief.", messages: [{ role: "user", content: "Say hello to the gateway." }] })
      .withResponse();
    expect(data.type).toBe("message");
    expect(data.role).toBe("assistant");
    expect(data.model).toBe(PRIMARY);
    expect(data.stop_reason).toBe("end_turn");
    const text = data.content[0];
    expect(text?.type === "text" ? text.text : "").toContain(`simulated answer from ${PRIMARY}`);
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    expect(data.usage.output_tokens).toBeGreaterThan(0);
    expect((data.usage as unknown as { cost_usd: number }).cost_usd).toBeGreaterThan(0);
    expect(response.headers.get("x-switchyard-door")).toBe("messages");
    expect(response.headers.get("x-switchyard-model")).toBe(PRIMARY);
    const sent = door.gateway.simulator.calls[0]?.body as { messages: { role: string }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(door.gateway.records.at(-1)).toMatchObject({ door: "messages", outcome: "served", model: PRIMARY });
  });

  it("streams Anthropic events, usage and cost in message_delta, ending with message_stop", async () => {
    const stream = door.client.messages.stream({ model: MODEL, max_tokens: 200, messages: [{ role: "user", content: "Say hello to the gateway." }] });
    const types: string[] = [];
    stream.on("streamEvent", (event) => types.push(event.type));
    const message = await stream.finalMessage();
    const text = message.content[0];
    expect(text?.type === "text" ? text.text : "").toBe(`This is a simulated answer from ${PRIMARY} to: Say hello to the gateway.`);
    expect(types[0]).toBe("message_start");
    expect(types).toContain("content_block_delta");
    expect(types.slice(-2)).toEqual(["message_delta", "message_stop"]);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(message.stop_reason).toBe("end_turn");
    expect(door.gateway.records.at(-1)).toMatchObject({ door: "messages", stream: true, outcome: "served" });
  });

  for (const stream of [false, true]) {
    it(`round-trips tool_use and tool_result (${stream ? "streamed" : "not streamed"})`, async () => {
      const question: Anthropic.MessageParam = { role: "user", content: "What is the weather in Paris?" };
      const call = stream
        ? await door.client.messages.stream({ model: MODEL, max_tokens: 200, tools: [WEATHER_TOOL], messages: [question] }).finalMessage()
        : await door.client.messages.create({ model: MODEL, max_tokens: 200, tools: [WEATHER_TOOL], messages: [question] });
      expect(call.stop_reason).toBe("tool_use");
      const toolUse = call.content.find((block) => block.type === "tool_use");
      expect(toolUse?.type === "tool_use" ? toolUse.name : "").toBe("get_weather");
      if (toolUse?.type !== "tool_use") throw new Error("no tool_use block");
      expect(typeof toolUse.input).toBe("object");
      const answer = await door.client.messages.create({
        model: MODEL,
        max_tokens: 200,
        tools: [WEATHER_TOOL],
        messages: [question, { role: "assistant", content: call.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: toolUse.id, content: "18°C and sunny" }] }],
      });
      expect(answer.stop_reason).toBe("end_turn");
      const sent = door.gateway.simulator.calls.at(-1)?.body as { messages: { role: string; tool_call_id?: string; tool_calls?: { id: string }[] }[] };
      expect(sent.messages.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
      expect(sent.messages[1]?.tool_calls?.[0]?.id).toBe(toolUse.id);
      expect(sent.messages[2]?.tool_call_id).toBe(toolUse.id);
    });
  }

  it("carries tool_choice: a named tool is the one called, none answers text, any calls even after a tool result", async () => {
    const TIME_TOOL = { name: "get_time", description: "Local time in a zone.", input_schema: { type: "object" as const, properties: { zone: { type: "string" } } } };
    const question: Anthropic.MessageParam = { role: "user", content: "Weather and time in Paris?" };
    const base = { model: MODEL, max_tokens: 200, tools: [WEATHER_TOOL, TIME_TOOL], messages: [question] };
    const named = await door.client.messages.create({ ...base, tool_choice: { type: "tool", name: "get_time" } });
    expect(named.content.find((block) => block.type === "tool_use")).toMatchObject({ name: "get_time" });
    const none = await door.client.messages.create({ ...base, tool_choice: { type: "none" } });
    expect(none.stop_reason).toBe("end_turn");
    const first = named.content.find((block) => block.type === "tool_use");
    if (first?.type !== "tool_use") throw new Error("no tool_use block");
    const again = await door.client.messages.create({
      ...base,
      tool_choice: { type: "any" },
      messages: [question, { role: "assistant", content: named.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: first.id, content: "14:05" }] }],
    });
    expect(again.stop_reason).toBe("tool_use");
  });

  it("translates images, thinking and cache_control for any model of the chain", async () => {
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 2048,
      thinking: { type: "enabled", budget_tokens: 1024 },
      system: [{ type: "text", text: "You are a careful assistant.", cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }, { type: "text", text: "Describe it." }] }],
    });
    const sent = door.gateway.simulator.calls[0]?.body as { reasoning?: unknown; max_tokens: number; messages: { content: { type: string; cache_control?: unknown; image_url?: { url: string } }[] }[] };
    // The tier caps max_tokens at 300, which counts the thinking too, and no budget of at least 1,024 (the least
    // Anthropic takes) fits under it: the request goes without reasoning, and the decision says so.
    expect(sent.max_tokens).toBe(300);
    expect(sent.reasoning).toBeUndefined();
    expect(door.gateway.records.at(-1)?.reasons?.join(" ")).toContain("reasoning.max_tokens 1024 does not fit under max_tokens 300, which counts the reasoning too, and no budget of at least 1024 does: sent without reasoning");
    expect(sent.messages[0]?.content[0]?.cache_control).toEqual({ type: "ephemeral" });
    expect(sent.messages[1]?.content[0]?.image_url?.url).toBe("data:image/png;base64,iVBORw0KGgo=");
  });

  it("serves thinking disabled on a model whose reasoning is mandatory (gpt-5-nano): nothing said upstream, which OpenRouter would refuse", async () => {
    const { response } = await door.client.messages
      .create({ model: MODEL, max_tokens: 100, thinking: { type: "disabled" }, messages: [{ role: "user", content: "Just answer." }] })
      .withResponse();
    expect(response.headers.get("x-switchyard-model")).toBe(PRIMARY);
    expect(door.gateway.simulator.calls.map((call) => call.status)).toEqual([200]);
    expect(door.gateway.simulator.calls[0]?.body).not.toHaveProperty("reasoning");
  });

  it("answers bad input with Anthropic's error envelope and a 400 naming the param", async () => {
    const error = await door.client.messages.create({ model: MODEL, max_tokens: 0, messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    const body = (error as InstanceType<typeof Anthropic.APIError>).error as { type: string; error: { type: string; message: string } };
    expect(body).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    expect(body.error.message).toContain("max_tokens");
    const raw = await fetch(`${door.gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 10, messages: [{ role: "user", content: [{ type: "server_tool_use" }] }] }) });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("messages[0].content[0]") } });
  });

  it("serves an agent-sized conversation (~300k tokens of tool results) through the route path", async () => {
    const last = loadAgentTranscript({ extraToolResultChars: 1_200_000 }).at(-1);
    if (!last) throw new Error("empty transcript");
    const { response } = await door.client.messages
      .create({ model: "switchyard/auto", max_tokens: 100, system: last.system, tools: last.tools as unknown as Anthropic.Tool[], messages: last.messages as unknown as Anthropic.MessageParam[] })
      .withResponse();
    expect(response.status).toBe(200);
    const sent = door.gateway.simulator.calls[0]?.body as { messages: { role: string }[] };
    expect(sent.messages.filter((message) => message.role === "tool")).toHaveLength(12);
    expect(door.gateway.records.at(-1)?.inputTokens).toBeGreaterThan(250_000);
  });

  it("structured outputs (output_config.format, or the beta's output_format) and strict tools reach the model, never dropped", async () => {
    const schema = { type: "object", properties: { city: { type: "string" }, celsius: { type: "number" } }, required: ["city", "celsius"], additionalProperties: false };
    for (const format of [{ output_config: { format: { type: "json_schema", schema } } }, { output_format: { type: "json_schema", schema } }]) {
      door.gateway.simulator.reset();
      const response = await fetch(`${door.gateway.url}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: MODEL, max_tokens: 200, messages: [{ role: "user", content: "Weather in Paris as JSON." }], ...format }),
      });
      expect(response.status).toBe(200);
      const message = (await response.json()) as { content: { type: string; text: string }[] };
      expect(JSON.parse(message.content[0]?.text ?? "")).toMatchObject({ city: expect.any(String), celsius: expect.any(Number) });
      expect(door.gateway.simulator.calls[0]?.body).toMatchObject({ response_format: { type: "json_schema", json_schema: { schema, strict: true } } });
    }
    door.gateway.simulator.reset();
    await door.client.messages.create({ model: MODEL, max_tokens: 50, tools: [{ ...WEATHER_TOOL, strict: true } as Anthropic.Tool], messages: [{ role: "user", content: "Weather in Paris?" }] });
    expect(door.gateway.simulator.calls[0]?.body).toMatchObject({ tools: [{ type: "function", function: { name: "get_weather", strict: true } }] });
  });

  it("a failed chain is a 502 in Anthropic's envelope", async () => {
    for (const model of CHAIN) door.gateway.simulator.setFault(model, "server_error");
    const error = await door.client.messages.create({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).status).toBe(502);
    expect(((error as InstanceType<typeof Anthropic.APIError>).error as { error: { type: string } }).error.type).toBe("api_error");
    expect(door.gateway.records.at(-1)).toMatchObject({ door: "messages", outcome: "failed", status: 502 });
  });
});
