/**
 * A function call without arguments (a no-parameter tool: the upstream sends `arguments: ""`) is `"{}"` on the
 * Responses door, streamed as whole, as OpenAI sends it. The whole answer said `"{}"` and the stream `""`, in its
 * `function_call_arguments.done`, `output_item.done` and `response.completed`, and so in the stored response: an
 * agent that parses a call's arguments (`JSON.parse`, serde) failed on the streamed call only (round 26).
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";
const TOOL = { type: "function" as const, name: "get_time", parameters: { type: "object", properties: {} }, strict: false };

/**
 * One call of get_time with empty arguments, finished as `tool_calls` (or cut, `length`, when the prompt says CUT);
 * when the prompt says TWO, text and then two such calls, the second with arguments of a space (as some upstreams send).
 */
function answer(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  const finish = text.includes("CUT") ? "length" : "tool_calls";
  const call = { index: 0, id: "call_t1", type: "function", function: { name: "get_time", arguments: "" } };
  const second = { index: 1, id: "call_t2", type: "function", function: { name: "get_date", arguments: " " } };
  const calls = text.includes("TWO") ? [call, second] : [call];
  const usage = { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 };
  if (!stream) return JSON.stringify({ id: "gen-t", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: calls }, finish_reason: finish }], usage });
  const chunk = (delta: Record<string, unknown>, reason: string | null, extra: Record<string, unknown> = {}): string =>
    `data: ${JSON.stringify({ id: "gen-t", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: reason }], ...extra })}\n\n`;
  const opening = text.includes("TWO") ? chunk({ role: "assistant", content: "Checking." }, null) : "";
  return opening + calls.map((one, index) => chunk(index === 0 ? { role: "assistant", tool_calls: [one] } : { tool_calls: [one] }, null)).join("") + chunk({}, finish, { usage }) + "data: [DONE]\n\n";
}

const the = useGatewayAnswering(answer);

describe("a function call without arguments", () => {
  it("is '{}' streamed as it is whole: every event that carries the arguments, the final response and the stored one", async () => {
    const whole = await the.gateway.client.responses.create({ model: MODEL, input: "What time is it?", tools: [TOOL] });
    expect(whole.output[0]).toMatchObject({ type: "function_call", arguments: "{}", status: "completed" });
    const stream = the.gateway.client.responses.stream({ model: MODEL, input: "What time is it?", tools: [TOOL] });
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
    const stored = await the.gateway.client.responses.retrieve(final.id);
    expect(stored.output[0]).toMatchObject({ arguments: "{}" });
  });

  it("names each call its '{}' completes, and its deltas add up to its arguments, for parallel calls and a space (review)", async () => {
    const tools = [TOOL, { ...TOOL, name: "get_date" }];
    const stream = the.gateway.client.responses.stream({ model: MODEL, input: "TWO", tools });
    const ids = new Map<number, string>();
    const deltas = new Map<number, string>();
    const problems: string[] = [];
    for await (const event of stream) {
      if (event.type === "response.output_item.added") ids.set(event.output_index, event.item.id ?? "");
      if (event.type === "response.function_call_arguments.delta") {
        // The delta's item is the one open at its output_index: a client that keys calls by item id reads it so.
        if (event.item_id !== ids.get(event.output_index)) problems.push(`delta ${JSON.stringify(event.delta)} at ${event.output_index} names item '${event.item_id}'`);
        deltas.set(event.output_index, (deltas.get(event.output_index) ?? "") + event.delta);
      }
      if (event.type === "response.function_call_arguments.done") {
        if (event.item_id !== ids.get(event.output_index)) problems.push(`.done at ${event.output_index} names item '${event.item_id}'`);
        if (event.arguments !== deltas.get(event.output_index)) problems.push(`.done at ${event.output_index} says ${JSON.stringify(event.arguments)}, its deltas ${JSON.stringify(deltas.get(event.output_index))}`);
      }
    }
    expect(problems).toEqual([]);
    const final = await stream.finalResponse();
    const calls = final.output.flatMap((item) => (item.type === "function_call" ? [{ name: item.name, arguments: item.arguments }] : []));
    expect(calls.map((call) => call.name)).toEqual(["get_time", "get_date"]);
    for (const call of calls) expect(JSON.parse(call.arguments)).toEqual({});
    // The whole answer reads the space's call as the stream does: arguments JSON.parse takes.
    const whole = await the.gateway.client.responses.create({ model: MODEL, input: "TWO", tools });
    const wholeArguments = whole.output.flatMap((item) => (item.type === "function_call" ? [item.arguments] : []));
    expect(wholeArguments).toEqual(calls.map((call) => call.arguments));
  });

  it("stays empty and incomplete when the answer was cut before any argument, streamed as whole", async () => {
    const whole = await the.gateway.client.responses.create({ model: MODEL, input: "CUT", tools: [TOOL] });
    expect(whole.output[0]).toMatchObject({ arguments: "", status: "incomplete" });
    const final = await the.gateway.client.responses.stream({ model: MODEL, input: "CUT", tools: [TOOL] }).finalResponse();
    expect(final.output[0]).toMatchObject({ arguments: "", status: "incomplete" });
  });
});
