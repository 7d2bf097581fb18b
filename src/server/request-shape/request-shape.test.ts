import { describe, expect, it } from "vitest";
import { GatewayError } from "../../core/errors/index.js";
import { readChatRequest } from "../read-chat-request.js";
import { safeHeaderValue } from "../safe-header.js";
import { assertJsonWithinLimits, chatRequestSchema, formatParam, parseRequestShape } from "./index.js";

const limits = { maxDepth: 4, maxArrayLength: 3 };

function refusal(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (GatewayError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("assertJsonWithinLimits", () => {
  it("counts depth and array length outside strings only", () => {
    expect(() => assertJsonWithinLimits('{"a":[[{"b":1}]]}', limits)).not.toThrow();
    expect(refusal(() => assertJsonWithinLimits('{"a":[[[{"b":1}]]]}', limits)).code).toBe("json_too_deep");
    expect(() => assertJsonWithinLimits('["[[[[[[", "]]]]", "\\"[[[[[["]', limits)).not.toThrow();
    expect(() => assertJsonWithinLimits("[1,2,3]", limits)).not.toThrow();
    expect(refusal(() => assertJsonWithinLimits("[1,2,3,4]", limits)).code).toBe("array_too_long");
    // Commas in objects and strings are not elements.
    expect(() => assertJsonWithinLimits('{"a":1,"b":2,"c":3,"d":[1,2,3]}', limits)).not.toThrow();
    expect(() => assertJsonWithinLimits('["a,b,c,d,e"]', limits)).not.toThrow();
  });

  it("bounds one object's members when asked (a million keys is seconds of parsing and validating)", () => {
    const bounded = { ...limits, maxObjectKeys: 3 };
    expect(() => assertJsonWithinLimits('{"a":1,"b":2,"c":[1,2,3]}', bounded)).not.toThrow();
    expect(refusal(() => assertJsonWithinLimits('{"a":1,"b":2,"c":3,"d":4}', bounded))).toMatchObject({ code: "object_too_large", message: expect.stringContaining("server.max_object_keys") });
    expect(refusal(() => assertJsonWithinLimits('{"m":{"a":1,"b":2,"c":3,"d":4}}', bounded)).code).toBe("object_too_large");
    // Commas inside strings and inside nested arrays are not members.
    expect(() => assertJsonWithinLimits('{"a":"x,y,z,w,v","b":[1,2,3]}', bounded)).not.toThrow();
    const million = `{${Array.from({ length: 1_000_000 }, (_, i) => `"${i.toString(36)}":0`).join(",")}}`;
    expect(refusal(() => assertJsonWithinLimits(million, { maxDepth: 64, maxArrayLength: 10_000, maxObjectKeys: 10_000 })).code).toBe("object_too_large");
  });

  it("scans megabytes of nesting without recursion and leaves invalid JSON to the parser", () => {
    expect(refusal(() => assertJsonWithinLimits("[".repeat(5_000_000), { maxDepth: 64, maxArrayLength: 10 })).message).toContain("server.max_json_depth");
    expect(() => assertJsonWithinLimits('{"unterminated": "abc', limits)).not.toThrow();
    expect(() => assertJsonWithinLimits("]]]]}}}", limits)).not.toThrow();
  });
});

describe("parseRequestShape", () => {
  it("names the deepest bad place, through unions", () => {
    const body = { messages: [{ role: "user", content: "a" }, { role: "user", content: [{ type: "text", text: "x" }, { type: "text" }] }] };
    const error = refusal(() => parseRequestShape(chatRequestSchema, body));
    expect(error).toMatchObject({ status: 400, param: "messages[1].content[1].text" });
    expect(error.message).toMatch(/^Invalid messages\[1\]\.content\[1\]\.text: /);
    expect(formatParam(["a", 0, "b", 12])).toBe("a[0].b[12]");
  });

  it("returns the original object untouched, unknown fields included", () => {
    const body = { model: "openai/gpt-4o", messages: [{ role: "user", content: "hi" }], transforms: ["middle-out"], plugins: [{ id: "web" }] };
    expect(parseRequestShape(chatRequestSchema, body)).toBe(body);
  });

  it("refuses model ids a header cannot carry", () => {
    for (const model of ["a\u0000b", "é", "x".repeat(257), "a\tb"]) {
      expect(refusal(() => parseRequestShape(chatRequestSchema, { model, messages: [{ role: "user", content: "hi" }] })).param).toBe("model");
    }
  });
});

describe("the chat request's tool_choice", () => {
  const messages = [{ role: "user", content: "hi" }];
  const tools = [{ type: "function", function: { name: "read", parameters: { type: "object" } } }];
  const read = (body: Record<string, unknown>) => readChatRequest({ messages, ...body });
  it("refuses a function not in tools (or with no tools), naming tool_choice.function.name", () => {
    const error = refusal(() => read({ tools, tool_choice: { type: "function", function: { name: "write" } } }));
    expect(error.param).toBe("tool_choice.function.name");
    expect(error.message).toMatch(/"write", which is not in `tools`/);
    expect(refusal(() => read({ tool_choice: { type: "function", function: { name: "read" } } })).message).toMatch(/declares no tools/);
    expect(() => read({ tools, tool_choice: { type: "function", function: { name: "read" } } })).not.toThrow();
    expect(() => read({ tool_choice: "auto" })).not.toThrow();
  });

  it("refuses \"required\" with no tools (nothing to call), naming tool_choice; \"auto\" and \"none\" pass", () => {
    for (const body of [{}, { tools: [] }, { tools: null }]) {
      const error = refusal(() => read({ ...body, tool_choice: "required" }));
      expect(error.param).toBe("tool_choice");
      expect(error.message).toMatch(/"required" asks for a tool call, and the request declares no tools/);
    }
    expect(() => read({ tools, tool_choice: "required" })).not.toThrow();
    expect(() => read({ functions: [{ name: "lookup" }], tool_choice: "required" })).not.toThrow();
    expect(() => read({ tool_choice: "none" })).not.toThrow();
  });

  it("counts the legacy functions list as declared tools (passed on as sent)", () => {
    expect(() => read({ functions: [{ name: "lookup", parameters: { type: "object" } }], tool_choice: { type: "function", function: { name: "lookup" } } })).not.toThrow();
    expect(refusal(() => read({ functions: [{ name: "lookup" }], tool_choice: { type: "function", function: { name: "other" } } })).param).toBe("tool_choice.function.name");
  });
});

describe("safeHeaderValue", () => {
  it("makes any string a legal, short header value", () => {
    expect(safeHeaderValue("openai/gpt-5")).toBe("openai/gpt-5");
    // Each UTF-16 unit outside printable ASCII becomes one "?" (the emoji is two units).
    expect(safeHeaderValue("a\r\nb\u0000é💥")).toBe("a??b????");
    expect(safeHeaderValue("x".repeat(10_000))).toHaveLength(512);
    expect(safeHeaderValue(42)).toBe("42");
  });
});
