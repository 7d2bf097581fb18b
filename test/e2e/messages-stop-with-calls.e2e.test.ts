/**
 * An answer with tool calls that ends `finish_reason: "stop"` (how OpenAI ends a call forced by `tool_choice`, and
 * how some providers end every call) is `stop_reason: "tool_use"` on the Messages door, streamed and whole, through the
 * official `@anthropic-ai/sdk`. It was `end_turn`: an agent loop that runs tools while `stop_reason` is `tool_use`
 * (Anthropic's own tutorial loop) stopped with the tool unrun (round 26).
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";

/**
 * One call of get_weather, ended "stop"; with NO_CALL in the prompt, text ended "stop"; with BLANK, a call of get_time
 * whose arguments are a space and a newline (as some upstreams send a call without arguments).
 */
function answer(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  const call = text.includes("BLANK") ? { name: "get_time", arguments: " \n" } : { name: "get_weather", arguments: '{"city":"Paris"}' };
  const calls = text.includes("NO_CALL") ? undefined : [{ index: 0, id: "call_w", type: "function", function: call }];
  const usage = { prompt_tokens: 12, completion_tokens: 6, total_tokens: 18 };
  const content = calls ? null : "Sunny.";
  if (!stream) return JSON.stringify({ id: "gen-s", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content, ...(calls ? { tool_calls: calls } : {}) }, finish_reason: "stop" }], usage });
  const chunk = (delta: Record<string, unknown>, reason: string | null, extra: Record<string, unknown> = {}): string =>
    `data: ${JSON.stringify({ id: "gen-s", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: reason }], ...extra })}\n\n`;
  return chunk({ role: "assistant", ...(calls ? { tool_calls: calls } : { content }) }, null) + chunk({}, "stop", { usage }) + "data: [DONE]\n\n";
}

const the = useGatewayAnswering(answer);

const tools = [{ name: "get_weather", input_schema: { type: "object" as const, properties: { city: { type: "string" } } } }];

describe("a tool call that ended 'stop' upstream", () => {
  it("is stop_reason tool_use, whole and streamed, with a forced tool_choice", async () => {
    const body = { model: MODEL, max_tokens: 100, tools, tool_choice: { type: "tool" as const, name: "get_weather" }, messages: [{ role: "user" as const, content: "Weather in Paris?" }] };
    const whole = await the.anthropic.messages.create(body);
    expect(whole.stop_reason).toBe("tool_use");
    expect(whole.content).toEqual([{ type: "tool_use", id: "call_w", name: "get_weather", input: { city: "Paris" } }]);
    const streamed = await the.anthropic.messages.stream(body).finalMessage();
    expect(streamed.stop_reason).toBe("tool_use");
    expect(streamed.content[0]).toMatchObject({ type: "tool_use", input: { city: "Paris" } });
  });

  it("a text answer that ended 'stop' is still end_turn", async () => {
    const body = { model: MODEL, max_tokens: 100, tools, messages: [{ role: "user" as const, content: "NO_CALL" }] };
    expect((await the.anthropic.messages.create(body)).stop_reason).toBe("end_turn");
    expect((await the.anthropic.messages.stream(body).finalMessage()).stop_reason).toBe("end_turn");
  });

  it("a call whose arguments are only whitespace is input {} streamed, as whole: the SDK's stream parser threw on it (review)", async () => {
    const body = { model: MODEL, max_tokens: 100, tools: [{ name: "get_time", input_schema: { type: "object" as const, properties: {} } }], messages: [{ role: "user" as const, content: "BLANK" }] };
    const whole = await the.anthropic.messages.create(body);
    expect(whole.content).toEqual([{ type: "tool_use", id: "call_w", name: "get_time", input: {} }]);
    const streamed = await the.anthropic.messages.stream(body).finalMessage();
    expect(streamed.stop_reason).toBe("tool_use");
    // Reading `input` parses what the input_json_delta events added up to: "" is {}, " \n" is "Unexpected end of JSON input".
    expect(() => streamed.content[0]?.type === "tool_use" && streamed.content[0].input).not.toThrow();
    expect(streamed.content).toEqual(whole.content);
  });
});
