import { describe, expect, it } from "vitest";
import type { StreamOutcome } from "../../routing/fallback/run-chat-stream.js";
import { collectNamedEvents as collect } from "../../testing/collect-named-events.js";
import { messageStream } from "./messages/message-stream.js";
import { messagesRequestSchema } from "./messages/messages-request.js";
import { messagesToChat } from "./messages/messages-to-chat.js";
import { responseStream } from "./responses/response-stream.js";
import { responsesRequestSchema } from "./responses/responses-request.js";
import { inputMessages, responsesToChat } from "./responses/responses-to-chat.js";

async function* sse(...events: unknown[]): AsyncGenerator<string> {
  for (const event of events) yield event === "[DONE]" ? "data: [DONE]\n\n" : `data: ${JSON.stringify(event)}\n\n`;
}

const delta = (fields: Record<string, unknown>, finish: string | null = null): unknown => ({ id: "c1", model: "m/x", choices: [{ index: 0, delta: fields, finish_reason: finish }] });
const completed: StreamOutcome = { status: "completed", model: "m/x", usage: { prompt_tokens: 10, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 4 } }, costUsd: 0.001, finishReason: "tool_calls", text: "Hi", error: undefined, resumes: 0 };
const failed: StreamOutcome = { ...completed, status: "failed", finishReason: "error", usage: undefined };
const errorChunk = { id: "c1", error: { message: "cut", type: "upstream_error", code: "stream_interrupted" }, choices: [{ index: 0, delta: {}, finish_reason: "error" }] };


const THINK_TEXT_TOOL = [delta({ reasoning: "Let me think." }), delta({ content: "Hi" }), delta({ tool_calls: [{ index: 0, id: "call_1", function: { name: "f", arguments: '{"a":' } }] }), delta({ tool_calls: [{ index: 0, function: { arguments: "1}" } }] }), delta({}, "tool_calls"), "[DONE]"];

describe("Messages stream", () => {
  it("opens thinking, text and tool_use blocks in order and ends with usage, cost and message_stop", async () => {
    const events = await collect(messageStream(sse(...THINK_TEXT_TOOL), Promise.resolve(completed), { id: "d1", model: "m/x" }));
    expect(events.map((event) => event.event)).toEqual([
      "message_start", "ping",
      "content_block_start", "content_block_delta", "content_block_stop",
      "content_block_start", "content_block_delta", "content_block_stop",
      "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
      "message_delta", "message_stop",
    ]);
    expect(events[2]?.data.content_block).toMatchObject({ type: "thinking" });
    expect(events[8]?.data.content_block).toMatchObject({ type: "tool_use", id: "call_1", name: "f" });
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: "tool_use" }, usage: { input_tokens: 6, cache_read_input_tokens: 4, output_tokens: 5, cost_usd: 0.001 } });
  });

  it("ends a failure after content with event: error and never message_stop", async () => {
    const events = await collect(messageStream(sse(delta({ content: "Hi" }), errorChunk), Promise.resolve(failed), { id: "d1", model: "m/x" }));
    expect(events.at(-1)).toMatchObject({ event: "error", data: { type: "error", error: { type: "api_error" } } });
    expect(events.some((event) => event.event === "message_stop")).toBe(false);
  });
});

