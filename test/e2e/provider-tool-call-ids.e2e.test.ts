/**
 * A provider that ids its tool calls `functions.lookup:0` (as some do). Anthropic's `tool_use` ids must match
 * `^[a-zA-Z0-9_-]+$`, and the client sends the id back in its `tool_result`: the Messages door shows a safe id, and
 * the next turn reaches the upstream with the provider's own id again, in the call and in its result. The Responses
 * door, whose `call_id` has no pattern but OpenAI's 64-character limit, shows the provider's id as it is; it reaches
 * the upstream as the provider wrote it, with the history sent back and with `previous_response_id`.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";
import { readOfflineRequest } from "../../src/server/doors/read-offline-request.js";
import type { DoorName } from "../../src/server/doors/door.js";

const PROVIDER_ID = "functions.lookup:0";
/** Kimi's form for an MCP tool as Codex names them: 59 characters, within the 64 OpenAI allows a `call_id`. */
const MCP_TOOL = "mcp__github__create_pull_request_review";
const MCP_ID = `functions.${MCP_TOOL}:1234567`;
/** An MCP tool whose Kimi id (`functions.<name>:<n>`) is 70 characters: no form of it fits in 64. */
const LONG_TOOL = `mcp__${"s".repeat(20)}__${"t".repeat(30)}`;
const LONG_ID = `functions.${LONG_TOOL}:12`;
const MODEL = "switchyard/tier/e2e";

function chunk(delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: "gen-f", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
}
const USAGE = `data: ${JSON.stringify({ id: "gen-f", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } })}\n\n`;

/** A tool call on the first turn; once the request carries a tool result, an answer. */
function answer(text: string, stream: boolean): string {
  const request = JSON.parse(text) as { messages: { role: string }[]; tools?: { function: { name: string } }[] };
  const answered = request.messages.some((message) => message.role === "tool");
  const toolName = request.tools?.[0]?.function.name;
  const [id, name] = toolName === MCP_TOOL ? [MCP_ID, MCP_TOOL] : toolName === LONG_TOOL ? [LONG_ID, LONG_TOOL] : [PROVIDER_ID, "lookup"];
  if (stream) {
    const first = answered ? chunk({ role: "assistant", content: "It is 42." }) : chunk({ role: "assistant", tool_calls: [{ index: 0, id, type: "function", function: { name, arguments: '{"q":"x"}' } }] });
    return first + chunk({}, answered ? "stop" : "tool_calls") + USAGE + "data: [DONE]\n\n";
  }
  const message = answered ? { role: "assistant", content: "It is 42." } : { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: '{"q":"x"}' } }] };
  return JSON.stringify({ id: "gen-f", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message, finish_reason: answered ? "stop" : "tool_calls" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } });
}

const seen: Record<string, unknown>[] = [];

const the = useGatewayAnswering((text, stream) => {
    seen.push(JSON.parse(text) as Record<string, unknown>);
    return answer(text, stream);
  });

/** The ids the upstream got back on the last request: each assistant call's and each tool result's. */
function idsSentBack(): string[] {
  const messages = (seen.at(-1)?.messages ?? []) as { role: string; tool_call_id?: string; tool_calls?: { id: string }[] }[];
  return messages.flatMap((message) => [...(message.tool_calls ?? []).map((call) => call.id), ...(message.tool_call_id ? [message.tool_call_id] : [])]);
}

