/**
 * Round 10's edges of the doors (ADR 0046): the tool calls a conversation sends back (their names and their
 * arguments), empty text blocks at the Messages door, and a chat message's `name`, each refused before routing in
 * the door's own envelope naming the field and the rule, and what passes beside them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";
import { chat, messages, post, refused as refusedAt, responses } from "./door-requests.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close());

const refused = async (path: string, body: object): ReturnType<typeof refusedAt> => refusedAt(gateway, path, body);
const served = async (path: string, body: object): Promise<void> => {
  const answer = await post(gateway.url, path, body);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
};

/** A chat conversation whose assistant called `name` with `args`, answered, then asked again. */
const chatCall = (name: string, args: string, extra: object = {}): object =>
  chat({
    messages: [
      { role: "user", content: "weather?" },
      { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name, arguments: args } }] },
      { role: "tool", tool_call_id: "call_1", content: "sunny" },
      { role: "user", content: "thanks" },
    ],
    ...extra,
  });

/** The same at the Responses door, as input items. */
const responsesCall = (name: string, args: string): object =>
  responses({
    input: [
      { role: "user", content: "weather?" },
      { type: "function_call", call_id: "call_1", name, arguments: args },
      { type: "function_call_output", call_id: "call_1", output: "sunny" },
      { role: "user", content: "thanks" },
    ],
  });

/** The same at the Messages door, as blocks. */
const messagesCall = (name: string): object =>
  messages({
    messages: [
      { role: "user", content: "weather?" },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name, input: {} }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "sunny" }, { type: "text", text: "thanks" }] },
    ],
  });

describe("a tool name in the history is held to ^[a-zA-Z0-9_-]{1,64}$, as OpenAI refuses it there too", () => {
  const bad: [string, RegExp][] = [
    ["get.weather", /"get\.weather" has "\."/],
    ["get weather", /has " "/],
    ["x".repeat(65), /got 65 characters/],
  ];

  it("chat: messages[i].tool_calls[j].function.name and a legacy function_call.name", async () => {
    for (const [name, why] of bad) {
      expect(await refused("/v1/chat/completions", chatCall(name, "{}")), name).toMatchObject({ param: "messages[1].tool_calls[0].function.name", message: expect.stringMatching(why) });
    }
    const legacy = chat({ messages: [{ role: "user", content: "hi" }, { role: "assistant", content: null, function_call: { name: "get.weather", arguments: "{}" } }, { role: "function", name: "get_weather", content: "sunny" }] });
    expect(await refused("/v1/chat/completions", legacy)).toMatchObject({ param: "messages[1].function_call.name" });
  });

  it("responses: input[i].name of a function_call item; messages: a tool_use block's name", async () => {
    for (const [name, why] of bad) {
      expect(await refused("/v1/responses", responsesCall(name, "{}")), name).toMatchObject({ param: "input[1].name", message: expect.stringMatching(why) });
      expect((await refused("/v1/messages", messagesCall(name))).message, name).toMatch(new RegExp(`^messages\\[1\\]\\.content\\[0\\]\\.name.*${why.source}`));
    }
    expect((await refused("/v1/messages", messagesCall(""))).message).toMatch(/^messages\[1\]\.content\[0\]\.name.*empty name/);
    expect(await refused("/v1/responses", responsesCall("", "{}"))).toMatchObject({ param: "input[1].name" });
  });

  it("a call to a tool this request does not declare passes on every door (agents change their tools between turns)", async () => {
    const tools = [{ type: "function", function: { name: "other", parameters: { type: "object" } } }];
    await served("/v1/chat/completions", chatCall("get_weather", "{}", { tools }));
    await served("/v1/chat/completions", chatCall("get_weather", "{}"));
    await served("/v1/responses", responsesCall("get_weather", "{}"));
    await served("/v1/messages", messagesCall("get_weather"));
  });
});

describe("a history call's arguments are JSON object text (or empty), as the providers behind the route read them", () => {
  const bad = ['{"city": "Paris"', "city=Paris", "[1]", '"Paris"', "null"];

  it("chat: messages[i].tool_calls[j].function.arguments", async () => {
    for (const args of bad) {
      expect(await refused("/v1/chat/completions", chatCall("get_weather", args)), args).toMatchObject({
        param: "messages[1].tool_calls[0].function.arguments",
        message: expect.stringMatching(/JSON object/),
      });
    }
  });

  it("responses: input[i].arguments of a function_call item", async () => {
    for (const args of bad) {
      expect(await refused("/v1/responses", responsesCall("get_weather", args)), args).toMatchObject({ param: "input[1].arguments", message: expect.stringMatching(/JSON object/) });
    }
  });

  it("an empty string (a call without arguments) and whitespace around an object pass", async () => {
    for (const args of ["", '  {"city": "Paris"}\n', "{}"]) {
      await served("/v1/chat/completions", chatCall("get_weather", args));
      await served("/v1/responses", responsesCall("get_weather", args));
    }
  });
});

