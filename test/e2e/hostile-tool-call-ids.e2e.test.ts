/**
 * An upstream whose tool calls carry no id, an empty one, or one another call of the answer already has, or that
 * streams its calls without `index`. The Messages and Responses doors hand each call to the client under an id the
 * client sends back with the tool's result, so every call of an answer must stay a call of its own, with its own id,
 * whole or streamed.
 */
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

/** Ids as a provider might send them: one that counting calls would mint, none, empty, and the first one again. */
const UPSTREAM_IDS: (string | undefined)[] = ["call_2", undefined, undefined, "", "call_2"];

function wholeAnswer(): Record<string, unknown> {
  const toolCalls = UPSTREAM_IDS.map((id, index) => ({ ...(id === undefined ? {} : { id }), type: "function", function: { name: "lookup", arguments: `{"n":${index}}` } }));
  return { id: "gen-ids", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: toolCalls }, finish_reason: "tool_calls" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } };
}

function streamedAnswer(): string {
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ id: "gen-ids", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const calls = UPSTREAM_IDS.map((id, index) => chunk({ ...(index === 0 ? { role: "assistant" } : {}), tool_calls: [{ index, ...(id === undefined ? {} : { id }), type: "function", function: { name: "lookup", arguments: `{"n":${index}}` } }] }));
  const usage = `data: ${JSON.stringify({ id: "gen-ids", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } })}\n\n`;
  return calls.join("") + chunk({}, "tool_calls") + usage + "data: [DONE]\n\n";
}

/** Two calls streamed without `index`, told apart only by their ids (the second's arguments in two pieces). */
function unnumberedStream(): string {
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ id: "gen-ids", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return (
    chunk({ role: "assistant", tool_calls: [{ id: "call_a", type: "function", function: { name: "lookup", arguments: '{"city":' } }] }) +
    chunk({ tool_calls: [{ function: { arguments: '"Paris"}' } }] }) +
    chunk({ tool_calls: [{ id: "call_b", type: "function", function: { name: "book", arguments: '{"n":' } }] }) +
    chunk({ tool_calls: [{ id: "call_b", function: { arguments: "2}" } }] }) +
    chunk({}, "tool_calls") +
    "data: [DONE]\n\n"
  );
}


const the = useGatewayAnswering((text, stream) => stream ? (text.includes("UNNUMBERED") ? unnumberedStream() : streamedAnswer()) : JSON.stringify(wholeAnswer()));

const ASK = { model: "switchyard/tier/e2e", stream: false };
const MESSAGES = { ...ASK, max_tokens: 100, messages: [{ role: "user", content: "Look it up five times." }], tools: [{ name: "lookup", input_schema: { type: "object" } }] };
const RESPONSES = { ...ASK, input: "Look it up five times.", tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] };

