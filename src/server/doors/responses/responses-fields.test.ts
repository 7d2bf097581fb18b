import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { DoorRequest } from "../door.js";
import { createResponsesDoor } from "./responses-door.js";

const door = createResponsesDoor({ store: { get: async () => undefined, set: async () => {}, delete: async () => false }, ttlMs: 1000, generateId: () => "id" });
const read = async (body: Record<string, unknown>): Promise<DoorRequest> => door.read({ model: "switchyard/auto", input: "hi", ...body }, { headers: {}, keyId: null });

async function refusal(body: Record<string, unknown>): Promise<InvalidRequestError> {
  const error: unknown = await read(body).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InvalidRequestError);
  return error as InvalidRequestError;
}

describe("the Responses door's top-level fields", () => {
  it("refuses a field OpenAI's Responses API does not have as OpenAI does (Unknown parameter, code unknown_parameter)", async () => {
    for (const field of ["temprature", "n", "max_tokens", "provider"]) {
      const error = await refusal({ [field]: 1 });
      expect(error.param).toBe(field);
      expect(error.code).toBe("unknown_parameter");
      expect(error.message.startsWith(`Unknown parameter: '${field}'.`)).toBe(true);
    }
  });

  it("names the fix OpenAI's message leaves out: the Responses name of a Chat Completions field, or the near name", async () => {
    expect((await refusal({ max_tokens: 5 })).message).toBe("Unknown parameter: 'max_tokens'. The Responses API calls it 'max_output_tokens'.");
    expect((await refusal({ messages: [] })).message).toBe("Unknown parameter: 'messages'. The Responses API calls it 'input'.");
    expect((await refusal({ temprature: 1 })).message).toBe("Unknown parameter: 'temprature'. Did you mean 'temperature'?");
    expect((await refusal({ provider: {} })).message).toBe("Unknown parameter: 'provider'.");
  });

  it("carries prompt_cache_key, safety_identifier (as user), service_tier and an explicit prompt cache upstream", async () => {
    const { chat } = await read({
      prompt_cache_key: "tenant-7",
      safety_identifier: "hashed-user",
      user: "old-user",
      service_tier: "flex",
      prompt_cache_options: { mode: "explicit", ttl: "30m" },
      input: [{ role: "user", content: [{ type: "input_text", text: "long prefix", prompt_cache_breakpoint: { mode: "explicit" } }, { type: "input_text", text: "question" }] }],
    });
    expect(chat).toMatchObject({ prompt_cache_key: "tenant-7", user: "hashed-user", service_tier: "flex", prompt_cache_options: { mode: "explicit", ttl: "30m" } });
    expect(chat.messages[0]?.content).toEqual([{ type: "text", text: "long prefix", prompt_cache_breakpoint: { mode: "explicit" } }, { type: "text", text: "question" }]);
    expect((await read({ user: "old-user", prompt_cache_options: { mode: "implicit" } })).chat).toMatchObject({ user: "old-user" });
    expect((await read({ prompt_cache_options: { mode: "implicit" } })).chat).not.toHaveProperty("prompt_cache_options");
    expect((await refusal({ service_tier: "fastest" })).param).toBe("service_tier");
    // OpenRouter's alias for priority.
    expect((await read({ service_tier: "fast" })).chat).toMatchObject({ service_tier: "fast" });
  });

  it("takes what Codex sends (client_metadata, reasoning effort xhigh or none) and sends no client_metadata on", async () => {
    const codex = {
      instructions: "x",
      input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "hi" }] }],
      tools: [{ type: "function", name: "shell", parameters: { type: "object" } }],
      tool_choice: "auto",
      parallel_tool_calls: false,
      reasoning: { effort: "xhigh" },
      store: false,
      stream: true,
      include: [],
      prompt_cache_key: "thread-1",
      client_metadata: { "x-codex-installation-id": "abc" },
    };
    const { chat } = await read(codex);
    expect(chat).not.toHaveProperty("client_metadata");
    expect(chat.reasoning).toEqual({ effort: "xhigh" });
    expect((await read({ ...codex, reasoning: { effort: "none" } })).chat.reasoning).toEqual({ effort: "none" });
  });

  it("keeps the asked reasoning effort over verbosity, an empty safety_identifier from hiding user, and explicit caching only with a breakpoint", async () => {
    expect((await read({ reasoning: { effort: "high" }, text: { verbosity: "low" } })).chat).not.toHaveProperty("verbosity");
    expect((await read({ text: { verbosity: "low" } })).chat).toMatchObject({ verbosity: "low" });
    expect((await read({ safety_identifier: "", user: "u1" })).chat).toMatchObject({ user: "u1" });
    const developerOnly = await read({
      prompt_cache_options: { mode: "explicit" },
      input: [{ role: "developer", content: [{ type: "input_text", text: "LONG", prompt_cache_breakpoint: { mode: "explicit" } }] }, { role: "user", content: "q" }],
    });
    expect(developerOnly.chat).not.toHaveProperty("prompt_cache_options");
  });

  it("accepts the hints it cannot carry (stream_options, prompt_cache_retention 24h) and sends neither", async () => {
    const { chat } = await read({ stream: true, stream_options: { include_obfuscation: false }, prompt_cache_retention: "24h", context_management: [], moderation: null });
    expect(chat).not.toHaveProperty("prompt_cache_retention");
    expect(chat.stream_options).toEqual({ include_usage: true });
  });

  it("refuses what it cannot honour and must not drop: compaction, moderation, in-memory-only cache retention, saying why", async () => {
    const compaction = await refusal({ context_management: [{ type: "compaction", compact_threshold: 1000 }] });
    expect(compaction.param).toBe("context_management");
    expect(compaction.message).toMatch(/compact/);
    expect((await refusal({ moderation: { model: "omni-moderation-latest" } })).param).toBe("moderation");
    const retention = await refusal({ prompt_cache_retention: "in_memory" });
    expect(retention.param).toBe("prompt_cache_retention");
    expect(retention.message).toMatch(/data-retention/);
  });

  it("refuses a tool_choice naming a function not in tools, naming tool_choice.name", async () => {
    const tools = [{ type: "function", name: "read", parameters: { type: "object" } }];
    const error = await refusal({ tools, tool_choice: { type: "function", name: "write" } });
    expect(error.param).toBe("tool_choice.name");
    expect(error.message).toMatch(/"write", which is not in `tools`/);
    expect((await refusal({ tool_choice: { type: "function", name: "read" } })).message).toMatch(/declares no tools/);
    expect((await read({ tools, tool_choice: { type: "function", name: "read" } })).chat.tool_choice).toEqual({ type: "function", function: { name: "read" } });
  });

  it("refuses a hosted tool naming its type and saying why", async () => {
    for (const type of ["web_search", "web_search_preview", "file_search", "code_interpreter"]) {
      const error = await refusal({ tools: [{ type }] });
      expect(error.param).toBe("tools[0].type");
      expect(error.message).toMatch(/runs on OpenAI's servers/);
    }
  });

  it("refuses \"required\" with no tools (nothing to call), naming tool_choice; \"auto\" passes", async () => {
    for (const body of [{}, { tools: [] }, { tools: null }]) {
      const error = await refusal({ ...body, tool_choice: "required" });
      expect(error.param).toBe("tool_choice");
      expect(error.message).toMatch(/"required" asks for a tool call, and the request declares no tools/);
    }
    const tools = [{ type: "function", name: "read", parameters: { type: "object" } }];
    expect((await read({ tools, tool_choice: "required" })).chat.tool_choice).toBe("required");
    expect((await read({ tool_choice: "auto" })).chat.tool_choice).toBe("auto");
  });
});

