/**
 * A streamed choice or tool-call `index` no client can use as an array slot. The OpenAI SDK's stream helper gathers
 * a stream with `choices[index]` and `tool_calls[index] ??= {}`, then `Object.assign`s the delta's fields there: an
 * upstream (or a provider behind OpenRouter) that sent `"index": "__proto__"` wrote them onto Array.prototype in the
 * client's process, and 1e9 grew a billion-slot array. The Chat Completions door sends every such index as a usable
 * one, and the deltas that repeat it still join into one call.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const TOOLS = [{ type: "function" as const, function: { name: "lookup", parameters: { type: "object" } } }];
const POLLUTED = ["id", "type", "function", "extra", "finish_reason", "message", "logprobs"];

/** The event stream the fake upstream answers with next. */
let nextStream = "";
let upstreamServer: Server;
let upstream: UpstreamClient;
let gateway: Gateway;

beforeAll(async () => {
  upstreamServer = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(nextStream);
    });
  });
  await new Promise<void>((resolve) => upstreamServer.listen(0, "127.0.0.1", resolve));
  const { port } = upstreamServer.address() as AddressInfo;
  upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-hostile", connectTimeoutMs: 1_000 });
  gateway = await startGateway({ app: { upstream } });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
  await new Promise((resolve) => upstreamServer.close(resolve));
});
afterEach(() => {
  // Undo what an unfixed gateway let through, so one failure does not spread to the next test.
  for (const name of POLLUTED) Reflect.deleteProperty(Array.prototype, name);
});

function chunk(choice: Record<string, unknown>): string {
  return `data: ${JSON.stringify({ id: "gen-i", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [choice] })}\n\n`;
}

function call(index: unknown, fields: Record<string, unknown>): Record<string, unknown> {
  return { index: 0, delta: { role: "assistant", tool_calls: [{ index, ...fields }] }, finish_reason: null };
}

async function gather() {
  const stream = gateway.client.chat.completions.stream({ model: MODEL, messages: [{ role: "user", content: "Look it up." }], tools: TOOLS });
  return stream.finalChatCompletion();
}

describe("a streamed index no client can use as a slot", () => {
  it("tool calls at __proto__, -1, 1e9 and 1.5 reach the OpenAI SDK's helper as calls, leaving Array.prototype alone", async () => {
    nextStream = [
      chunk(call(0, { id: "call_a", type: "function", function: { name: "lookup", arguments: '{"q":' } })),
      chunk(call(0, { function: { arguments: "1}" } })),
      chunk(call("__proto__", { id: "call_b", type: "function", extra: "x", function: { name: "lookup", arguments: '{"q":' } })),
      chunk(call("__proto__", { function: { arguments: "2}" } })),
      chunk(call(-1, { id: "call_c", type: "function", function: { name: "lookup", arguments: '{"q":3}' } })),
      chunk(call(1e9, { id: "call_d", type: "function", function: { name: "lookup", arguments: '{"q":4}' } })),
      chunk(call(1.5, { id: "call_e", type: "function", function: { name: "lookup", arguments: '{"q":5}' } })),
      chunk({ index: 0, delta: {}, finish_reason: "tool_calls" }),
      "data: [DONE]\n\n",
    ].join("");
    const completion = await gather();
    for (const name of POLLUTED) expect(Object.hasOwn(Array.prototype, name), `Array.prototype.${name}`).toBe(false);
    const calls = completion.choices[0]?.message.tool_calls ?? [];
    expect(calls.map((c) => (c.type === "function" ? [c.id, c.function.arguments] : []))).toEqual([
      ["call_a", '{"q":1}'],
      ["call_b", '{"q":2}'],
      ["call_c", '{"q":3}'],
      ["call_d", '{"q":4}'],
      ["call_e", '{"q":5}'],
    ]);
  });

  it("a choice at __proto__ is the one choice asked for, not Array.prototype", async () => {
    nextStream = [
      chunk({ index: "__proto__", delta: { role: "assistant", content: "Hel" }, finish_reason: null, logprobs: null }),
      chunk({ index: 0, delta: { content: "lo" }, finish_reason: null }),
      chunk({ index: 0, delta: {}, finish_reason: "stop" }),
      "data: [DONE]\n\n",
    ].join("");
    const completion = await gather();
    for (const name of POLLUTED) expect(Object.hasOwn(Array.prototype, name), `Array.prototype.${name}`).toBe(false);
    expect(completion.choices.map((c) => c.message.content)).toEqual(["Hello"]);
  });

  it("leaves a well-formed stream's bytes as they came", async () => {
    const sent = [chunk(call(0, { id: "call_a", type: "function", function: { name: "lookup", arguments: "{}" } })), chunk(call(1, { id: "call_b", type: "function", function: { name: "lookup", arguments: "{}" } })), chunk({ index: 0, delta: {}, finish_reason: "tool_calls" })];
    nextStream = `${sent.join("")}data: [DONE]\n\n`;
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: "user", content: "Look it up." }], tools: TOOLS }) });
    const text = await response.text();
    for (const event of sent) expect(text).toContain(event);
  });
});