async function post(path: string, body: Record<string, unknown>): Promise<{ status: number; text: string; decisionId: string }> {
  const response = await fetch(`${the.gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text(), decisionId: response.headers.get("x-switchyard-decision-id") ?? "" };
}

/** The `data:` objects of an event stream. */
function events(text: string): Record<string, unknown>[] {
  return text.split("\n").filter((line) => line.startsWith("data: ")).map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
}

function expectOwnIds(ids: unknown[], decisionId: string): void {
  expect(ids).toHaveLength(UPSTREAM_IDS.length);
  expect(new Set(ids).size, JSON.stringify(ids)).toBe(ids.length);
  for (const id of ids) expect(typeof id === "string" && id.length > 0, JSON.stringify(ids)).toBe(true);
  // The provider's own id is kept where it names one call only.
  expect(ids[0]).toBe("call_2");
  // Minted ids carry the decision id's random tail, so they never repeat in a later turn of the conversation either,
  // and fit the 40 characters OpenAI allows a tool call's id (the client sends them back, and they go upstream).
  expect(ids.slice(1).every((id) => String(id).includes(decisionId.slice(-20)) && String(id).length <= 40), JSON.stringify(ids)).toBe(true);
}

describe("tool calls without an id of their own", () => {
  it("Messages: every tool_use block has its own id, whole and streamed", async () => {
    const whole = await post("/v1/messages", MESSAGES);
    expect(whole.status).toBe(200);
    const blocks = (JSON.parse(whole.text) as { content: { type: string; id?: string }[] }).content.filter((block) => block.type === "tool_use");
    expectOwnIds(blocks.map((block) => block.id), whole.decisionId);
    const streamed = await post("/v1/messages", { ...MESSAGES, stream: true });
    expect(streamed.status).toBe(200);
    const starts = events(streamed.text).filter((event) => event.type === "content_block_start");
    expectOwnIds(starts.map((event) => (event.content_block as { id?: string }).id), streamed.decisionId);
  });

  it("Responses: every function_call item has its own call_id, whole and streamed", async () => {
    const whole = await post("/v1/responses", RESPONSES);
    expect(whole.status).toBe(200);
    const items = (JSON.parse(whole.text) as { output: { type: string; call_id?: string }[] }).output.filter((item) => item.type === "function_call");
    expectOwnIds(items.map((item) => item.call_id), whole.decisionId);
    const streamed = await post("/v1/responses", { ...RESPONSES, stream: true });
    expect(streamed.status).toBe(200);
    const added = events(streamed.text).filter((event) => event.type === "response.output_item.added");
    expectOwnIds(added.map((event) => (event.item as { call_id?: string }).call_id), streamed.decisionId);
    const completed = events(streamed.text).find((event) => event.type === "response.completed");
    const output = (completed?.response as { output: { call_id?: string }[] }).output;
    expect(output.map((item) => item.call_id)).toEqual(added.map((event) => (event.item as { call_id?: string }).call_id));
  });
});

describe("Chat Completions: tool calls without an id of their own", () => {
  const CHAT = { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Look it up five times." }], tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }] };

  it("every tool call of a whole answer has its own id, the provider's kept where it names one call", async () => {
    const whole = await post("/v1/chat/completions", CHAT);
    expect(whole.status).toBe(200);
    const calls = (JSON.parse(whole.text) as { choices: { message: { tool_calls: { id?: string; function: { arguments: string } }[] } }[] }).choices[0]?.message.tool_calls ?? [];
    expectOwnIds(calls.map((call) => call.id), whole.decisionId);
    // Nothing else of the call changed.
    expect(calls.map((call) => JSON.parse(call.function.arguments) as unknown)).toEqual(UPSTREAM_IDS.map((_id, n) => ({ n })));
  });

  it("every streamed call's first delta has its own id", async () => {
    const streamed = await post("/v1/chat/completions", { ...CHAT, stream: true });
    expect(streamed.status).toBe(200);
    const deltas = events(streamed.text.replace("data: [DONE]", "")).flatMap((event) => ((event.choices as { delta?: { tool_calls?: { index: number; id?: string }[] } }[] | undefined)?.[0]?.delta?.tool_calls ?? []));
    expectOwnIds(deltas.map((call) => call.id), streamed.decisionId);
  });
});

describe("tool calls streamed without index", () => {
  it("Messages: two tool_use blocks, each with its own name and whole arguments, not one with both joined", async () => {
    const streamed = await post("/v1/messages", { ...MESSAGES, stream: true, messages: [{ role: "user", content: "UNNUMBERED" }] });
    expect(streamed.status).toBe(200);
    const all = events(streamed.text);
    const starts = all.filter((event) => event.type === "content_block_start").map((event) => event.content_block as { id: string; name: string });
    expect(starts.map((block) => [block.id, block.name])).toEqual([["call_a", "lookup"], ["call_b", "book"]]);
    const input = (index: number): string =>
      all
        .filter((event) => event.type === "content_block_delta" && event.index === index)
        .map((event) => (event.delta as { partial_json: string }).partial_json)
        .join("");
    expect(JSON.parse(input(0))).toEqual({ city: "Paris" });
    expect(JSON.parse(input(1))).toEqual({ n: 2 });
  });

  it("Responses: two function_call items with their own arguments", async () => {
    const streamed = await post("/v1/responses", { ...RESPONSES, stream: true, input: "UNNUMBERED" });
    expect(streamed.status).toBe(200);
    const completed = events(streamed.text).find((event) => event.type === "response.completed");
    const output = (completed?.response as { output: { call_id: string; name: string; arguments: string }[] }).output;
    expect(output.map((item) => [item.call_id, item.name, JSON.parse(item.arguments) as unknown])).toEqual([
      ["call_a", "lookup", { city: "Paris" }],
      ["call_b", "book", { n: 2 }],
    ]);
  });
});
