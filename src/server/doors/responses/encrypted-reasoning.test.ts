import { describe, expect, it, vi } from "vitest";
import type { InvalidRequestError } from "../../../core/errors/index.js";
import { invalidRequestOf } from "../../../../test/support/invalid-request.js";
import type { StreamOutcome } from "../../../routing/fallback/run-chat-stream.js";
import { collectNamedEvents as collect } from "../../../testing/collect-named-events.js";
import { outputItems, partsOfChatBody } from "./chat-to-response.js";
import { detailsOfEncryptedContent, encryptedContent } from "./encrypted-reasoning.js";
import { responseStream } from "./response-stream.js";
import { responsesRequestSchema } from "./responses-request.js";
import { inputMessages } from "./responses-to-chat.js";

const SIGNED = [{ type: "reasoning.text", text: "Let me think.", signature: "sig-1", format: "anthropic-claude-v1", index: 0 }];
const OPENAI = [{ type: "reasoning.encrypted", data: "gAAAAB-opaque", id: "rs_up", format: "openai-responses-v1", index: 0 }];
const completed: StreamOutcome = { status: "completed", model: "m/x", usage: { prompt_tokens: 10, completion_tokens: 5 }, costUsd: 0.001, finishReason: "stop", text: "Hi", error: undefined, resumes: 0 };
const request = (include: string[] = ["reasoning.encrypted_content"]) => responsesRequestSchema.parse({ model: "m/x", input: "hi", include });
const chunk = (delta: Record<string, unknown>, finish: string | null = null): string => `data: ${JSON.stringify({ id: "c1", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
async function* sse(...parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
  yield "data: [DONE]\n\n";
}
const reasoningItem = (output: unknown): { summary: unknown[]; encrypted_content?: string | null } | undefined =>
  (output as { type: string; summary: unknown[]; encrypted_content?: string | null }[]).find((item) => item.type === "reasoning");

describe("encrypted reasoning out: the upstream's reasoning_details as the reasoning item's encrypted_content", () => {
  it("non-streaming: a token that reads back as the same details, only when included; an encrypted-only answer gets its item", () => {
    const parts = partsOfChatBody({ choices: [{ message: { content: "Hi", reasoning: "Let me think.", reasoning_details: SIGNED }, finish_reason: "stop" }] }, "d1");
    const token = reasoningItem(outputItems("d1", parts, true))?.encrypted_content;
    expect(detailsOfEncryptedContent(token ?? "", "x")).toEqual(SIGNED);
    expect(reasoningItem(outputItems("d1", parts, false))).not.toHaveProperty("encrypted_content");
    const hidden = partsOfChatBody({ choices: [{ message: { content: "Hi", reasoning_details: OPENAI }, finish_reason: "stop" }] }, "d1");
    expect(reasoningItem(outputItems("d1", hidden, true))).toMatchObject({ summary: [] });
    expect(detailsOfEncryptedContent(reasoningItem(outputItems("d1", hidden, true))?.encrypted_content ?? "", "x")).toEqual(OPENAI);
    expect(reasoningItem(outputItems("d1", hidden, false))).toBeUndefined();
  });

  it("streaming: pieces of one detail are joined, its signature kept, and an encrypted-only stream gets a reasoning item", async () => {
    const meta = { id: "d1", createdAt: 0, model: "m/x", request: request() };
    const pieces = [
      chunk({ reasoning: "Let me ", reasoning_details: [{ type: "reasoning.text", text: "Let me ", format: "anthropic-claude-v1", index: 0 }] }),
      chunk({ reasoning: "think.", reasoning_details: [{ type: "reasoning.text", text: "think.", signature: "sig-1", format: "anthropic-claude-v1", index: 0 }] }),
      chunk({ content: "Hi" }, "stop"),
    ];
    const events = await collect(responseStream(sse(...pieces), Promise.resolve(completed), meta, async () => true));
    const final = events.at(-1)?.data.response as { output: unknown };
    expect(detailsOfEncryptedContent(reasoningItem(final.output)?.encrypted_content ?? "", "x")).toEqual(SIGNED);
    const done = events.find((event) => event.event === "response.output_item.done")?.data.item;
    expect(done).toMatchObject({ type: "reasoning", encrypted_content: reasoningItem(final.output)?.encrypted_content });

    const hidden = await collect(responseStream(sse(chunk({ reasoning_details: OPENAI }), chunk({ content: "Hi" }, "stop")), Promise.resolve(completed), meta, async () => true));
    const item = reasoningItem((hidden.at(-1)?.data.response as { output: unknown }).output);
    expect(detailsOfEncryptedContent(item?.encrypted_content ?? "", "x")).toEqual(OPENAI);
    const plain = await collect(responseStream(sse(chunk({ reasoning_details: OPENAI }), chunk({ content: "Hi" }, "stop")), Promise.resolve(completed), { ...meta, request: request([]) }, async () => true));
    expect(reasoningItem((plain.at(-1)?.data.response as { output: unknown }).output)).toBeUndefined();
  });
});

describe("encrypted reasoning in: a reasoning item's encrypted_content as its assistant message's reasoning_details", () => {
  const read = (input: unknown[]) => inputMessages(responsesRequestSchema.parse({ model: "m/x", input }));
  const ask = { role: "user", content: "Weather in Paris?" };
  const call = { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{}" };
  const output = { type: "function_call_output", call_id: "call_1", output: "18C" };

  it("goes with the function_call or message after it (or before it), the gateway's token decoded, another's as OpenAI's", () => {
    const token = encryptedContent(SIGNED) ?? "";
    expect(read([ask, { type: "reasoning", summary: [], encrypted_content: token }, call, output])[1]).toMatchObject({ role: "assistant", tool_calls: [{ id: "call_1" }], reasoning_details: SIGNED });
    expect(read([ask, { role: "assistant", content: "Sunny." }, { type: "reasoning", summary: [], encrypted_content: "gAAAAB-from-openai" }, { role: "user", content: "Thanks" }])[1]).toMatchObject({
      role: "assistant",
      content: "Sunny.",
      reasoning_details: [{ type: "reasoning.encrypted", data: "gAAAAB-from-openai", format: "openai-responses-v1" }],
    });
    // A summary alone is still nothing a chat model reads.
    expect(read([ask, { type: "reasoning", summary: [{ type: "summary_text", text: "x" }] }, call, output])[1]).not.toHaveProperty("reasoning_details");
  });

  it("refuses, naming the item, encrypted reasoning with no assistant item beside it and a gateway token that does not decode", () => {
    const refusal = (input: unknown[]): InvalidRequestError => invalidRequestOf(() => read(input));
    expect(refusal([ask, { type: "reasoning", summary: [], encrypted_content: "gAAAAB" }, { role: "user", content: "more" }])).toMatchObject({ status: 400, param: "input[1]" });
    const broken = refusal([ask, { type: "reasoning", summary: [], encrypted_content: "sy-rd1:not-json" }, call, output]);
    expect(broken).toMatchObject({ status: 400, param: "input[1].encrypted_content" });
    expect(broken.message).toMatch(/does not decode/);
    // Nested deeper than a request body may be: refused, never forwarded for the upstream body's serializer to choke on.
    const deep = `sy-rd1:${Buffer.from(`[{"type":"reasoning.text","x":${"[".repeat(5_000)}${"]".repeat(5_000)}}]`).toString("base64url")}`;
    expect(refusal([ask, { type: "reasoning", summary: [], encrypted_content: deep }, call, output])).toMatchObject({ status: 400, param: "input[1].encrypted_content" });
  });
});

describe("encrypted reasoning in: a forged token is refused before it is parsed", () => {
  it("refuses a token whose JSON holds an object of 600,000 keys at once (JSON.parse held the event loop 0.7 s)", () => {
    const forged = `sy-rd1:${Buffer.from(`[{${Array.from({ length: 600_000 }, (_, index) => `"k${index}":1`).join(",")}}]`).toString("base64url")}`;
    // Refused by the limits scan, never handed to JSON.parse (a wall-clock bound flaked on a loaded machine).
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(invalidRequestOf(() => detailsOfEncryptedContent(forged, "input[0].encrypted_content")).code).toBe("invalid_encrypted_content");
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });
});
