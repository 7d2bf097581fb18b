/**
 * Upstream answers whose shape strays from Chat Completions' (a `content` given as a list of parts, a tool call's
 * `arguments` given as a JSON object) read the same in every door, whole or streamed.
 */
import { describe, expect, it } from "vitest";
import type { StreamOutcome } from "../../routing/fallback/run-chat-stream.js";
import { chunkText, isContentChunk } from "../../routing/fallback/stream-chunk.js";
import { collectNamedEvents as collect } from "../../testing/collect-named-events.js";
import type { ChatCompletionResult } from "../../routing/fallback/run-chat-completion.js";
import { CHAT_DOOR } from "./chat-door.js";
import type { AnswerMeta, StreamMeta } from "./door.js";
import { chatToMessage } from "./messages/chat-to-message.js";
import { messageStream } from "./messages/message-stream.js";
import { partsOfChatBody } from "./responses/chat-to-response.js";
import { responseStream } from "./responses/response-stream.js";
import { responsesRequestSchema } from "./responses/responses-request.js";

async function* sse(...events: unknown[]): AsyncGenerator<string> {
  for (const event of events) yield event === "[DONE]" ? "data: [DONE]\n\n" : `data: ${JSON.stringify(event)}\n\n`;
}
const delta = (fields: Record<string, unknown>, finish: string | null = null) => ({ id: "c1", model: "m/x", choices: [{ index: 0, delta: fields, finish_reason: finish }] });
const outcome: StreamOutcome = { status: "completed", model: "m/x", usage: { prompt_tokens: 3, completion_tokens: 2 }, costUsd: 0.001, finishReason: "stop", text: "", error: undefined, resumes: 0 };
const responsesMeta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };

const PARTS_STREAM = [delta({ content: [{ type: "text", text: "Hel" }] }), delta({ content: [{ type: "text", text: "lo" }, { type: "image_url", image_url: { url: "x" } }] }), delta({}, "stop"), "[DONE]"];
const OBJECT_ARGS_STREAM = [delta({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "f", arguments: { city: "Paris", n: 2 } } }] }), delta({}, "tool_calls"), "[DONE]"];
const objectArgsBody = { choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: { city: "Paris", n: 2 } } }] } }] };

describe("stream deltas whose content is a list of parts", () => {
  it("count as content and as text for the engine (first token, quality checks, resume prefill)", () => {
    const chunk = delta({ content: [{ type: "text", text: "Hel" }] });
    expect(isContentChunk(chunk)).toBe(true);
    expect(chunkText(chunk)).toBe("Hel");
  });

  it("stream as text in the Messages door", async () => {
    const events = await collect(messageStream(sse(...PARTS_STREAM), Promise.resolve(outcome), { id: "d1", model: "m/x" }));
    const text = events.filter((event) => event.event === "content_block_delta").map((event) => (event.data.delta as { text?: string }).text).join("");
    expect(text).toBe("Hello");
  });

  it("stream as output_text in the Responses door", async () => {
    const events = await collect(responseStream(sse(...PARTS_STREAM), Promise.resolve(outcome), responsesMeta, async () => true));
    const text = events.filter((event) => event.event === "response.output_text.delta").map((event) => event.data.delta).join("");
    expect(text).toBe("Hello");
    expect(events.at(-1)?.data.response).toMatchObject({ output_text: "Hello" });
  });
});

describe("tool-call arguments sent as a JSON object", () => {
  it("become the tool_use input in a whole Messages answer", () => {
    const message = chatToMessage(objectArgsBody, { id: "d1", model: "m/x", costUsd: 0, usage: undefined });
    expect(message.content).toEqual([{ type: "tool_use", id: "call_1", name: "f", input: { city: "Paris", n: 2 } }]);
  });

  it("are serialized in a whole Responses answer", () => {
    expect(partsOfChatBody(objectArgsBody, "d1").toolCalls).toEqual([{ id: "call_1", name: "f", arguments: '{"city":"Paris","n":2}' }]);
  });

  it("stream as the call's input_json_delta in the Messages door", async () => {
    const events = await collect(messageStream(sse(...OBJECT_ARGS_STREAM), Promise.resolve({ ...outcome, finishReason: "tool_calls" }), { id: "d1", model: "m/x" }));
    const json = events.filter((event) => event.event === "content_block_delta").map((event) => (event.data.delta as { partial_json?: string }).partial_json).join("");
    expect(JSON.parse(json)).toEqual({ city: "Paris", n: 2 });
  });

  it("stream as the call's arguments in the Responses door", async () => {
    const events = await collect(responseStream(sse(...OBJECT_ARGS_STREAM), Promise.resolve({ ...outcome, finishReason: "tool_calls" }), responsesMeta, async () => true));
    expect(events.find((event) => event.event === "response.function_call_arguments.done")?.data).toMatchObject({ name: "f", arguments: '{"city":"Paris","n":2}' });
  });
});

describe("the Chat Completions door", () => {
  const render = CHAT_DOOR.read({ model: "m/x", messages: [{ role: "user", content: "hi" }] }, { headers: {}, keyId: null }) as Awaited<ReturnType<typeof CHAT_DOOR.read>>;
  const answerMeta = { id: "dec_01upstreamshapes0000000000000" } as AnswerMeta;

  it("serializes arguments sent as an object in a whole answer, and sends any other answer's bytes untouched", async () => {
    const body = structuredClone(objectArgsBody);
    const out = JSON.parse(String(await render.render.json({ raw: Buffer.from(JSON.stringify(body)), body } as unknown as ChatCompletionResult, answerMeta))) as typeof objectArgsBody;
    expect(out.choices[0]?.message.tool_calls[0]?.function.arguments).toBe('{"city":"Paris","n":2}');
    const plain = { choices: [{ message: { content: "hi", tool_calls: [{ id: "c", function: { name: "f", arguments: "{}" } }] } }] };
    const raw = Buffer.from(JSON.stringify(plain));
    expect(await render.render.json({ raw, body: plain } as unknown as ChatCompletionResult, answerMeta)).toBe(raw);
    // A null among the choices (only the first is checked upstream) is passed on, not a 500 after a paid call.
    const nulls = { choices: [{ message: { content: "hi" } }, null] };
    const nullsRaw = Buffer.from(JSON.stringify(nulls));
    expect(await render.render.json({ raw: nullsRaw, body: nulls } as unknown as ChatCompletionResult, answerMeta)).toBe(nullsRaw);
  });

  it("serializes arguments sent as an object in a stream, and passes every other event as sent", async () => {
    let text = "";
    for await (const piece of render.render.stream(sse(delta({ content: "a" }), ...OBJECT_ARGS_STREAM), Promise.resolve(outcome), { id: "dec_01upstreamshapes0000000000000" } as StreamMeta)) text += piece;
    const chunks = text.split("\n\n").filter((event) => event.startsWith("data: {")).map((event) => JSON.parse(event.slice(6)) as { choices: { delta: { tool_calls?: { function: { arguments: unknown } }[] } }[] });
    expect(chunks[1]?.choices[0]?.delta.tool_calls?.[0]?.function.arguments).toBe('{"city":"Paris","n":2}');
    expect(text.startsWith(`data: ${JSON.stringify(delta({ content: "a" }))}\n\n`)).toBe(true);
  });
});