describe("the Messages door refuses an empty text block, as Anthropic does ('text content blocks must be non-empty')", () => {
  const turn = (content: object[]): object => messages({ messages: [{ role: "user", content }] });

  it("an empty or whitespace-only text block in a message, at its top or in a tool_result", async () => {
    expect((await refused("/v1/messages", turn([{ type: "text", text: "hi" }, { type: "text", text: "" }]))).message).toMatch(/^messages\[0\]\.content\[1\]\.text.*non-empty/);
    expect((await refused("/v1/messages", turn([{ type: "text", text: " \n\t" }]))).message).toMatch(/^messages\[0\]\.content\[0\]\.text.*non-whitespace/);
    const inResult = messages({
      messages: [
        { role: "user", content: "weather?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "" }] }] },
      ],
    });
    expect((await refused("/v1/messages", inResult)).message).toMatch(/^messages\[2\]\.content\[0\]\.content\[0\]\.text/);
    const assistant = messages({ messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [{ type: "text", text: "" }] }, { role: "user", content: "again" }] });
    expect((await refused("/v1/messages", assistant)).message).toMatch(/^messages\[1\]\.content\[0\]\.text/);
  });

  it("text with content passes, and an empty tool_result content is no text block", async () => {
    await served("/v1/messages", turn([{ type: "text", text: " hi " }]));
    const emptyResult = messages({
      messages: [
        { role: "user", content: "weather?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "" }] },
      ],
    });
    await served("/v1/messages", emptyResult);
  });
});

describe("a chat message's name is held to OpenAI's pattern (^[a-zA-Z0-9_-]{1,64}$)", () => {
  it("is refused naming messages[i].name on the plain path and beside tools", async () => {
    const named = (name: unknown, extra: object = {}): object => chat({ messages: [{ role: "user", name, content: "hi" }], ...extra });
    expect(await refused("/v1/chat/completions", named("Ada Lovelace"))).toMatchObject({ param: "messages[0].name", message: expect.stringMatching(/has " "/) });
    expect(await refused("/v1/chat/completions", named(""))).toMatchObject({ param: "messages[0].name", message: expect.stringMatching(/empty name/) });
    expect(await refused("/v1/chat/completions", named("a".repeat(65)))).toMatchObject({ param: "messages[0].name" });
    expect(await refused("/v1/chat/completions", named(7))).toMatchObject({ param: "messages[0].name" });
    expect(await refused("/v1/chat/completions", named("a/b", { tools: [{ type: "function", function: { name: "read" } }] }))).toMatchObject({ param: "messages[0].name" });
    await served("/v1/chat/completions", named("ada_lovelace-2"));
  });
});

describe("chat fields forwarded unread are held to their type (they came back upstream_bad_request after routing)", () => {
  it("refuses a wrong type naming the field, and takes null as absent", async () => {
    const wrong: [string, unknown][] = [
      ["logprobs", "yes"],
      ["parallel_tool_calls", 1],
      ["user", 5],
      ["service_tier", 5],
      ["stream_options", "x"],
      ["reasoning", "high"],
      ["prediction", 5],
      ["modalities", "text"],
      ["transforms", [5]],
    ];
    for (const [field, value] of wrong) {
      const error = await refused("/v1/chat/completions", chat({ [field]: value }));
      expect(error.param, field).toMatch(new RegExp(`^${field}`));
    }
    expect(await refused("/v1/chat/completions", chat({ stream: true, stream_options: { include_usage: "yes" } }))).toMatchObject({ param: "stream_options.include_usage" });
    for (const value of ["force", 5]) {
      expect(await refused("/v1/chat/completions", chat({ tool_choice: value })), String(value)).toMatchObject({ param: "tool_choice", message: expect.stringContaining('"auto", "none", "required"') });
    }
    await served("/v1/chat/completions", chat({ logprobs: true, user: "u1", parallel_tool_calls: null, stream_options: null, reasoning: { effort: "low" }, modalities: ["text"], tool_choice: "none" }));
  });

  it("refuses a file or audio part whose fields are of the wrong type, naming the field", async () => {
    const part = (content: object): object => chat({ messages: [{ role: "user", content: [{ type: "text", text: "see" }, content] }] });
    expect(await refused("/v1/chat/completions", part({ type: "file", file: "x" }))).toMatchObject({ param: "messages[0].content[1].file" });
    expect(await refused("/v1/chat/completions", part({ type: "file", file: { file_data: 5 } }))).toMatchObject({ param: "messages[0].content[1].file.file_data" });
    expect(await refused("/v1/chat/completions", part({ type: "file", file: { file_id: "f", filename: 7 } }))).toMatchObject({ param: "messages[0].content[1].file.filename" });
    expect(await refused("/v1/chat/completions", part({ type: "input_audio", input_audio: { data: 5, format: "wav" } }))).toMatchObject({ param: "messages[0].content[1].input_audio.data" });
    expect(await refused("/v1/chat/completions", part({ type: "input_audio", input_audio: { format: "wav" } }))).toMatchObject({ param: "messages[0].content[1].input_audio.data" });
    expect(await refused("/v1/chat/completions", part({ type: "input_audio" }))).toMatchObject({ param: "messages[0].content[1].input_audio" });
  });
});

describe("a history call's arguments are scanned before they are parsed", () => {
  it("refuses arguments nested past the JSON limits at once, without parsing them (4 million '[' took JSON.parse seconds)", async () => {
    const deep = `${"[".repeat(4_000_000)}${"]".repeat(4_000_000)}`;
    const startedAt = performance.now();
    const error = await refused("/v1/chat/completions", chatCall("get_weather", deep));
    expect(performance.now() - startedAt).toBeLessThan(1_500);
    expect(error).toMatchObject({ param: "messages[1].tool_calls[0].function.arguments", message: expect.stringMatching(/more than 64 levels deep/) });
    const keys = `{${Array.from({ length: 10_001 }, (_, index) => `"k${index}":1`).join(",")}}`;
    expect((await refused("/v1/responses", responsesCall("get_weather", keys))).message).toMatch(/more than 10000 members/);
  });
});
