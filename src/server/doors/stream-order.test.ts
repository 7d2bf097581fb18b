import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StreamOutcome } from "../../routing/fallback/run-chat-stream.js";
import { collectNamedEvents } from "../../testing/collect-named-events.js";
import { messageStream } from "./messages/message-stream.js";
import { responseStream } from "./responses/response-stream.js";
import { responsesRequestSchema } from "./responses/responses-request.js";

/** A chat stream of chunks in any order, as upstreams may send them: the doors must still write whole blocks. */
type Piece = { kind: "reasoning" | "text"; text: string } | { kind: "tool"; tool: number; args: string };

async function* sse(chunks: unknown[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk === "[DONE]" ? "data: [DONE]\n\n" : `data: ${JSON.stringify(chunk)}\n\n`;
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null): unknown => ({ id: "c1", model: "m/x", choices: [{ index: 0, delta, finish_reason: finish }] });

/** The chunks for the pieces: each tool's first piece carries its id and name. */
function chunksOf(pieces: readonly Piece[], finish: string | null): unknown[] {
  const seen = new Set<number>();
  const chunks = pieces.map((piece) => {
    if (piece.kind !== "tool") return chunk(piece.kind === "reasoning" ? { reasoning: piece.text } : { content: piece.text });
    const first = !seen.has(piece.tool);
    seen.add(piece.tool);
    const fn = first ? { name: `fn${piece.tool}`, arguments: piece.args } : { arguments: piece.args };
    return chunk({ tool_calls: [{ index: piece.tool, ...(first ? { id: `call_${piece.tool}`, type: "function" } : {}), function: fn }] });
  });
  return [...chunks, chunk({}, finish), "[DONE]"];
}

const events = collectNamedEvents;

const outcome = (finishReason: string | null): StreamOutcome => ({ status: "completed", model: "m/x", usage: { prompt_tokens: 3, completion_tokens: 2 }, costUsd: 0.001, finishReason, text: "", error: undefined, resumes: 0 });

const pieces = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom("reasoning" as const, "text" as const), text: fc.string({ minLength: 1, maxLength: 6 }) }),
    fc.record({ kind: fc.constant("tool" as const), tool: fc.integer({ min: 0, max: 3 }), args: fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(" ", "\n", " \t\r", "\u00a0", " {")) }),
  ),
  { minLength: 1, maxLength: 30 },
);

/** What each tool call and the text must add up to. */
function expected(list: readonly Piece[]): { text: string; reasoning: string; tools: Map<number, string> } {
  const tools = new Map<number, string>();
  let text = "";
  let reasoning = "";
  for (const piece of list) {
    if (piece.kind === "tool") tools.set(piece.tool, (tools.get(piece.tool) ?? "") + piece.args);
    else if (piece.kind === "text") text += piece.text;
    else reasoning += piece.text;
  }
  return { text, reasoning, tools };
}

