/**
 * `/v1/responses` with the official `openai` v6 SDK (`client.responses.create` and its stream), changed only in
 * its base URL: text, function calls and their outputs, previous_response_id, errors in OpenAI's envelope.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY] = CHAIN;
const MODEL = "switchyard/tier/e2e";
const WEATHER_TOOL = { type: "function" as const, name: "get_weather", description: "Current weather for a city.", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }, strict: false };

describe("/v1/responses with the openai SDK", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.records.length = 0;
    gateway.holds.clear(); // a rate_limit case holds the primary for its Retry-After second
  });

  it("creates a response: output_text, usage with cost, headers naming the door", async () => {
    const { data, response } = await gateway.client.responses.create({ model: MODEL, instructions: "Be brief.", input: "Say hello to the gateway." }).withResponse();
    expect(data.object).toBe("response");
    expect(data.status).toBe("completed");
    expect(data.output_text).toBe(`This is a simulated answer from ${PRIMARY} to: Say hello to the gateway.`);
    expect(data.usage?.output_tokens).toBeGreaterThan(0);
    expect((data.usage as unknown as { cost_usd: number }).cost_usd).toBeGreaterThan(0);
    expect(response.headers.get("x-switchyard-door")).toBe("responses");
    const sent = gateway.simulator.calls[0]?.body as { messages: { role: string }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(gateway.records.at(-1)).toMatchObject({ door: "responses", outcome: "served" });
  });

  it("streams response.* events ending with response.completed carrying usage", async () => {
    const stream = await gateway.client.responses.create({ model: MODEL, input: "Say hello to the gateway.", stream: true });
    const types: string[] = [];
    let text = "";
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") text += event.delta;
      if (event.type === "response.completed") completed = event.response;
    }
    expect(types[0]).toBe("response.created");
    expect(types.at(-1)).toBe("response.completed");
    expect(text).toBe(`This is a simulated answer from ${PRIMARY} to: Say hello to the gateway.`);
    expect(completed?.output_text).toBe(text);
    expect(completed?.usage?.output_tokens).toBeGreaterThan(0);
  });

  it("the SDK's stream helper assembles the final response", async () => {
    const stream = gateway.client.responses.stream({ model: MODEL, input: "Say hello to the gateway." });
    const final = await stream.finalResponse();
    expect(final.output_text).toContain(PRIMARY);
  });

  for (const streamed of [false, true]) {
    it(`function calls round-trip, and previous_response_id continues the conversation (${streamed ? "streamed" : "not streamed"})`, async () => {
      const first = streamed
        ? await gateway.client.responses.stream({ model: MODEL, input: "What is the weather in Paris?", tools: [WEATHER_TOOL] }).finalResponse()
        : await gateway.client.responses.create({ model: MODEL, input: "What is the weather in Paris?", tools: [WEATHER_TOOL] });
      const call = first.output.find((item) => item.type === "function_call");
      if (call?.type !== "function_call") throw new Error("no function_call item");
      expect(call.name).toBe("get_weather");
      const second = await gateway.client.responses.create({
        model: MODEL,
        previous_response_id: first.id,
        tools: [WEATHER_TOOL],
        input: [{ type: "function_call_output", call_id: call.call_id, output: "18°C and sunny" }],
      });
      expect(second.status).toBe("completed");
      expect(second.previous_response_id).toBe(first.id);
      const sent = gateway.simulator.calls.at(-1)?.body as { messages: { role: string; tool_call_id?: string }[] };
      expect(sent.messages.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
      expect(sent.messages[2]?.tool_call_id).toBe(call.call_id);
      expect(gateway.records.at(-1)).toMatchObject({ affinity: "hit" });
    });
  }

  it("carries tool_choice: a named function is the one called, none answers text", async () => {
    const TIME_TOOL = { type: "function" as const, name: "get_time", description: "Local time in a zone.", parameters: { type: "object", properties: { zone: { type: "string" } } }, strict: false };
    const base = { model: MODEL, input: "Weather and time in Paris?", tools: [WEATHER_TOOL, TIME_TOOL] };
    const named = await gateway.client.responses.create({ ...base, tool_choice: { type: "function", name: "get_time" } });
    expect(named.output.find((item) => item.type === "function_call")).toMatchObject({ name: "get_time" });
    const none = await gateway.client.responses.create({ ...base, tool_choice: "none" });
    expect(none.output.some((item) => item.type === "function_call")).toBe(false);
    expect(none.output_text).not.toBe("");
  });

  it("refuses an image or a file given only by file_id (no Files API here), naming the part, instead of sending it empty", async () => {
    const calls = gateway.simulator.calls.length;
    for (const part of [{ type: "input_image", file_id: "file-abc" }, { type: "input_file", file_id: "file-abc" }]) {
      const response = await fetch(`${gateway.url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, input: [{ role: "user", content: [{ type: "input_text", text: "what is this?" }, part] }] }) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string; param: string | null } };
      expect(body.error.message).toContain("Files API");
      expect(body.error.param).toMatch(/^input\.0\.content\.1\b|^input\[0\]\.content\[1\]/);
    }
    expect(gateway.simulator.calls.length).toBe(calls);
  });

  it("sends the whole conversation as input items when the client keeps it itself", async () => {
    await gateway.client.responses.create({
      model: MODEL,
      store: false,
      input: [
        { role: "developer", content: "Answer in French." },
        { role: "user", content: [{ type: "input_text", text: "Hello" }] },
        { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{\"city\":\"Paris\"}" },
        { type: "function_call_output", call_id: "call_1", output: "18°C" },
      ],
    });
    const sent = gateway.simulator.calls[0]?.body as { messages: { role: string; tool_calls?: unknown[] }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(["system", "user", "assistant", "tool"]);
    expect(sent.messages[2]?.tool_calls).toHaveLength(1);
  });

  it("refuses a function_call_output answering no function_call, as OpenAI does, instead of sending an orphan tool message", async () => {
    const orphan = await gateway.client.responses
      .create({ model: MODEL, input: [{ role: "user", content: "hi" }, { type: "function_call_output", call_id: "call_nobody_made", output: "18°C" }] })
      .catch((caught: unknown) => caught);
    expect(orphan).toBeInstanceOf(OpenAI.BadRequestError);
    expect((orphan as InstanceType<typeof OpenAI.APIError>).param).toBe("input[1].call_id");
    expect((orphan as InstanceType<typeof OpenAI.APIError>).message).toContain("No tool call found for function call output with call_id \"call_nobody_made\"");
    // An output before its call answers nothing either.
    const early = await gateway.client.responses
      .create({ model: MODEL, input: [{ type: "function_call_output", call_id: "call_1", output: "18°C" }, { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{}" }] })
      .catch((caught: unknown) => caught);
    expect((early as InstanceType<typeof OpenAI.APIError>).param).toBe("input[0].call_id");
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("refuses two function_call items with one call_id, as OpenAI does: which call an output answers would be a guess", async () => {
    const twice = await gateway.client.responses
      .create({
        model: MODEL,
        input: [
          { role: "user", content: "Weather in Paris and Lyon?" },
          { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{\"city\":\"Paris\"}" },
          { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{\"city\":\"Lyon\"}" },
          { type: "function_call_output", call_id: "call_1", output: "18°C" },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(twice).toBeInstanceOf(OpenAI.BadRequestError);
    expect((twice as InstanceType<typeof OpenAI.APIError>).param).toBe("input[2].call_id");
    expect((twice as InstanceType<typeof OpenAI.APIError>).message).toContain("Duplicate call_id \"call_1\": input[2] is a function_call with the call_id of input[1]");
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("refuses a stored call sent again beside previous_response_id, and a call answered twice (two calls or two answers under one id)", async () => {
    const first = await gateway.client.responses.create({ model: MODEL, input: "What is the weather in Paris?", tools: [WEATHER_TOOL] });
    const call = first.output.find((item) => item.type === "function_call");
    if (call?.type !== "function_call") throw new Error("no function_call item");
    const calls = gateway.simulator.calls.length;
    const refusedWith = async (input: OpenAI.Responses.ResponseInput, previous?: string): Promise<InstanceType<typeof OpenAI.APIError>> => {
      const error = await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], input, ...(previous ? { previous_response_id: previous } : {}) }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.BadRequestError);
      return error as InstanceType<typeof OpenAI.APIError>;
    };
    const resent = await refusedWith([{ type: "function_call", call_id: call.call_id, name: call.name, arguments: call.arguments }, { type: "function_call_output", call_id: call.call_id, output: "18°C" }], first.id);
    expect(resent.param).toBe("input[0].call_id");
    expect(resent.message).toContain(`Duplicate call_id ${JSON.stringify(call.call_id)}: input[0] is a function_call already in the response previous_response_id names`);
    const answeredTwice = await refusedWith([{ type: "function_call_output", call_id: call.call_id, output: "18°C" }, { type: "function_call_output", call_id: call.call_id, output: "19°C" }], first.id);
    expect(answeredTwice.param).toBe("input[1].call_id");
    expect(answeredTwice.message).toContain("input[1] answers the call input[0] answered");
    const answered = await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], previous_response_id: first.id, input: [{ type: "function_call_output", call_id: call.call_id, output: "18°C" }] });
    const answeredAgain = await refusedWith([{ type: "function_call_output", call_id: call.call_id, output: "19°C" }], answered.id);
    expect(answeredAgain.message).toContain("already answered in the response previous_response_id names");
    expect(gateway.simulator.calls).toHaveLength(calls + 1);
  });

  it("refuses a message that goes on past a call no output answered, in input or left open by the stored response, as OpenAI does", async () => {
    const call = { type: "function_call" as const, call_id: "call_1", name: "get_weather", arguments: "{}" };
    const open = await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], input: [{ role: "user", content: "Weather?" }, call, { role: "user", content: "Never mind." }] }).catch((caught: unknown) => caught);
    expect(open).toBeInstanceOf(OpenAI.BadRequestError);
    expect((open as InstanceType<typeof OpenAI.APIError>).param).toBe("input[2]");
    expect((open as InstanceType<typeof OpenAI.APIError>).message).toMatch(/^400 No tool output found for function call "call_1" \(made in input\[1\]\)/);
    const first = await gateway.client.responses.create({ model: MODEL, input: "What is the weather in Paris?", tools: [WEATHER_TOOL] });
    expect(first.output.some((item) => item.type === "function_call")).toBe(true);
    const skipped = await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], previous_response_id: first.id, input: "And in Lyon?" }).catch((caught: unknown) => caught);
    expect((skipped as InstanceType<typeof OpenAI.APIError>).message).toMatch(/made in the response previous_response_id names/);
    // A call that ends input, and an assistant message beside its response's calls, pass.
    await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], input: [{ role: "user", content: "Weather?" }, call, { role: "assistant", content: "Checking." }, { type: "function_call_output", call_id: "call_1", output: "18°C" }] });
    await gateway.client.responses.create({ model: MODEL, tools: [WEATHER_TOOL], input: [{ role: "user", content: "Weather?" }, call] });
  });

  it("an image a function returned reaches the model after the tool messages, never dropped; one in a developer message is refused", async () => {
    const image = "data:image/png;base64,iVBORw0KGgo=";
    await gateway.client.responses.create({
      model: MODEL,
      store: false,
      input: [
        { role: "user", content: "What do the cameras show?" },
        { type: "function_call", call_id: "call_a", name: "camera", arguments: "{}" },
        { type: "function_call", call_id: "call_b", name: "camera", arguments: "{}" },
        { type: "function_call_output", call_id: "call_a", output: [{ type: "input_text", text: "front door" }, { type: "input_image", image_url: image, detail: "auto" }] },
        { type: "function_call_output", call_id: "call_b", output: "back door: nothing" },
      ],
    });
    const sent = gateway.simulator.calls[0]?.body as { messages: { role: string; content: unknown }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(["user", "assistant", "tool", "tool", "user"]);
    expect(sent.messages[2]?.content).toBe("front door");
    expect(sent.messages[4]?.content).toEqual([{ type: "image_url", image_url: { url: image, detail: "auto" } }]);
    const developer = await fetch(`${gateway.url}/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: MODEL, input: [{ role: "developer", content: [{ type: "input_text", text: "Style:" }, { type: "input_image", image_url: image }] }, { role: "user", content: "hi" }] }),
    });
    expect(developer.status).toBe(400);
    expect(await developer.json()).toMatchObject({ error: { type: "invalid_request_error", param: "input[0].content[1]" } });
    expect(gateway.simulator.calls).toHaveLength(1);
  });

  it("refuses unknown previous_response_id, hosted tools and bad shapes with OpenAI's envelope", async () => {
    const missing = await gateway.client.responses.create({ model: MODEL, input: "hi", previous_response_id: "resp_nope" }).catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(OpenAI.BadRequestError);
    expect((missing as InstanceType<typeof OpenAI.APIError>).code).toBe("previous_response_not_found");
    expect((missing as InstanceType<typeof OpenAI.APIError>).param).toBe("previous_response_id");
    const hosted = await gateway.client.responses.create({ model: MODEL, input: "hi", tools: [{ type: "web_search_preview" }] }).catch((caught: unknown) => caught);
    expect(hosted).toBeInstanceOf(OpenAI.BadRequestError);
    expect((hosted as InstanceType<typeof OpenAI.APIError>).param).toBe("tools[0].type");
    const raw = await fetch(`${gateway.url}/v1/responses`, { method: "POST", body: JSON.stringify({ model: MODEL }) });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: { type: "invalid_request_error", param: "input" } });
  });

  it("a response stored under one key is not visible to another", async () => {
    const first = await gateway.client.responses.create({ model: MODEL, input: "Say hello to the gateway." });
    const again = await gateway.client.responses.create({ model: MODEL, input: "And again?", previous_response_id: first.id });
    expect(again.status).toBe("completed");
  });
});