describe("Responses stream", () => {
  const meta = { id: "d1", createdAt: 0, model: "m/x", request: responsesRequestSchema.parse({ model: "m", input: "hi" }) };

  it("emits reasoning, message and function_call items with sequence numbers, then response.completed with usage", async () => {
    let stored: unknown;
    const events = await collect(responseStream(sse(...THINK_TEXT_TOOL), Promise.resolve(completed), meta, async (parts) => {
      stored = parts;
      return true;
    }));
    expect(events[0]?.event).toBe("response.created");
    expect(events.map((event) => event.data.sequence_number)).toEqual(events.map((_, index) => index));
    const added = events.filter((event) => event.event === "response.output_item.added").map((event) => (event.data.item as { type: string }).type);
    expect(added).toEqual(["reasoning", "message", "function_call"]);
    expect(events.find((event) => event.event === "response.function_call_arguments.done")?.data).toMatchObject({ arguments: '{"a":1}', name: "f" });
    const final = events.at(-1);
    expect(final?.event).toBe("response.completed");
    expect(final?.data.response).toMatchObject({ status: "completed", output_text: "Hi", usage: { input_tokens: 10, output_tokens: 5, cost_usd: 0.001 } });
    expect(stored).toMatchObject({ text: "Hi", toolCalls: [{ id: "call_1", name: "f", arguments: '{"a":1}' }] });
    expect(final?.data.response).toMatchObject({ store: true });
  });

  it("says store: false in response.completed when the answer asked to be stored and could not be", async () => {
    const events = await collect(responseStream(sse(...THINK_TEXT_TOOL), Promise.resolve(completed), meta, async () => false));
    expect(events.at(-1)?.event).toBe("response.completed");
    expect(events.at(-1)?.data.response).toMatchObject({ status: "completed", store: false, output_text: "Hi" });
  });

  it("ends a failure after content with error + response.failed, never response.completed", async () => {
    const events = await collect(responseStream(sse(delta({ content: "Hi" }), errorChunk), Promise.resolve(failed), { ...meta, promptTokens: 7 }, async () => true));
    expect(events.slice(-2).map((event) => event.event)).toEqual(["error", "response.failed"]);
    expect(events.some((event) => event.event === "response.completed")).toBe(false);
    // No usage came before the cut: the estimates the cost was charged on, as the Messages door reports them.
    expect(events.at(-1)?.data.response).toMatchObject({ status: "failed", usage: { input_tokens: 7, output_tokens: 1, total_tokens: 8, cost_usd: 0.001 } });
  });

  it("names a context window overrun as OpenAI does, an invalid request, not a server error (review of round 28)", async () => {
    const overrun = { ...errorChunk, error: { message: "too long", type: "invalid_request_error", code: "context_length_exceeded" } };
    const events = await collect(responseStream(sse(delta({ content: "Hi" }), overrun), Promise.resolve(failed), meta, async () => true));
    expect(events.at(-2)?.data).toMatchObject({ code: "context_length_exceeded", error: { type: "invalid_request_error", code: "context_length_exceeded" } });
    expect(events.at(-1)?.data.response).toMatchObject({ error: { code: "context_length_exceeded" } });
  });
});