describe("the Responses door's tool_choice allowed_tools", () => {
  const tools = ["lookup", "write", "delete"].map((name) => ({ type: "function", name, parameters: { type: "object", properties: {} } }));
  const allowed = (mode: string, names: string[]) => ({ type: "allowed_tools", mode, tools: names.map((name) => ({ type: "function", name })) });

  it("offers the models only the allowed tools, in the asked mode (it was a 400)", async () => {
    const { chat } = await read({ tools, tool_choice: allowed("required", ["lookup", "delete"]) });
    expect((chat.tools as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(["lookup", "delete"]);
    expect(chat.tool_choice).toBe("required");
    expect((await read({ tools, tool_choice: allowed("auto", ["write"]) })).chat.tool_choice).toBe("auto");
  });

  it("refuses an allowed set longer than a request's tools may be (each name is checked against tools)", async () => {
    const refused = await refusal({ tools, tool_choice: allowed("auto", Array.from({ length: 513 }, () => "lookup")) });
    expect(refused.param).toBe("tool_choice");
    expect(refused.message).toMatch(/at most 512/);
  });

  it("refuses an allowed tool that is not in tools, naming it", async () => {
    const refused = await refusal({ tools, tool_choice: allowed("auto", ["lookup", "search"]) });
    expect(refused.param).toBe("tool_choice.tools[1].name");
    expect(refused.message).toMatch(/search/);
  });
});

describe("the Responses door's tool_choice", () => {
  const tools = [{ type: "function", name: "lookup", parameters: { type: "object", properties: {} } }];
  it("names what a tool_choice it does not carry is, and the fix (it said only \"an unsupported shape or `type`\")", async () => {
    for (const malformed of [{ mode: "none", tools: [{ type: "function", name: "lookup" }] }, { mode: "auto", tools: [] }, { mode: "auto", tools: [{ type: "web_search" }] }]) {
      const allowed = await refusal({ tools, tool_choice: { type: "allowed_tools", ...malformed } });
      expect(allowed.param).toBe("tool_choice");
      expect(allowed.message).toMatch(/allowed_tools.*mode "auto" or "required"/);
    }
    const hosted = await refusal({ tools, tool_choice: { type: "web_search_preview" } });
    expect(hosted.message).toMatch(/web_search_preview.*hosted tool/);
    const nameless = await refusal({ tools, tool_choice: { type: "function" } });
    expect(nameless.message).toMatch(/\{type: "function", name\}/);
    expect((await refusal({ tools, tool_choice: "force" })).message).toMatch(/"auto", "none", "required"/);
  });

  it("still takes the shapes it carries", async () => {
    for (const choice of ["auto", "none", "required", { type: "function", name: "lookup" }, null]) await read({ tools, tool_choice: choice });
  });
});
