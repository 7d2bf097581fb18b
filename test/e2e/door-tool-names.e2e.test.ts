/**
 * Round 9's edges of the doors (ADR 0044): tool names held to what OpenAI and Anthropic take and declared once,
 * structured-output names, media outside user messages, empty user messages beside others, and a chat tool_choice
 * naming no function, each refused before routing in the door's own envelope, naming the param.
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

describe("tool names are held to ^[a-zA-Z0-9_-]{1,64}$ on every door, as OpenAI and Anthropic hold them", () => {
  const schema = { type: "object" };
  const bad: [string, RegExp][] = [
    ["get.weather", /"get\.weather" has "\."/],
    ["💥", /has "💥"/],
    ["get weather", /has " "/],
    ["x".repeat(65), /got 65 characters/],
    ["", /empty name/],
  ];

  it("chat: tools[i].function.name and the legacy functions[i].name", async () => {
    for (const [name, why] of bad) {
      const error = await refused("/v1/chat/completions", chat({ tools: [{ type: "function", function: { name: "ok", parameters: schema } }, { type: "function", function: { name, parameters: schema } }] }));
      expect(error, name).toMatchObject({ param: "tools[1].function.name", message: expect.stringMatching(why) });
      expect((await refused("/v1/chat/completions", chat({ functions: [{ name, parameters: schema }] }))).param).toBe("functions[0].name");
    }
    expect((await refused("/v1/chat/completions", chat({ tools: [{ type: "function" }] }))).param).toBe("tools[0].function");
    const ok = chat({ tools: [{ type: "function", function: { name: `mcp__srv__${"a".repeat(54)}`, parameters: schema } }] });
    expect((await post(gateway.url, "/v1/chat/completions", ok)).status).toBe(200);
  });

  it("messages and responses: tools[i].name", async () => {
    for (const [name, why] of bad) {
      expect((await refused("/v1/messages", messages({ tools: [{ name, input_schema: schema }] }))).message, name).toMatch(new RegExp(`^tools\\[0\\]\\.name.*${why.source}`));
      expect(await refused("/v1/responses", responses({ tools: [{ type: "function", name, parameters: schema }] })), name).toMatchObject({ param: "tools[0].name", message: expect.stringMatching(why) });
    }
    expect((await post(gateway.url, "/v1/messages", messages({ tools: [{ name: "get_weather-2", input_schema: schema }] }))).status).toBe(200);
  });
});

describe("tool names are unique on every door, as Anthropic's API requires (a call by name could reach either tool)", () => {
  it("chat and responses refuse a name declared twice, as the Messages door does", async () => {
    const schema = { type: "object" };
    const twice = await refused("/v1/chat/completions", chat({ tools: [{ type: "function", function: { name: "read", parameters: schema } }, { type: "function", function: { name: "read", parameters: schema } }] }));
    expect(twice).toMatchObject({ param: "tools[1].function.name", message: expect.stringContaining('tools[0] is also named "read"') });
    const responsesTwice = await refused("/v1/responses", responses({ tools: [{ type: "function", name: "read" }, { type: "function", name: "read" }] }));
    expect(responsesTwice).toMatchObject({ param: "tools[1].name", message: expect.stringContaining('tools[0] is also named "read"') });
    expect((await refused("/v1/messages", messages({ tools: [{ name: "read", input_schema: schema }, { name: "read", input_schema: schema }] }))).message).toMatch(/^tools\[1\]\.name.*tools\[0\] is also named "read"/);
  });
});

describe("the names and schemas around tools are held to what the providers take", () => {
  it("chat: a function's parameters other than an object, a json_schema format without a valid name", async () => {
    expect(await refused("/v1/chat/completions", chat({ tools: [{ type: "function", function: { name: "read", parameters: "path" } }] }))).toMatchObject({ param: "tools[0].function.parameters" });
    expect(await refused("/v1/chat/completions", chat({ response_format: { type: "json_schema", json_schema: { schema: { type: "object" } } } }))).toMatchObject({ param: "response_format.json_schema.name" });
    expect(await refused("/v1/chat/completions", chat({ response_format: { type: "json_schema", json_schema: { name: "my answer", schema: { type: "object" } } } }))).toMatchObject({
      param: "response_format.json_schema.name",
      message: expect.stringContaining("a json_schema name is 1 to 64 characters"),
    });
    expect((await refused("/v1/chat/completions", chat({ response_format: { type: "json_schema" } }))).param).toBe("response_format.json_schema");
    expect((await post(gateway.url, "/v1/chat/completions", chat({ response_format: { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" } } } }))).status).toBe(200);
  });

  it("responses: a text.format name outside the pattern; messages: an empty tool_use id", async () => {
    expect(await refused("/v1/responses", responses({ text: { format: { type: "json_schema", name: "my answer", schema: { type: "object" } } } }))).toMatchObject({ param: "text.format.name" });
    const empty = messages({ messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [{ type: "tool_use", id: "", name: "read", input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "", content: "x" }] }] });
    expect((await refused("/v1/messages", empty)).message).toMatch(/^messages\[1\]\.content\[0\]\.id.*not empty/);
    expect((await refused("/v1/messages", messages({ tools: [{ name: "read", input_schema: { type: "string" } }] }))).message).toMatch(/^tools\[0\]\.input_schema\.type.*describes an object/);
  });
});

describe("a chat image, audio or file part sits in a user message, as OpenAI requires", () => {
  it("is refused in a system, developer or assistant message, naming the part; a user's or tool's passes", async () => {
    const image = { type: "image_url", image_url: { url: "https://example.com/cat.png" } };
    for (const role of ["system", "developer", "assistant"]) {
      const body = chat({ messages: [{ role, content: [{ type: "text", text: "Look." }, image] }, { role: "user", content: "hi" }] });
      expect(await refused("/v1/chat/completions", body), role).toMatchObject({ param: "messages[0].content[1]", message: expect.stringContaining(`only allowed in messages with role 'user', but messages[0] has role '${role}'`) });
    }
    expect((await post(gateway.url, "/v1/chat/completions", chat({ messages: [{ role: "user", content: [{ type: "text", text: "Look." }, image] }] }))).status).toBe(200);
  });
});

describe("an empty content list and a tool_choice naming no function are refused on the doors that forwarded them", () => {
  it("messages: a user turn of no blocks (dropped without a word); responses: a message of no parts (sent as [])", async () => {
    expect((await refused("/v1/messages", messages({ messages: [{ role: "user", content: [] }, { role: "assistant", content: "ok" }, { role: "user", content: "hi" }] }))).message).toMatch(/^messages\[0\]\.content is invalid: an empty content list says nothing/);
    expect(await refused("/v1/responses", responses({ input: [{ role: "user", content: [] }, { role: "user", content: "hi" }] }))).toMatchObject({ param: "input[0].content" });
    expect((await post(gateway.url, "/v1/messages", messages({ messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [] }, { role: "user", content: "hi" }] }))).status).toBe(200);
  });

  it("chat: a tool_choice of type function without function.name (OpenRouter refused it after routing)", async () => {
    const body = chat({ tools: [{ type: "function", function: { name: "read", parameters: { type: "object" } } }], tool_choice: { type: "function" } });
    expect(await refused("/v1/chat/completions", body)).toMatchObject({ param: "tool_choice.function.name" });
  });
});
