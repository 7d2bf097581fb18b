/**
 * A function call without arguments (a no-parameter tool: the upstream sends `arguments: ""`) is `"{}"` on the
 * Responses door, streamed as whole, as OpenAI sends it. The whole answer said `"{}"` and the stream `""`, in its
 * `function_call_arguments.done`, `output_item.done` and `response.completed`, and so in the stored response: an
 * agent that parses a call's arguments (`JSON.parse`, serde) failed on the streamed call only (round 26).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGatewayAnswering } from "./gateway-behind.js";
import type { Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const TOOL = { type: "function" as const, name: "get_time", parameters: { type: "object", properties: {} }, strict: false };

/** One call of get_time with empty arguments, finished as `tool_calls` (or cut, `length`, when the prompt says CUT). */
function answer(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  const finish = text.includes("CUT") ? "length" : "tool_calls";
  const call = { index: 0, id: "call_t1", type: "function", function: { name: "get_time", arguments: "" } };
  const usage = { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 };
  if (!stream) return JSON.stringify({ id: "gen-t", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [call] }, finish_reason: finish }], usage });
  const chunk = (delta: Record<string, unknown>, reason: string | null, extra: Record<string, unknown> = {}): string =>
    `data: ${JSON.stringify({ id: "gen-t", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: reason }], ...extra })}\n\n`;
  return chunk({ role: "assistant", tool_calls: [call] }, null) + chunk({}, finish, { usage }) + "data: [DONE]\n\n";
}

let gateway: Gateway;
let client: OpenAI;
beforeAll(async () => {
  gateway = await startGatewayAnswering(answer);
  client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "unused", maxRetries: 0 });
});
afterAll(async () => gateway.close());

describe("a function call without arguments", () => {
  it("is '{}' streamed as it is whole: every event that carries the arguments, the final response and the stored one", async () => {
    const whole = await client.responses.create({ model: MODEL, input: "What time is it?", tools: [TOOL] });
    expect(whole.output[0]).toMatchObject({ type: "function_call", arguments: "{}", status: "completed" });
    const stream = client.responses.stream({ model: MODEL, input: "What time is it?", tools: [TOOL] });
    let deltas = "";
    const done: string[] = [];
    for await (const event of stream) {
      if (event.type === "response.function_call_arguments.delta") deltas += event.delta;
      if (event.type === "response.function_call_arguments.done") done.push(event.arguments);
      if (event.type === "response.output_item.done" && event.item.type === "function_call") done.push(event.item.arguments);
    }
    // The deltas add up to what `.done` says, as a client that accumulates them reads it.
    expect(deltas).toBe("{}");
    expect(done).toEqual(["{}", "{}"]);
    const final = await stream.finalResponse();
    expect(final.output[0]).toMatchObject({ type: "function_call", arguments: "{}", status: "completed" });
    expect(JSON.parse((final.output[0] as OpenAI.Responses.ResponseFunctionToolCall).arguments)).toEqual({});
    const stored = await client.responses.retrieve(final.id);
    expect(stored.output[0]).toMatchObject({ arguments: "{}" });
  });

  it("stays empty and incomplete when the answer was cut before any argument, streamed as whole", async () => {
    const whole = await client.responses.create({ model: MODEL, input: "CUT", tools: [TOOL] });
    expect(whole.output[0]).toMatchObject({ arguments: "", status: "incomplete" });
    const final = await client.responses.stream({ model: MODEL, input: "CUT", tools: [TOOL] }).finalResponse();
    expect(final.output[0]).toMatchObject({ arguments: "", status: "incomplete" });
  });
});
