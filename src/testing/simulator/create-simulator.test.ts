import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { createSimulator, type Simulator } from "./create-simulator.js";
import { chatBody, firstChoice, postChat } from "./simulator-test-helpers.js";

const PAID = builtinModels().find((model) => !model.isFree && model.pricing.usdPerMillionOutputTokens > 0);
if (!PAID) throw new Error("the built-in catalog needs a paid model");
const MODEL = PAID.id;

describe("createSimulator", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await createSimulator();
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  it("binds 127.0.0.1 on a random port and reports an /api/v1 URL", () => {
    expect(simulator.port).toBeGreaterThan(0);
    expect(simulator.url).toBe(`http://127.0.0.1:${simulator.port}/api/v1`);
  });

  it("serves the built-in catalog as an OpenRouter /models body on both paths", async () => {
    for (const url of [`${simulator.url}/models`, `http://127.0.0.1:${simulator.port}/v1/models`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const parsed = parseCatalog(await response.json());
      expect(parsed.skipped).toEqual([]);
      expect(parsed.models.map((model) => model.id)).toEqual(builtinModels().map((model) => model.id));
      const roundTripped = parsed.models.find((model) => model.id === MODEL);
      expect(roundTripped?.pricing.usdPerMillionInputTokens).toBeCloseTo(PAID.pricing.usdPerMillionInputTokens, 9);
    }
  });

  it("answers a chat completion in OpenRouter's format with usage.cost from catalog prices", async () => {
    const response = await postChat(simulator.url, chatBody(MODEL));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body["id"]).toMatch(/^gen-/);
    expect(body["model"]).toBe(MODEL);
    expect(body["object"]).toBe("chat.completion");
    expect(typeof body["provider"]).toBe("string");
    const choice = firstChoice(body);
    expect(choice?.["finish_reason"]).toBe("stop");
    expect((choice?.["message"] as { content: string }).content).toContain("What is the capital of France?");
    const usage = body["usage"] as { prompt_tokens: number; completion_tokens: number; total_tokens: number; cost: number };
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    const expected =
      (usage.prompt_tokens * PAID.pricing.usdPerMillionInputTokens +
        usage.completion_tokens * PAID.pricing.usdPerMillionOutputTokens) /
        1e6 +
      PAID.pricing.usdPerRequest;
    expect(usage.cost).toBeGreaterThan(0);
    expect(usage.cost).toBeCloseTo(expected, 12);
  });

  it("honours stop: the text ends before the first sequence; an Anthropic model says stop_sequence natively", async () => {
    const read = async (model: string, stop: unknown): Promise<{ text: string; finish: unknown; native: unknown }> => {
      const choice = firstChoice((await (await postChat(simulator.url, chatBody(model, { stop }))).json()) as Record<string, unknown>);
      return { text: (choice?.["message"] as { content: string }).content, finish: choice?.["finish_reason"], native: choice?.["native_finish_reason"] };
    };
    expect(await read("anthropic/claude-haiku-4.5", [" to:", "simulated"])).toEqual({ text: "This is a ", finish: "stop", native: "stop_sequence" });
    expect(await read(MODEL, " to:")).toEqual({ text: `This is a simulated answer from ${MODEL}`, finish: "stop", native: "stop" });
    expect(await read("anthropic/claude-haiku-4.5", ["absent"])).toMatchObject({ finish: "stop", native: "stop" });
    expect((await postChat(simulator.url, chatBody(MODEL, { stop: 3 }))).status).toBe(400);
  });

  it("honours max_tokens for every prompt, as OpenRouter does: the text is cut there, finish_reason length, never billed past it", async () => {
    // One very long "word" was echoed whole (12,500 completion tokens against max_tokens 8), billed past the worst case.
    for (const content of ["x".repeat(50_000), "What is the capital of France?"]) {
      for (const max of [{ max_tokens: 8 }, { max_completion_tokens: 8 }]) {
        const body = (await (await postChat(simulator.url, { model: MODEL, messages: [{ role: "user", content }], ...max })).json()) as Record<string, unknown>;
        const choice = firstChoice(body);
        const usage = body["usage"] as { prompt_tokens: number; completion_tokens: number; cost: number };
        const text = (choice?.["message"] as { content: string }).content;
        const worstCaseUsd = (usage.prompt_tokens * PAID.pricing.usdPerMillionInputTokens + 8 * PAID.pricing.usdPerMillionOutputTokens) / 1e6 + PAID.pricing.usdPerRequest;
        expect({ length: text.length, finish: choice?.["finish_reason"], completion: usage.completion_tokens }).toEqual({ length: 32, finish: "length", completion: 8 });
        expect(usage.cost).toBeLessThanOrEqual(worstCaseUsd + 1e-12);
      }
    }
    // An answer within max_tokens is whole, and stops as it would.
    const whole = firstChoice((await (await postChat(simulator.url, chatBody(MODEL, { max_tokens: 1_000 }))).json()) as Record<string, unknown>);
    expect(whole?.["finish_reason"]).toBe("stop");
    expect((whole?.["message"] as { content: string }).content).toContain("What is the capital of France?");
  });

  it("answers logprobs when asked: one entry per word, the text's own tokens, with top_logprobs alternatives", async () => {
    const choice = firstChoice((await (await postChat(simulator.url, chatBody(MODEL, { logprobs: true, top_logprobs: 1 }))).json()) as Record<string, unknown>);
    const { content } = choice?.["logprobs"] as { content: { token: string; logprob: number; top_logprobs: unknown[] }[] };
    expect(content.map((entry) => entry.token).join("")).toBe((choice?.["message"] as { content: string }).content);
    expect(content.every((entry) => entry.logprob <= 0 && entry.top_logprobs.length === 1)).toBe(true);
    expect(firstChoice((await (await postChat(simulator.url, chatBody(MODEL))).json()) as Record<string, unknown>)?.["logprobs"]).toBeNull();
    expect((await postChat(simulator.url, chatBody(MODEL, { logprobs: true, top_logprobs: 21 }))).status).toBe(400);
  });

  it("is deterministic for the same request", async () => {
    const contentOf = async (): Promise<unknown> =>
      (firstChoice((await (await postChat(simulator.url, chatBody(MODEL))).json()) as Record<string, unknown>)?.["message"] as {
        content: unknown;
      }).content;
    expect(await contentOf()).toBe(await contentOf());
  });

  it("calls the first tool when tools are given and the user spoke last", async () => {
    const tools = [
      { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" }, days: { type: "integer" } }, required: ["city"] } } },
      { type: "function", function: { name: "other", parameters: { type: "object" } } },
    ];
    const body = (await (await postChat(simulator.url, chatBody(MODEL, { tools }))).json()) as Record<string, unknown>;
    const choice = firstChoice(body);
    expect(choice?.["finish_reason"]).toBe("tool_calls");
    const message = choice?.["message"] as { content: unknown; tool_calls: { id: string; type: string; function: { name: string; arguments: string } }[] };
    expect(message.content).toBeNull();
    expect(message.tool_calls[0]?.function.name).toBe("get_weather");
    expect(message.tool_calls[0]?.type).toBe("function");
    const args = JSON.parse(message.tool_calls[0]?.function.arguments ?? "") as Record<string, unknown>;
    expect(typeof args["city"]).toBe("string");
    expect(Number.isInteger(args["days"])).toBe(true);
  });

  it("answers text after a tool result even when tools are present", async () => {
    const messages = [
      { role: "user", content: "weather?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "c1", content: "sunny" },
    ];
    const tools = [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }];
    const body = (await (await postChat(simulator.url, { model: MODEL, messages, tools })).json()) as Record<string, unknown>;
    expect(firstChoice(body)?.["finish_reason"]).toBe("stop");
  });

  it("follows tool_choice: none answers text, required calls after a tool result, a named function is the one called", async () => {
    const tools = [
      { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } },
      { type: "function", function: { name: "get_time", parameters: { type: "object", properties: { zone: { type: "string" } } } } },
    ];
    const afterResult = [
      { role: "user", content: "weather?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "c1", content: "sunny" },
    ];
    const answer = async (extra: Record<string, unknown>, messages?: unknown[]) => {
      const response = await postChat(simulator.url, messages ? { model: MODEL, messages, tools, ...extra } : chatBody(MODEL, { tools, ...extra }));
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const calledName = (body: Record<string, unknown>) => (firstChoice(body)?.["message"] as { tool_calls?: { function: { name: string } }[] }).tool_calls?.[0]?.function.name;
    const none = await answer({ tool_choice: "none" });
    expect(firstChoice(none.body)?.["finish_reason"]).toBe("stop");
    expect(calledName(none.body)).toBeUndefined();
    const required = await answer({ tool_choice: "required" }, afterResult);
    expect(firstChoice(required.body)?.["finish_reason"]).toBe("tool_calls");
    expect(calledName(required.body)).toBe("get_weather");
    const named = await answer({ tool_choice: { type: "function", function: { name: "get_time" } } });
    expect(calledName(named.body)).toBe("get_time");
    expect((await answer({ tool_choice: "auto" })).body).toMatchObject({ choices: [{ finish_reason: "tool_calls" }] });
    const unknown = await answer({ tool_choice: { type: "function", function: { name: "get_stock" } } });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain("get_stock");
    expect((await answer({ tool_choice: "sometimes" })).status).toBe(400);
  });

  it("answers valid JSON for json_object and schema-shaped JSON for json_schema", async () => {
    const objectBody = (await (await postChat(simulator.url, chatBody(MODEL, { response_format: { type: "json_object" } }))).json()) as Record<string, unknown>;
    const objectText = (firstChoice(objectBody)?.["message"] as { content: string }).content;
    expect(JSON.parse(objectText)).toBeTypeOf("object");
    const schema = { type: "object", properties: { name: { type: "string" }, age: { type: "integer" }, tags: { type: "array", items: { type: "string" } }, kind: { enum: ["a", "b"] } }, required: ["name", "age", "tags", "kind"], additionalProperties: false };
    const format = { type: "json_schema", json_schema: { name: "person", strict: true, schema } };
    const schemaBody = (await (await postChat(simulator.url, chatBody(MODEL, { response_format: format }))).json()) as Record<string, unknown>;
    const value = JSON.parse((firstChoice(schemaBody)?.["message"] as { content: string }).content) as Record<string, unknown>;
    expect(Object.keys(value).sort()).toEqual(["age", "kind", "name", "tags"]);
    expect(typeof value["name"]).toBe("string");
    expect(Number.isInteger(value["age"])).toBe(true);
    expect(Array.isArray(value["tags"])).toBe(true);
    expect(value["kind"]).toBe("a");
  });

  it.each([
    ["invalid JSON", "{not json", /Invalid JSON/],
    ["missing messages", JSON.stringify({ model: "x/y" }), /messages/],
    ["empty messages", JSON.stringify({ model: "x/y", messages: [] }), /messages/],
    ["no model", JSON.stringify({ messages: [{ role: "user", content: "hi" }] }), /model/],
    ["unknown model", JSON.stringify({ model: "nobody/nothing", messages: [{ role: "user", content: "hi" }] }), /not a valid model ID/],
  ])("rejects %s with a 400 OpenRouter error body", async (_name, body, message) => {
    const response = await postChat(simulator.url, body);
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { code: number; message: string; metadata: { error_type: string } } }).error;
    expect(error.code).toBe(400);
    expect(error.message).toMatch(message);
    expect(error.metadata.error_type).toBe("invalid_request");
  });

  it("rejects an unknown x-sim-fault and lists the valid names", async () => {
    const response = await postChat(simulator.url, chatBody(MODEL), { "x-sim-fault": "bogus" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("rate_limit");
  });

  it("answers 404 on unknown routes", async () => {
    const response = await fetch(`${simulator.url}/embeddings`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: number } }).error.code).toBe(404);
  });

  it("records every call with path, headers, parsed body, model, fault and status", async () => {
    await postChat(simulator.url, chatBody(MODEL, { temperature: 0.2 }), { authorization: "Bearer sk-or-test", "x-title": "t" });
    await postChat(simulator.url, chatBody(MODEL), { "x-sim-fault": "server_error" });
    expect(simulator.calls).toHaveLength(2);
    const [first, second] = simulator.calls;
    expect(first).toMatchObject({ method: "POST", path: "/api/v1/chat/completions", model: MODEL, fault: null, status: 200 });
    expect(first?.headers["authorization"]).toBe("Bearer sk-or-test");
    expect(first?.headers["x-title"]).toBe("t");
    expect((first?.body as { temperature: number }).temperature).toBe(0.2);
    expect(second).toMatchObject({ fault: "server_error", status: 500 });
    simulator.reset();
    expect(simulator.calls).toHaveLength(0);
  });

  it("applies per-model faults from setFault until reset, and x-sim-fault: none overrides them", async () => {
    simulator.setFault(MODEL, "unavailable");
    expect((await postChat(simulator.url, chatBody(MODEL))).status).toBe(503);
    expect((await postChat(simulator.url, chatBody(`${MODEL}:nitro`))).status).toBe(503);
    expect((await postChat(simulator.url, chatBody(MODEL), { "x-sim-fault": "none" })).status).toBe(200);
    simulator.reset();
    expect((await postChat(simulator.url, chatBody(MODEL))).status).toBe(200);
  });

  it("honours x-sim-latency-ms before the first byte", async () => {
    const started = performance.now();
    const response = await postChat(simulator.url, chatBody(MODEL), { "x-sim-latency-ms": "120" });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe("createSimulator options", () => {
  it("requires the API key when apiKey is set", async () => {
    const simulator = await createSimulator({ apiKey: "sk-or-right" });
    try {
      expect((await postChat(simulator.url, chatBody(MODEL))).status).toBe(401);
      expect((await postChat(simulator.url, chatBody(MODEL), { authorization: "Bearer sk-or-right" })).status).toBe(200);
    } finally {
      await simulator.close();
    }
  });

  it("answers unknown models when acceptUnknownModels is on, and can stop recording", async () => {
    const simulator = await createSimulator({ acceptUnknownModels: true, recordCalls: false });
    try {
      expect((await postChat(simulator.url, chatBody("made/up"))).status).toBe(200);
      expect(simulator.calls).toHaveLength(0);
    } finally {
      await simulator.close();
    }
  });

  it("close() returns promptly with a hung request and a stalled stream open", async () => {
    const simulator = await createSimulator();
    const hung = postChat(simulator.url, chatBody(MODEL), { "x-sim-fault": "no_response" }).catch((error: unknown) => error);
    const stalled = await postChat(simulator.url, chatBody(MODEL, { stream: true }), { "x-sim-fault": "stream_stall" });
    const stalledBody = stalled.text().catch((error: unknown) => error);
    const slow = postChat(simulator.url, chatBody(MODEL), { "x-sim-latency-ms": "60000" }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await simulator.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hung).toBeInstanceOf(Error);
    expect(await stalledBody).toBeInstanceOf(Error);
    expect(await slow).toBeInstanceOf(Error);
    await expect(fetch(`${simulator.url}/models`)).rejects.toThrow();
  });
});