describe("the doors write every tool call whole, whatever order the chat stream interleaves them in", () => {
  it("Messages: one block open at a time, deltas only into it, each call's JSON in one block", async () => {
    await fc.assert(
      fc.asyncProperty(pieces, async (list) => {
        const all = await events(messageStream(sse(chunksOf(list, "tool_calls")), Promise.resolve(outcome("tool_calls")), { id: "d1", model: "m/x" }));
        let open: number | undefined;
        const blocks = new Map<number, { type: string; id?: string; name?: string; body: string }>();
        for (const { event, data } of all) {
          if (event === "content_block_start") {
            expect(open).toBeUndefined();
            open = data.index as number;
            const block = data.content_block as { type: string; id?: string; name?: string };
            blocks.set(open, { ...block, body: "" });
          } else if (event === "content_block_delta") {
            expect(data.index).toBe(open);
            const delta = data.delta as { text?: string; thinking?: string; partial_json?: string };
            const block = blocks.get(open as number);
            if (block) block.body += delta.text ?? delta.thinking ?? delta.partial_json ?? "";
          } else if (event === "content_block_stop") {
            expect(data.index).toBe(open);
            open = undefined;
          }
        }
        expect(open).toBeUndefined();
        const want = expected(list);
        const tools = [...blocks.values()].filter((block) => block.type === "tool_use");
        // JSON whitespace before a call's input is left out of the stream (ADR 0094 review): the SDK's parser throws on " ".
        expect(tools.map((block) => [block.id, block.name, block.body])).toEqual([...want.tools].map(([tool, args]) => [`call_${tool}`, `fn${tool}`, args.replace(/^[ \t\n\r]+/, "")]).sort(byFirstSeen(tools)));
        expect([...blocks.values()].filter((block) => block.type === "text").map((block) => block.body).join("")).toBe(want.text);
        expect([...blocks.values()].filter((block) => block.type === "thinking").map((block) => block.body).join("")).toBe(want.reasoning);
        expect(all.at(-1)?.event).toBe("message_stop");
      }),
      { numRuns: 300 },
    );
  });

  it("Responses: items one at a time, each function call's arguments whole, the final output agreeing", async () => {
    const meta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };
    await fc.assert(
      fc.asyncProperty(pieces, async (list) => {
        const all = await events(responseStream(sse(chunksOf(list, "tool_calls")), Promise.resolve(outcome("tool_calls")), meta, async () => true));
        let open: number | undefined;
        const calls: { call_id: string; name: string; arguments: string }[] = [];
        for (const { event, data } of all) {
          if (event === "response.output_item.added") {
            expect(open).toBeUndefined();
            open = data.output_index as number;
          } else if (event.endsWith(".delta")) expect(data.output_index).toBe(open);
          else if (event === "response.output_item.done") {
            expect(data.output_index).toBe(open);
            open = undefined;
            const item = data.item as { type: string; call_id: string; name: string; arguments: string };
            if (item.type === "function_call") calls.push(item);
          }
        }
        const want = expected(list);
        // A whole call of only JSON whitespace is a call without arguments: `{}` is appended, as the whole answer does.
        expect(calls.map((call) => [call.call_id, call.name, call.arguments]).sort()).toEqual([...want.tools].map(([tool, args]) => [`call_${tool}`, `fn${tool}`, /^[ \t\n\r]*$/.test(args) ? `${args}{}` : args]).sort());
        const final = all.at(-1)?.data.response as { output: { type: string; id: string; call_id?: string; arguments?: string }[]; output_text: string };
        expect(final.output_text).toBe(want.text);
        // The final response lists exactly the items streamed, each as its done event gave it.
        const done = all.filter((event) => event.event === "response.output_item.done").map((event) => event.data.item);
        expect(final.output).toEqual(done);
        expect(final.output.filter((item) => item.type === "function_call").map((item) => [item.call_id, item.arguments]).sort()).toEqual(calls.map((call) => [call.call_id, call.arguments]).sort());
      }),
      { numRuns: 300 },
    );
  });
});

/** Orders expected tool rows as the blocks came out (the live call first, then the held ones as first seen). */
function byFirstSeen(blocks: readonly { id?: string }[]): (a: (string | undefined)[], b: (string | undefined)[]) => number {
  const place = (row: (string | undefined)[]): number => blocks.findIndex((block) => block.id === row[0]);
  return (a, b) => place(a) - place(b);
}

