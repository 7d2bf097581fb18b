/**
 * `/v1/responses` request options the gateway cannot carry the way OpenAI's servers do, with the official `openai`
 * SDK: each is honoured, echoed as asked, or refused with a 400 saying what to use instead, never silently dropped.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";

describe("/v1/responses options", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  async function refusal(body: Record<string, unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
    const error = await gateway.client.responses.create({ model: MODEL, input: "hi", ...body }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(gateway.simulator.calls).toHaveLength(0);
    return error as InstanceType<typeof OpenAI.APIError>;
  }

  it("answers an unknown top-level field as OpenAI does, and carries prompt_cache_key and service_tier upstream", async () => {
    const error = await refusal({ temprature: 0.2 });
    expect(error.code).toBe("unknown_parameter");
    expect(error.param).toBe("temprature");
    expect(error.message).toContain("Unknown parameter: 'temprature'.");
    const asked = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", prompt_cache_key: "tenant-7", service_tier: "flex", safety_identifier: "u-1" });
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ prompt_cache_key: "tenant-7", service_tier: "flex", user: "u-1" });
    expect(asked).toMatchObject({ prompt_cache_key: "tenant-7", service_tier: "flex", safety_identifier: "u-1" });
    expect(await gateway.client.responses.create({ model: MODEL, input: "Say hello." })).toMatchObject({ prompt_cache_key: null, service_tier: "auto", safety_identifier: null });
  });

  it("carries reasoning.summary upstream as OpenRouter's reasoning.summary (Codex asks effort and summary), and refuses a value OpenAI refuses", async () => {
    const asked = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", reasoning: { effort: "low", summary: "detailed" } });
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ reasoning: { effort: "low", summary: "detailed" } });
    expect(asked.reasoning).toEqual({ effort: "low", summary: "detailed" });
    // Alone (no effort: OpenRouter turns no reasoning on for it), and by its deprecated name.
    await gateway.client.responses.create({ model: MODEL, input: "Say hello.", reasoning: { summary: "auto" } });
    expect((gateway.simulator.calls.at(-1)?.body as { reasoning?: unknown }).reasoning).toEqual({ summary: "auto" });
    await gateway.client.responses.create({ model: MODEL, input: "Say hello.", reasoning: { effort: "high", generate_summary: "concise" } });
    expect((gateway.simulator.calls.at(-1)?.body as { reasoning?: unknown }).reasoning).toEqual({ effort: "high", summary: "concise" });
    gateway.simulator.reset();
    const error = await refusal({ reasoning: { effort: "low", summary: "verbose" } });
    expect(error.param).toBe("reasoning.summary");
  });

  it("refuses max_output_tokens below 16 as OpenAI does, naming the parameter and the value, before anything goes upstream", async () => {
    for (const asked of [15, 1, 0]) {
      const error = await refusal({ max_output_tokens: asked });
      expect(error.status).toBe(400);
      expect(error.param).toBe("max_output_tokens");
      expect(error.code).toBe("integer_below_min_value");
      expect(error.message).toContain(`Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got ${asked} instead.`);
    }
    const least = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", max_output_tokens: 16 });
    expect(least.max_output_tokens).toBe(16);
  });

  it("echoes truncation as asked, streamed and not, and disabled when not given", async () => {
    const asked = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", truncation: "auto" });
    expect(asked.truncation).toBe("auto");
    const stream = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", truncation: "auto", stream: true });
    const truncations: unknown[] = [];
    for await (const event of stream) if (event.type === "response.created" || event.type === "response.completed") truncations.push(event.response.truncation);
    expect(truncations).toEqual(["auto", "auto"]);
    expect((await gateway.client.responses.create({ model: MODEL, input: "Say hello." })).truncation).toBe("disabled");
  });

  it("refuses conversation (a conversation stored by OpenAI) and prompt (a stored template), saying what to send instead", async () => {
    for (const conversation of ["conv_123", { id: "conv_123" }]) {
      const error = await refusal({ conversation });
      expect(error.param).toBe("conversation");
      expect(error.code).toBe("unsupported_parameter");
      expect(error.message).toContain("previous_response_id");
    }
    const prompt = await refusal({ prompt: { id: "pmpt_123", variables: { city: "Paris" } } });
    expect(prompt.param).toBe("prompt");
    expect(prompt.message).toContain("instructions");
    // A request built on a stored prompt may carry no input at all: it still hears about `prompt`.
    const bare = await fetch(`${gateway.url}/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, prompt: { id: "pmpt_123" } }) });
    expect(bare.status).toBe(400);
    expect(await bare.json()).toMatchObject({ error: { type: "invalid_request_error", param: "prompt", code: "unsupported_parameter" } });
    expect((await gateway.client.responses.create({ model: MODEL, input: "Say hello.", conversation: null, prompt: null })).status).toBe("completed");
  });

  it("accepts every include value OpenAI documents, streamed and not, and refuses another naming it", async () => {
    const include: OpenAI.Responses.ResponseIncludable[] = [
      "file_search_call.results",
      "web_search_call.results",
      "web_search_call.action.sources",
      "message.input_image.image_url",
      "computer_call_output.output.image_url",
      "code_interpreter_call.outputs",
      "reasoning.encrypted_content",
      "message.output_text.logprobs",
    ];
    expect((await gateway.client.responses.create({ model: MODEL, input: "Say hello.", include })).status).toBe("completed");
    const stream = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", include: ["reasoning.encrypted_content"], store: false, stream: true });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types.at(-1)).toBe("response.completed");
    gateway.simulator.reset();
    const error = await refusal({ include: ["reasoning.encrypted_content", "message.output_text.tokens"] });
    expect(error.param).toBe("include[1]");
    expect(error.message).toContain('"message.output_text.tokens"');
  });

  it("include message.output_text.logprobs asks the upstream for logprobs and returns them on the output text, streamed and not", async () => {
    const asked = { model: MODEL, input: "Say hello.", include: ["message.output_text.logprobs" as const], top_logprobs: 2 };
    const whole = await gateway.client.responses.create(asked);
    const part = whole.output.flatMap((item) => (item.type === "message" ? item.content : []))[0];
    const logprobs = part?.type === "output_text" ? (part.logprobs ?? []) : [];
    expect(logprobs.length).toBeGreaterThan(1);
    expect(logprobs.map((entry) => entry.token).join("")).toBe(whole.output_text);
    expect(logprobs[0]?.top_logprobs).toHaveLength(1);
    expect(gateway.simulator.calls[0]?.body).toMatchObject({ logprobs: true, top_logprobs: 2 });
    const stream = await gateway.client.responses.create({ ...asked, stream: true });
    let streamed = "";
    let final: unknown[] = [];
    for await (const event of stream) {
      if (event.type === "response.output_text.delta") streamed += event.logprobs.map((entry) => entry.token).join("");
      if (event.type === "response.output_text.done") final = event.logprobs ?? [];
    }
    expect(streamed).toBe(whole.output_text);
    expect(final).toHaveLength(logprobs.length);
    gateway.simulator.reset();
    const plain = await gateway.client.responses.create({ model: MODEL, input: "Say hello." });
    expect(plain.output.flatMap((item) => (item.type === "message" ? item.content : []))[0]).toMatchObject({ logprobs: [] });
    expect((gateway.simulator.calls[0]?.body as { logprobs?: unknown }).logprobs).toBeUndefined();
  });

  it("a reasoning item's encrypted_content goes upstream as its assistant message's reasoning_details; a broken token is a 400", async () => {
    const input: OpenAI.Responses.ResponseInputItem[] = [
      { role: "user", content: "Weather in Paris?" },
      { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "gAAAAB-from-openai" },
      { type: "function_call", call_id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' },
      { type: "function_call_output", call_id: "call_1", output: "18C" },
    ];
    expect((await gateway.client.responses.create({ model: MODEL, input, include: ["reasoning.encrypted_content"], store: false })).status).toBe("completed");
    const sent = gateway.simulator.calls[0]?.body as { messages: { role: string; reasoning_details?: unknown }[] };
    expect(sent.messages.find((message) => message.role === "assistant")?.reasoning_details).toEqual([{ type: "reasoning.encrypted", data: "gAAAAB-from-openai", format: "openai-responses-v1" }]);
    gateway.simulator.reset();
    const broken = await refusal({ input: [input[0], { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "sy-rd1:%%%" }, input[2], input[3]] });
    expect(broken.param).toBe("input[1].encrypted_content");
    const alone = await refusal({ input: [input[0], { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "gAAAAB" }] });
    expect(alone.param).toBe("input[1]");
  });

  it("refuses a truncation strategy OpenAI does not have", async () => {
    expect((await refusal({ truncation: "middle" })).param).toBe("truncation");
  });

  it("carries text.verbosity upstream as OpenRouter's verbosity and echoes it; refuses a level OpenAI does not have", async () => {
    const answer = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", text: { verbosity: "low" } });
    expect(gateway.simulator.calls[0]?.body).toMatchObject({ verbosity: "low" });
    expect(answer.text).toMatchObject({ verbosity: "low" });
    gateway.simulator.reset();
    expect((await refusal({ text: { verbosity: "loud" } })).param).toBe("text.verbosity");
  });

  it("accepts max_tool_calls (it counts hosted tool calls, which the door refuses) and echoes it; refuses one below 1", async () => {
    // The installed SDK's types predate the field.
    const maxToolCalls = (answer: unknown) => (answer as { max_tool_calls?: unknown }).max_tool_calls;
    const answer = await gateway.client.responses.create({ model: MODEL, input: "Say hello.", max_tool_calls: 3 } as OpenAI.Responses.ResponseCreateParamsNonStreaming);
    expect(maxToolCalls(answer)).toBe(3);
    expect(maxToolCalls(gateway.simulator.calls[0]?.body)).toBeUndefined();
    expect(maxToolCalls(await gateway.client.responses.create({ model: MODEL, input: "Say hello." }))).toBeNull();
    gateway.simulator.reset();
    expect((await refusal({ max_tool_calls: 0 })).param).toBe("max_tool_calls");
  });
});
