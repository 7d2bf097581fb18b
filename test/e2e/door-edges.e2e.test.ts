/**
 * Each door refuses out-of-range sampling numbers, orphan tool messages and over-bounded metadata before routing
 * (no upstream call), in its own error envelope naming the param; a missing key is told which header to use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { startGateway, type Gateway } from "./gateway-harness.js";
import { chat, messages, MODEL, post, refused as refusedAt, responses, type DoorAnswer } from "./door-requests.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close());

const refused = async (path: string, body: object): ReturnType<typeof refusedAt> => refusedAt(gateway, path, body);

describe("sampling numbers are held to the upstream's ranges on every door", () => {
  it("chat: temperature, top_p, penalties, top_k, seed, logit_bias", async () => {
    const cases: [object, string, RegExp][] = [
      [{ temperature: 2.5 }, "temperature", /at most 2, got 2.5/],
      [{ temperature: -0.1 }, "temperature", /at least 0/],
      [{ top_p: 1.01 }, "top_p", /at most 1/],
      [{ top_p: -1 }, "top_p", /at least 0/],
      [{ frequency_penalty: 3 }, "frequency_penalty", /at most 2/],
      [{ presence_penalty: -2.5 }, "presence_penalty", /at least -2/],
      [{ top_k: 1.5 }, "top_k", /integer|whole/],
      [{ top_k: -1 }, "top_k", /at least 0/],
      [{ seed: 0.5 }, "seed", /integer|whole/],
      [{ logit_bias: { "50256": 101 } }, "logit_bias.50256", /at most 100/],
      [{ logit_bias: { hello: 1 } }, "logit_bias.hello", /token id/],
      [{ logit_bias: "none" }, "logit_bias", /object|record/],
    ];
    for (const [extra, param, message] of cases) {
      const error = await refused("/v1/chat/completions", chat(extra));
      expect(error.param, JSON.stringify(extra)).toBe(param);
      expect(error.message).toMatch(message);
    }
  });

  it("chat: session_id is at most 256 characters (OpenRouter's spec)", async () => {
    expect(await refused("/v1/chat/completions", chat({ session_id: "s".repeat(257) }))).toMatchObject({ param: "session_id", message: expect.stringContaining("more than 256 characters") });
    expect((await post(gateway.url, "/v1/chat/completions", chat({ session_id: "s".repeat(256) }))).status).toBe(200);
  });

  it("chat: values at the edges and null pass, and are forwarded as sent", async () => {
    const edges = { temperature: 2, top_p: 0, frequency_penalty: -2, presence_penalty: 2, top_k: 0, seed: -7, logit_bias: { "50256": -100 }, repetition_penalty: 1.1 };
    const { status } = await post(gateway.url, "/v1/chat/completions", chat(edges));
    expect(status).toBe(200);
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject(edges);
    expect((await post(gateway.url, "/v1/chat/completions", chat({ temperature: null, top_p: null, logit_bias: null, session_id: null }))).status).toBe(200);
  });

  it("chat: an int64 seed past JavaScript's safe integers passes, as OpenAI takes it", async () => {
    const body = JSON.stringify(chat({})).replace(/}$/, ',"seed":9223372036854775807}');
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(200);
    const lowest = JSON.stringify(chat({})).replace(/}$/, ',"seed":-9223372036854775808}');
    expect((await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: lowest })).status).toBe(200);
  });

  it("chat: a seed past int64 is refused before routing, as OpenAI refuses it (a whole number is not enough: 1e300 is one)", async () => {
    for (const seed of [1e20, -1e20, 1e300]) {
      expect(await refused("/v1/chat/completions", chat({ seed }))).toMatchObject({ param: "seed", message: expect.stringContaining("-9223372036854775808 to 9223372036854775807") });
    }
  });

  it("messages: temperature is Anthropic's 0 to 1; top_p and top_k held too", async () => {
    expect(await refused("/v1/messages", messages({ temperature: 1.5 }))).toMatchObject({ message: expect.stringMatching(/^temperature must be at most 1, got 1.5/) });
    expect((await refused("/v1/messages", messages({ top_p: 2 }))).message).toMatch(/^top_p must be at most 1/);
    expect((await refused("/v1/messages", messages({ top_k: 2.5 }))).message).toMatch(/^top_k /);
    expect((await post(gateway.url, "/v1/messages", messages({ temperature: 1 }))).status).toBe(200);
  });

  it("responses: temperature and top_p", async () => {
    expect(await refused("/v1/responses", responses({ temperature: 2.1 }))).toMatchObject({ param: "temperature" });
    expect(await refused("/v1/responses", responses({ top_p: -0.5 }))).toMatchObject({ param: "top_p" });
  });
});

describe("a chat tool message answers a tool call of the message before it, as OpenAI requires", () => {
  const call = { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "read", arguments: "{}" } }] };
  const tools = [{ type: "function", function: { name: "read", parameters: { type: "object" } } }];
  const conversation = (...rest: object[]) => ({ model: MODEL, tools, messages: [{ role: "user", content: "read it" }, ...rest] });

  it("refuses a tool message without tool_call_id, naming it", async () => {
    const error = await refused("/v1/chat/completions", conversation(call, { role: "tool", content: "x" }));
    expect(error).toMatchObject({ param: "messages[2].tool_call_id", code: "missing_required_parameter" });
  });

  it("refuses one whose id no call of the previous assistant message carries, or that follows no tool call", async () => {
    expect(await refused("/v1/chat/completions", conversation(call, { role: "tool", tool_call_id: "call_9", content: "x" }))).toMatchObject({
      param: "messages[2].tool_call_id",
      message: expect.stringContaining("'call_9' not found in 'tool_calls' of previous message"),
    });
    expect(await refused("/v1/chat/completions", conversation({ role: "tool", tool_call_id: "call_1", content: "x" }))).toMatchObject({ param: "messages[1].role" });
    // A call from an earlier turn does not count: the tool message must follow its call's message.
    const stale = conversation(call, { role: "tool", tool_call_id: "call_1", content: "x" }, { role: "user", content: "again" }, { role: "tool", tool_call_id: "call_1", content: "y" });
    expect(await refused("/v1/chat/completions", stale)).toMatchObject({ param: "messages[4].role" });
  });

  it("refuses two calls of one message under one id, and a call answered twice, as Messages and Responses do", async () => {
    const twice = { ...call, tool_calls: [...call.tool_calls, { id: "call_1", type: "function", function: { name: "read", arguments: "{\"n\":2}" } }] };
    expect(await refused("/v1/chat/completions", conversation(twice, { role: "tool", tool_call_id: "call_1", content: "a" }))).toMatchObject({
      param: "messages[1].tool_calls[1].id",
      message: expect.stringContaining("has the id 'call_1' of tool_calls[0]"),
    });
    const answeredTwice = conversation(call, { role: "tool", tool_call_id: "call_1", content: "a" }, { role: "tool", tool_call_id: "call_1", content: "b" });
    expect(await refused("/v1/chat/completions", answeredTwice)).toMatchObject({
      param: "messages[3].tool_call_id",
      message: expect.stringContaining("answers tool call 'call_1' again (messages[2] answered it)"),
    });
    // An id a later turn's call reuses answers that turn's call: not ambiguous (providers number calls per answer).
    const again = conversation(call, { role: "tool", tool_call_id: "call_1", content: "a" }, { role: "user", content: "again" }, call, { role: "tool", tool_call_id: "call_1", content: "b" });
    const { status, json } = await post(gateway.url, "/v1/chat/completions", again);
    expect(status, JSON.stringify(json)).toBe(200);
  });

  it("refuses a call that is not whole (no id, no function, arguments not JSON text), as OpenAI does", async () => {
    const withCall = (toolCall: object) => conversation({ role: "assistant", content: null, tool_calls: [toolCall] }, { role: "tool", tool_call_id: "call_1", content: "x" });
    expect(await refused("/v1/chat/completions", withCall({ type: "function", function: { name: "read", arguments: "{}" } }))).toMatchObject({ param: "messages[1].tool_calls[0].id", code: "missing_required_parameter" });
    expect(await refused("/v1/chat/completions", withCall({ id: "call_1", type: "function" }))).toMatchObject({ param: "messages[1].tool_calls[0].function" });
    expect(await refused("/v1/chat/completions", withCall({ id: "call_1", type: "function", function: { arguments: "{}" } }))).toMatchObject({ param: "messages[1].tool_calls[0].function.name" });
    expect(await refused("/v1/chat/completions", withCall({ id: "call_1", type: "function", function: { name: "read", arguments: { path: "a" } } }))).toMatchObject({
      param: "messages[1].tool_calls[0].function.arguments",
      message: expect.stringContaining("expected a string (the arguments as JSON text, e.g. JSON.stringify of the object), but got an object instead"),
    });
  });

  it("refuses a call left unanswered when the conversation goes on, as OpenAI and Anthropic do; a call ending it passes", async () => {
    const two = { ...call, tool_calls: [...call.tool_calls, { id: "call_2", type: "function", function: { name: "read", arguments: "{}" } }] };
    const partly = conversation(two, { role: "tool", tool_call_id: "call_1", content: "a" }, { role: "user", content: "and?" });
    expect(await refused("/v1/chat/completions", partly)).toMatchObject({
      param: "messages[1].tool_calls",
      message: expect.stringContaining("The following tool_call_ids of messages[1] did not have response messages: 'call_2'"),
    });
    expect((await refused("/v1/chat/completions", conversation(two, { role: "tool", tool_call_id: "call_1", content: "a" }))).param).toBe("messages[1].tool_calls");
    expect((await refused("/v1/chat/completions", conversation(call, { role: "user", content: "never mind" }))).param).toBe("messages[1].tool_calls");
    const { status, json } = await post(gateway.url, "/v1/chat/completions", conversation(call));
    expect(status, JSON.stringify(json)).toBe(200);
  });

  it("passes answers to every call of the previous message, in any order", async () => {
    const two = { ...call, tool_calls: [...call.tool_calls, { id: "call_2", type: "function", function: { name: "read", arguments: "{}" } }] };
    const body = conversation(two, { role: "tool", tool_call_id: "call_2", content: "b" }, { role: "tool", tool_call_id: "call_1", content: "a" });
    const { status, json } = await post(gateway.url, "/v1/chat/completions", body);
    expect(status, JSON.stringify(json)).toBe(200);
  });
});

describe("a chat message with an empty content list", () => {
  it("is refused naming it, as OpenAI refuses it; an assistant's (beside tool_calls) passes", async () => {
    expect(await refused("/v1/chat/completions", chat({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: [] }] }))).toMatchObject({
      param: "messages[1].content",
      message: expect.stringContaining("empty array"),
    });
    const answered = { model: MODEL, messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [] }, { role: "user", content: "again" }] };
    expect((await post(gateway.url, "/v1/chat/completions", answered)).status).toBe(200);
  });
});

describe("metadata is bounded as each API bounds it", () => {
  const many = Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, "v"]));
  it("messages: only user_id, of at most 512 characters (Anthropic's Metadata)", async () => {
    expect((await refused("/v1/messages", messages({ metadata: { user_id: "u", session_id: "s" } }))).message).toMatch(/^metadata\.session_id is invalid: .*only `user_id`/);
    expect((await refused("/v1/messages", messages({ metadata: { user_id: "x".repeat(513) } }))).message).toMatch(/^metadata\.user_id has more than 512/);
    expect((await post(gateway.url, "/v1/messages", messages({ metadata: { user_id: "x".repeat(512) } }))).status).toBe(200);
  });

  it("messages: a `__proto__` key is named too (JSON.parse makes it an own key; the schema's output dropped it unnamed)", async () => {
    for (const text of ['{"__proto__": {"user_id": "u"}}', '{"user_id": "u", "__proto__": "x"}']) {
      const metadata = JSON.parse(text) as Record<string, unknown>;
      expect((await refused("/v1/messages", messages({ metadata }))).message, text).toMatch(/^metadata\.__proto__ is invalid: .*only `user_id`/);
    }
  });

  it("responses and chat: at most 16 pairs, 64-character keys, 512-character values", async () => {
    for (const path of ["/v1/responses", "/v1/chat/completions"]) {
      const body = path === "/v1/responses" ? responses : chat;
      expect(await refused(path, body({ metadata: many }))).toMatchObject({ param: "metadata", message: expect.stringContaining("at most 16") });
      expect((await refused(path, body({ metadata: { k: "x".repeat(513) } }))).param).toBe("metadata.k");
      expect((await refused(path, body({ metadata: { ["k".repeat(65)]: "v" } }))).message).toMatch(/at most 64 characters/);
      const ok = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`k${index}`, "v".repeat(512)]));
      expect((await post(gateway.url, path, body({ metadata: ok }))).status).toBe(200);
    }
    // OpenRouter refuses brackets in a key; the chat door forwards metadata to it.
    expect((await refused("/v1/chat/completions", chat({ metadata: { "a[0]": "v" } }))).message).toMatch(/\[ or \]/);
  });
});

describe("a missing key is told the header its client sends", () => {
  let keyed: Gateway;
  beforeAll(async () => {
    const keys = createMemoryKeyStore();
    await issueVirtualKey(keys, { name: "team" }, { now: Date.now() });
    keyed = await startGateway({ app: { authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }) } });
  });
  afterAll(async () => keyed.close());

  it("messages names x-api-key; chat and responses name Bearer and say x-api-key is not read there", async () => {
    const anthropic = await post(keyed.url, "/v1/messages", messages({}));
    expect(anthropic.status).toBe(401);
    expect(anthropic.json).toMatchObject({ type: "error", error: { type: "authentication_error", message: expect.stringContaining('"x-api-key: sk-sy-..."') } });
    for (const path of ["/v1/chat/completions", "/v1/responses"]) {
      const openai = await post(keyed.url, path, path === "/v1/responses" ? responses({}) : chat({}), { "x-api-key": "sk-sy-sent-the-anthropic-way" });
      expect(openai.status).toBe(401);
      expect(openai.json.error?.message).toMatch(/"Authorization: Bearer sk-sy-\.\.\.".*does not read x-api-key/);
    }
    const models = await fetch(`${keyed.url}/v1/models`);
    expect(((await models.json()) as DoorAnswer["json"]).error?.message).toMatch(/"Authorization: Bearer sk-sy-\.\.\." or "x-api-key: sk-sy-\.\.\."/);
  });
});