describe("a provider's tool-call ids that Anthropic's pattern refuses", () => {
  it("Messages: the tool_use id fits ^[a-zA-Z0-9_-]+$, whole and streamed, and the tool_result round-trips to the provider's id", async () => {
    const client = the.anthropic;
    const tools = [{ name: "lookup", input_schema: { type: "object" as const } }];
    const ask = { model: MODEL, max_tokens: 100, tools, messages: [{ role: "user" as const, content: "Look it up." }] };
    for (const streamed of [false, true]) {
      const message = streamed ? await client.messages.stream(ask).finalMessage() : await client.messages.create(ask);
      const use = message.content.find((block) => block.type === "tool_use");
      expect(use?.type).toBe("tool_use");
      const id = use?.type === "tool_use" ? use.id : "";
      expect(id).toMatch(/^[a-zA-Z0-9_-]+$/);
      const next = await client.messages.stream({ ...ask, messages: [...ask.messages, { role: "assistant", content: message.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "42" }] }] }).finalMessage();
      expect(next.content).toEqual([expect.objectContaining({ type: "text", text: "It is 42." })]);
      expect(idsSentBack()).toEqual([PROVIDER_ID, PROVIDER_ID]);
    }
  });

  it("Responses: the call_id is the provider's, and a function_call_output round-trips, by history and by previous_response_id", async () => {
    const client = the.gateway.client;
    const tools = [{ type: "function" as const, name: "lookup", parameters: { type: "object" }, strict: false }];
    const first = await client.responses.create({ model: MODEL, input: "Look it up.", tools });
    const call = first.output.find((item) => item.type === "function_call");
    const callId = call?.type === "function_call" ? call.call_id : "";
    expect(callId).toBe(PROVIDER_ID);
    await client.responses.create({ model: MODEL, tools, previous_response_id: first.id, input: [{ type: "function_call_output", call_id: callId, output: "42" }] });
    expect(idsSentBack()).toEqual([PROVIDER_ID, PROVIDER_ID]);
    const stream = await client.responses.create({ model: MODEL, input: "Look it up.", tools, stream: true, store: false });
    let streamedId = "";
    for await (const event of stream) if (event.type === "response.output_item.done" && event.item.type === "function_call") streamedId = event.item.call_id;
    expect(streamedId).toBe(PROVIDER_ID);
    await client.responses.create({ model: MODEL, tools, store: false, input: [{ role: "user", content: "Look it up." }, { type: "function_call", call_id: streamedId, name: "lookup", arguments: '{"q":"x"}' }, { type: "function_call_output", call_id: streamedId, output: "42" }] });
    expect(idsSentBack()).toEqual([PROVIDER_ID, PROVIDER_ID]);
  });

  it("Responses: a call_id within OpenAI's 64 characters stays within them (OpenAI refuses a longer one sent back: string_above_max_length)", async () => {
    const client = the.gateway.client;
    const tools = [{ type: "function" as const, name: MCP_TOOL, parameters: { type: "object" }, strict: false }];
    expect(MCP_ID.length).toBeLessThanOrEqual(64);
    for (const stream of [false, true]) {
      let callId = "";
      if (stream) {
        for await (const event of await client.responses.create({ model: MODEL, input: "Review it.", tools, stream: true, store: false })) if (event.type === "response.output_item.done" && event.item.type === "function_call") callId = event.item.call_id;
      } else {
        const item = (await client.responses.create({ model: MODEL, input: "Review it.", tools, store: false })).output.find((output) => output.type === "function_call");
        callId = item?.type === "function_call" ? item.call_id : "";
      }
      expect(callId.length, callId).toBeLessThanOrEqual(64);
      await client.responses.create({ model: MODEL, tools, store: false, input: [{ role: "user", content: "Review it." }, { type: "function_call", call_id: callId, name: MCP_TOOL, arguments: '{"q":"x"}' }, { type: "function_call_output", call_id: callId, output: "done" }] });
      expect(idsSentBack()).toEqual([MCP_ID, MCP_ID]);
    }
  });

  it("Messages: a provider's id of 59 characters outside the pattern is shown in 64 at most (Bedrock refuses a longer tool_use.id), and round-trips", async () => {
    const client = the.anthropic;
    const tools = [{ name: MCP_TOOL, input_schema: { type: "object" as const } }];
    const ask = { model: MODEL, max_tokens: 100, tools, messages: [{ role: "user" as const, content: "Review it." }] };
    for (const streamed of [false, true]) {
      const message = streamed ? await client.messages.stream(ask).finalMessage() : await client.messages.create(ask);
      const use = message.content.find((block) => block.type === "tool_use");
      const id = use?.type === "tool_use" ? use.id : "";
      expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      await client.messages.create({ ...ask, messages: [...ask.messages, { role: "assistant", content: message.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "done" }] }] });
      expect(idsSentBack()).toEqual([MCP_ID, MCP_ID]);
    }
  });

  it("Messages and Responses: an id no form of which fits in 64 is shown as a short one, the same in the call and its result upstream", async () => {
    const anthropic = the.anthropic;
    const ask = { model: MODEL, max_tokens: 100, tools: [{ name: LONG_TOOL, input_schema: { type: "object" as const } }], messages: [{ role: "user" as const, content: "Do it." }] };
    const message = await anthropic.messages.create(ask);
    const use = message.content.find((block) => block.type === "tool_use");
    const id = use?.type === "tool_use" ? use.id : "";
    expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    await anthropic.messages.create({ ...ask, messages: [...ask.messages, { role: "assistant", content: message.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "done" }] }] });
    expect(idsSentBack()).toEqual([id, id]);
    const openai = the.gateway.client;
    const tools = [{ type: "function" as const, name: LONG_TOOL, parameters: { type: "object" }, strict: false }];
    const item = (await openai.responses.create({ model: MODEL, input: "Do it.", tools, store: false })).output.find((output) => output.type === "function_call");
    const callId = item?.type === "function_call" ? item.call_id : "";
    expect(callId.length, callId).toBeLessThanOrEqual(64);
    await openai.responses.create({ model: MODEL, tools, store: false, input: [{ role: "user", content: "Do it." }, { type: "function_call", call_id: callId, name: LONG_TOOL, arguments: "{}" }, { type: "function_call_output", call_id: callId, output: "done" }] });
    expect(idsSentBack()).toEqual([callId, callId]);
  });

  it("Chat Completions: a conversation moved from the Messages door reaches the upstream with the provider's ids", async () => {
    const anthropic = the.anthropic;
    const message = await anthropic.messages.create({ model: MODEL, max_tokens: 100, tools: [{ name: "lookup", input_schema: { type: "object" } }], messages: [{ role: "user", content: "Look it up." }] });
    const use = message.content.find((block) => block.type === "tool_use");
    const id = use?.type === "tool_use" ? use.id : "";
    expect(id).not.toBe(PROVIDER_ID);
    const openai = the.gateway.client;
    // As shown now, and as an earlier version showed it (`sy64_` + base64url), which a stored conversation may hold.
    for (const shown of [id, `sy64_${Buffer.from(PROVIDER_ID).toString("base64url")}`]) {
      const answer = await openai.chat.completions.create({
        model: MODEL,
        tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
        messages: [{ role: "user", content: "Look it up." }, { role: "assistant", content: null, tool_calls: [{ id: shown, type: "function", function: { name: "lookup", arguments: '{"q":"x"}' } }] }, { role: "tool", tool_call_id: shown, content: "42" }],
      });
      expect(answer.choices[0]?.message.content).toBe("It is 42.");
      expect(idsSentBack()).toEqual([PROVIDER_ID, PROVIDER_ID]);
    }
  });

  it("switchyard route --request reads a conversation's shown ids as the live gateway sends them upstream, at every door", async () => {
    const shown = `sy-functions-dlookup-c0`;
    const call = { name: "lookup", arguments: '{"q":"x"}' };
    const bodies: [DoorName, string, Record<string, unknown>][] = [
      ["messages", "/v1/messages", { max_tokens: 100, tools: [{ name: "lookup", input_schema: { type: "object" } }], messages: [{ role: "user", content: "Look it up." }, { role: "assistant", content: [{ type: "tool_use", id: shown, name: "lookup", input: { q: "x" } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: shown, content: "42" }] }] }],
      ["responses", "/v1/responses", { store: false, tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }], input: [{ role: "user", content: "Look it up." }, { type: "function_call", call_id: shown, ...call }, { type: "function_call_output", call_id: shown, output: "42" }] }],
      ["chat", "/v1/chat/completions", { tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }], messages: [{ role: "user", content: "Look it up." }, { role: "assistant", content: null, tool_calls: [{ id: shown, type: "function", function: call }] }, { role: "tool", tool_call_id: shown, content: "42" }] }],
    ];
    for (const [door, path, body] of bodies) {
      const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, ...body }) });
      expect(response.status, door).toBe(200);
      expect(idsSentBack(), door).toEqual([PROVIDER_ID, PROVIDER_ID]);
      const offline = readOfflineRequest({ model: MODEL, ...body }, door).messages;
      expect(offline.flatMap((message) => [...(message.tool_calls ?? []).map((item) => (item as { id: string }).id), ...(message.tool_call_id ? [message.tool_call_id] : [])]), door).toEqual(idsSentBack());
    }
  });
});
