import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { createSimulator, type Simulator } from "./create-simulator.js";
import { chatBody, firstChoice, parseSse, postChat, streamedText, type SseEvent } from "./simulator-test-helpers.js";

const MODEL = builtinModels().find((model) => !model.isFree)?.id ?? "openai/gpt-5-mini";

function dataEvents(events: readonly SseEvent[]): Record<string, unknown>[] {
  return events.flatMap((event) => (event.kind === "data" ? [event.json] : []));
}

describe("simulator streaming", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await createSimulator({ chunkCount: 5 });
  });
  afterAll(() => simulator.close());

  it("streams comment, content chunks, a finish chunk, a usage chunk, then [DONE]", async () => {
    const response = await postChat(simulator.url, chatBody(MODEL, { stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const text = await response.text();
    expect(text.startsWith(": OPENROUTER PROCESSING\n\n")).toBe(true);
    const events = parseSse(text);
    expect(events.at(-1)).toEqual({ kind: "done" });
    const data = dataEvents(events);
    const content = data.filter((chunk) => (firstChoice(chunk)?.["delta"] as { content?: string } | undefined)?.content);
    expect(content).toHaveLength(5);
    for (const chunk of data) {
      expect(chunk["object"]).toBe("chat.completion.chunk");
      expect(chunk["model"]).toBe(MODEL);
      expect(chunk["id"]).toBe(data[0]?.["id"]);
    }
    expect((firstChoice(data[0] ?? {})?.["delta"] as { role: string }).role).toBe("assistant");
    const finish = data.at(-2);
    expect(firstChoice(finish ?? {})?.["finish_reason"]).toBe("stop");
    const usageChunk = data.at(-1) ?? {};
    expect(usageChunk["choices"]).toEqual([]);
    const usage = usageChunk["usage"] as Record<string, unknown>;
    for (const key of ["prompt_tokens", "completion_tokens", "total_tokens", "cost", "prompt_tokens_details", "completion_tokens_details"]) {
      expect(usage).toHaveProperty(key);
    }
    const nonStreaming = (await (await postChat(simulator.url, chatBody(MODEL))).json()) as Record<string, unknown>;
    const message = firstChoice(nonStreaming)?.["message"] as { content: string };
    expect(streamedText(events)).toBe(message.content);
    expect(usage["cost"]).toBe((nonStreaming["usage"] as { cost: number }).cost);
  });

  it("streams a tool call in OpenAI's delta format", async () => {
    const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { q: { type: "string" } } } } }];
    const events = parseSse(await (await postChat(simulator.url, chatBody(MODEL, { stream: true, tools }))).text());
    const data = dataEvents(events);
    const deltas = data.map((chunk) => firstChoice(chunk)?.["delta"] as { tool_calls?: { id?: string; function: { name?: string; arguments: string } }[] } | undefined);
    expect(deltas[0]?.tool_calls?.[0]?.function.name).toBe("lookup");
    expect(deltas[0]?.tool_calls?.[0]?.id).toMatch(/^call_/);
    const argumentsText = deltas.map((delta) => delta?.tool_calls?.[0]?.function.arguments ?? "").join("");
    expect(JSON.parse(argumentsText)).toHaveProperty("q");
    expect(firstChoice(data.at(-2) ?? {})?.["finish_reason"]).toBe("tool_calls");
    expect(events.at(-1)).toEqual({ kind: "done" });
  });

  it("cuts a tool call's arguments at max_tokens as a real upstream does (finish_reason length), whole and streamed", async () => {
    const tools = [{ type: "function", function: { name: "write", parameters: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } } } } }];
    const long = "Write the whole report about the capital of France and its long, long history please.";
    const body = chatBody(MODEL, { tools, max_tokens: 5, messages: [{ role: "user", content: long }] });
    const whole = (await (await postChat(simulator.url, body)).json()) as Record<string, unknown>;
    const choice = firstChoice(whole) as { finish_reason: string; message: { tool_calls: { function: { name: string; arguments: string } }[] } };
    expect(choice.finish_reason).toBe("length");
    const cut = choice.message.tool_calls[0]?.function.arguments ?? "";
    expect(() => JSON.parse(cut)).toThrow();
    expect(("write" + cut).length).toBeLessThanOrEqual(5 * 4);
    expect((whole["usage"] as { completion_tokens: number }).completion_tokens).toBe(5);
    const data = dataEvents(parseSse(await (await postChat(simulator.url, { ...body, stream: true })).text()));
    const streamed = data.map((chunk) => (firstChoice(chunk)?.["delta"] as { tool_calls?: { function: { arguments?: string } }[] } | undefined)?.tool_calls?.[0]?.function.arguments ?? "").join("");
    expect(streamed).toBe(cut);
    expect(firstChoice(data.at(-2) ?? {})?.["finish_reason"]).toBe("length");
  });

  it("never cuts a tool call's arguments inside a character (half a surrogate pair is no text a real upstream sends)", async () => {
    const tools = [{ type: "function", function: { name: "w", parameters: { type: "object", properties: { a: { type: "string" } } } } }];
    // `{"a":"` is 6 characters: max_tokens 2 (8 characters, 1 of them the name) ends between an emoji's two halves.
    const body = chatBody(MODEL, { tools, max_tokens: 2, messages: [{ role: "user", content: "\u{1F600}\u{1F600}\u{1F600} please" }] });
    const raw = await (await postChat(simulator.url, body)).text();
    expect(raw).not.toMatch(/\\ud83d/i);
    const cut = (firstChoice(JSON.parse(raw) as Record<string, unknown>) as { message: { tool_calls: { function: { arguments: string } }[] } }).message.tool_calls[0]?.function.arguments ?? "";
    expect(cut).toBe('{"a":"');
  });

  it("paces chunks by chunkDelayMs and delays the first byte by latencyMs", async () => {
    const paced = await createSimulator({ latencyMs: 80, chunkDelayMs: 30, chunkCount: 4 });
    try {
      const started = performance.now();
      const response = await postChat(paced.url, chatBody(MODEL, { stream: true }));
      const firstByteMs = performance.now() - started;
      await response.text();
      const totalMs = performance.now() - started;
      expect(firstByteMs).toBeGreaterThanOrEqual(75);
      // 4 content chunks + finish + usage + [DONE]: 6 gaps of 30 ms after the first chunk. Counted from the start, not
      // from the first byte: a test process descheduled after the headers reads chunks sent meanwhile at once.
      expect(totalMs).toBeGreaterThanOrEqual(75 + 150);
    } finally {
      await paced.close();
    }
  });
});