describe("request translation", () => {
  it("Messages: tool results become tool messages first, their images and is_error survive, documents become files", () => {
    const chat = messagesToChat(
      messagesRequestSchema.parse({
        model: "m",
        max_tokens: 10,
        messages: [
          { role: "assistant", content: [{ type: "redacted_thinking", data: "enc" }, { type: "tool_use", id: "t1", name: "shot", input: { x: 1 } }] },
          {
            role: "user",
            content: [
              { type: "tool_result", tool_use_id: "t1", is_error: true, content: [{ type: "text", text: "boom" }, { type: "image", source: { type: "url", url: "https://x/y.png" } }] },
              { type: "document", title: "spec.pdf", source: { type: "base64", media_type: "application/pdf", data: "JVBE" } },
            ],
          },
        ],
        tool_choice: { type: "any", disable_parallel_tool_use: true },
        stop_sequences: ["END"],
      }),
    );
    expect(chat.messages[0]).toMatchObject({ role: "assistant", content: null, reasoning_details: [{ type: "reasoning.encrypted", data: "enc" }], tool_calls: [{ id: "t1", function: { name: "shot", arguments: '{"x":1}' } }] });
    expect(chat.messages[1]).toEqual({ role: "tool", tool_call_id: "t1", content: "Error: boom" });
    expect(chat.messages[2]).toMatchObject({ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }, { type: "file", file: { filename: "spec.pdf", file_data: "data:application/pdf;base64,JVBE" } }] });
    expect(chat).toMatchObject({ tool_choice: "required", parallel_tool_calls: false, stop: ["END"] });
  });

  it("Messages: a custom-content document (source type content) becomes its text and image parts, in a turn or a tool result", () => {
    const image = { type: "image", source: { type: "url", url: "https://x/chart.png" } };
    const chat = messagesToChat(
      messagesRequestSchema.parse({
        model: "m",
        max_tokens: 10,
        messages: [
          { role: "user", content: [{ type: "document", source: { type: "content", content: [{ type: "text", text: "Q3 revenue rose." }, image] } }, { type: "text", text: "Summarize." }] },
          { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "read", input: {} }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: [{ type: "document", source: { type: "content", content: "Plain notes." } }] }] },
        ],
      }),
    );
    expect(chat.messages[0]).toEqual({ role: "user", content: [{ type: "text", text: "Q3 revenue rose." }, { type: "image_url", image_url: { url: "https://x/chart.png" } }, { type: "text", text: "Summarize." }] });
    // A document's text stays in the tool message (a chat tool message holds text); only media follows as a user part.
    expect(chat.messages.slice(2)).toEqual([{ role: "tool", tool_call_id: "t1", content: "Plain notes." }]);
  });

  it("Messages: a cache breakpoint on a tool result stays on the tool message", () => {
    const chat = messagesToChat(
      messagesRequestSchema.parse({
        model: "m",
        max_tokens: 10,
        messages: [
          { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "read", input: {} }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: "file text", cache_control: { type: "ephemeral" } }] },
        ],
      }),
    );
    expect(chat.messages[1]).toEqual({ role: "tool", tool_call_id: "t1", content: [{ type: "text", text: "file text", cache_control: { type: "ephemeral" } }] });
  });

  it("Responses: parallel function_call items share one assistant message; json_schema becomes response_format", () => {
    const request = responsesRequestSchema.parse({
      model: "m",
      instructions: "Be terse.",
      input: [
        { role: "user", content: "Weather in Paris and Rome?" },
        { type: "function_call", call_id: "a", name: "w", arguments: '{"c":"Paris"}' },
        { type: "function_call", call_id: "b", name: "w", arguments: '{"c":"Rome"}' },
        { type: "function_call_output", call_id: "a", output: "18" },
        { type: "function_call_output", call_id: "b", output: "21" },
      ],
      text: { format: { type: "json_schema", name: "out", schema: { type: "object" }, strict: true } },
      max_output_tokens: 99,
    });
    const chat = responsesToChat(request, [], inputMessages(request));
    expect(chat.messages.map((message) => message.role)).toEqual(["system", "user", "assistant", "tool", "tool"]);
    expect(chat.messages[2]?.tool_calls).toHaveLength(2);
    expect(chat).toMatchObject({ max_tokens: 99, response_format: { type: "json_schema", json_schema: { name: "out", strict: true } } });
  });
});

describe("usage as a door reports it", () => {
  it("reports whole token counts from 0 up, never the upstream's -5, 1.5, 1e309 or a string", async () => {
    const { anthropicUsage } = await import("./messages/chat-to-message.js");
    const garbled = { prompt_tokens: 1.5, completion_tokens: -5, total_tokens: 0, prompt_tokens_details: { cached_tokens: "7" as unknown as number, cache_write_tokens: Number.POSITIVE_INFINITY } };
    expect(anthropicUsage(garbled)).toEqual({ input_tokens: 2, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 });
    expect(anthropicUsage({ prompt_tokens: 100, completion_tokens: 1e12, total_tokens: 0, prompt_tokens_details: { cached_tokens: 30 } })).toEqual({ input_tokens: 70, output_tokens: 100_000_000, cache_read_input_tokens: 30, cache_creation_input_tokens: 0 });
  });
});