describe("stream endings", () => {
  it("Messages: the thinking's signature arrives as a signature_delta before its block stops", async () => {
    const chunks = [chunk({ reasoning: "Let me think.", reasoning_details: [{ type: "reasoning.text", text: "Let me think.", signature: "SIG-1" }] }), chunk({ content: "Hi" }), chunk({}, "stop"), "[DONE]"];
    const all = await events(messageStream(sse(chunks), Promise.resolve(outcome("stop")), { id: "d1", model: "m/x" }));
    const stop = all.findIndex((event) => event.event === "content_block_stop");
    expect(all[stop - 1]?.data).toMatchObject({ type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature: "SIG-1" } });
  });

  it("Messages: message_start gives the estimated input tokens, and an answer without upstream usage reports estimates, not zeros", async () => {
    const all = await events(messageStream(sse([chunk({ content: "Hello there, friend." }), chunk({}, "stop"), "[DONE]"]), Promise.resolve({ ...outcome("stop"), usage: undefined, text: "Hello there, friend." }), { id: "d1", model: "m/x", promptTokens: 42 }));
    expect(all[0]?.data).toMatchObject({ message: { usage: { input_tokens: 42 } } });
    expect(all.find((event) => event.event === "message_delta")?.data).toMatchObject({ usage: { input_tokens: 42, output_tokens: 5 } });
  });

  it("Messages: an answer that ended with [DONE] alone still gets a stop reason", async () => {
    const text = await events(messageStream(sse([chunk({ content: "Hi" }), "[DONE]"]), Promise.resolve(outcome(null)), { id: "d1", model: "m/x" }));
    expect(text.find((event) => event.event === "message_delta")?.data).toMatchObject({ delta: { stop_reason: "end_turn" } });
    const tools = await events(messageStream(sse([chunk({ tool_calls: [{ index: 0, id: "c", function: { name: "f", arguments: "{}" } }] }), "[DONE]"]), Promise.resolve(outcome(null)), { id: "d1", model: "m/x" }));
    expect(tools.find((event) => event.event === "message_delta")?.data).toMatchObject({ delta: { stop_reason: "tool_use" } });
  });

  it("Responses: a content filter or the token limit ends the response and its message incomplete, with the reason", async () => {
    const meta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };
    for (const [finish, reason] of [["content_filter", "content_filter"], ["length", "max_output_tokens"]] as const) {
      const all = await events(responseStream(sse([chunk({ content: "Hi" }), chunk({}, finish), "[DONE]"]), Promise.resolve(outcome(finish)), meta, async () => true));
      expect(all.at(-1)).toMatchObject({ event: "response.incomplete", data: { response: { status: "incomplete", incomplete_details: { reason }, output: [{ type: "message", status: "incomplete" }] } } });
      expect(all.find((event) => event.event === "response.output_item.done")?.data).toMatchObject({ item: { status: "incomplete" } });
    }
  });

  it("Responses: response.failed keeps the text already streamed", async () => {
    const meta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };
    const errorChunk = { id: "c1", error: { message: "cut", type: "upstream_error", code: "stream_interrupted" }, choices: [{ index: 0, delta: {}, finish_reason: "error" }] };
    const all = await events(responseStream(sse([chunk({ content: "Hello the" }), errorChunk]), Promise.resolve({ ...outcome("error"), status: "failed" }), meta, async () => true));
    expect(all.at(-1)).toMatchObject({ event: "response.failed", data: { response: { output: [{ type: "message", status: "incomplete", content: [{ text: "Hello the" }] }] } } });
  });

  it("Responses: a function call the failure cut is incomplete in response.failed, not left in_progress", async () => {
    const meta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };
    const errorChunk = { id: "c1", error: { message: "cut", type: "upstream_error", code: "stream_interrupted" }, choices: [{ index: 0, delta: {}, finish_reason: "error" }] };
    const call = { index: 0, id: "call_a", type: "function", function: { name: "get_weather", arguments: '{"city": "Par' } };
    const all = await events(responseStream(sse([chunk({ tool_calls: [call] }), errorChunk]), Promise.resolve({ ...outcome("error"), status: "failed" }), meta, async () => true));
    expect(all.at(-1)).toMatchObject({ event: "response.failed", data: { response: { status: "failed", store: false, output: [{ type: "function_call", arguments: '{"city": "Par', status: "incomplete" }] } } });
  });
});
