import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../core/errors/index.js";
import { MESSAGES_DOOR } from "./messages-door.js";

const base = { model: "switchyard/auto", max_tokens: 2000, messages: [{ role: "user", content: "hi" }] };
const read = (body: Record<string, unknown>) => MESSAGES_DOOR.read({ ...base, ...body }, { headers: {}, keyId: null }) as Awaited<ReturnType<typeof MESSAGES_DOOR.read>>;

function refusal(body: Record<string, unknown>): InvalidRequestError {
  try {
    read(body);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
  throw new Error("the request was accepted");
}

const tool = (name: string) => ({ name, input_schema: { type: "object" } });
const thinkingTurn = (thinking: string, text: string) => ({ role: "assistant", content: [{ type: "thinking", thinking, signature: "s" }, { type: "text", text }] });
const conversation = [{ role: "user", content: "a" }, thinkingTurn("t1", "one"), { role: "user", content: "b" }, thinkingTurn("t2", "two"), { role: "user", content: "c" }];
const thinking = { type: "enabled", budget_tokens: 1024 };
const reasoningOf = (messages: { role: string; reasoning_details?: unknown }[]) => messages.filter((message) => message.role === "assistant").map((message) => message.reasoning_details ?? null);

describe("the Messages door's top-level fields", () => {
  it("refuses a field Anthropic's API does not have, naming it (n with what to do instead)", () => {
    const n = refusal({ n: 2 });
    expect(n.param).toBe("n");
    expect(n.message).toMatch(/one request per answer/);
    expect(refusal({ temprature: 0.2 }).param).toBe("temprature");
    expect(refusal({ max_completion_tokens: 5 }).message).toMatch(/max_tokens/);
  });

  it("refuses a message key Anthropic's API does not have (it was dropped: a `name` never reached the model)", () => {
    const error = refusal({ messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }, { role: "user", content: "hi", name: "bob" }] });
    expect(error.param).toBe("messages[2].name");
    expect(error.message).toMatch(/^messages\[2\]\.name is not accepted here: a message holds `role` and `content` only/);
    expect(() => read({ messages: [{ role: "user", content: "hi" }] })).not.toThrow();
  });

  it("refuses two tools with one name, naming the second", () => {
    const error = refusal({ tools: [tool("read"), tool("write"), tool("read")] });
    expect(error.param).toBe("tools[2].name");
    expect(error.message).toMatch(/tools\[0\] is also named "read"/);
    expect(() => read({ tools: [tool("read"), tool("write")] })).not.toThrow();
  });

  it("sends top-level cache_control on, and checks service_tier without sending it", () => {
    const { chat } = read({ cache_control: { type: "ephemeral" }, service_tier: "standard_only" });
    expect(chat.cache_control).toEqual({ type: "ephemeral" });
    expect(chat).not.toHaveProperty("service_tier");
    expect(refusal({ service_tier: "priority" }).param).toBe("service_tier");
  });

  it("lets Claude Code's fast-mode speed through without sending it, and refuses inference_geo, saying why", () => {
    const { chat } = read({ speed: "fast" });
    expect(chat).not.toHaveProperty("speed");
    const geo = refusal({ inference_geo: "us" });
    expect(geo.param).toBe("inference_geo");
    expect(geo.message).toMatch(/data-residency/);
  });
});

describe("tool_choice", () => {
  it("refuses a tool_choice naming a tool not in tools (or with no tools), naming tool_choice.name", () => {
    const error = refusal({ tools: [tool("read")], tool_choice: { type: "tool", name: "write" } });
    expect(error.param).toBe("tool_choice.name");
    expect(error.message).toMatch(/"write", which is not in `tools`/);
    expect(refusal({ tool_choice: { type: "tool", name: "read" } }).message).toMatch(/declares no tools/);
    expect(read({ tools: [tool("read")], tool_choice: { type: "tool", name: "read" } }).chat.tool_choice).toEqual({ type: "function", function: { name: "read" } });
  });
});

describe("server tools", () => {
  it("are refused naming the tool's type and saying why, not only what type would pass", () => {
    for (const type of ["web_search_20250305", "code_execution_20250825"]) {
      const error = refusal({ tools: [tool("read"), { type, name: "x" }] });
      expect(error.param).toBe("tools[1].type");
      expect(error.message).toMatch(/runs on Anthropic's servers/);
    }
  });

  it("do not include the computer use and memory tools, which the client runs: refused as not carried, not as server tools", () => {
    for (const type of ["computer_20250124", "computer_20241022", "memory_20250818"]) {
      const error = refusal({ tools: [tool("read"), { type, name: "x" }] });
      expect(error.param).toBe("tools[1].type");
      expect(error.message).not.toMatch(/Anthropic's servers/);
      expect(error.message).toMatch(/your application runs it/);
    }
  });
});

describe("Anthropic's client tools (bash, text editor)", () => {
  it("go to the models as function tools with the input Anthropic defines, under the client's name", () => {
    const { chat } = read({ tools: [tool("read"), { type: "bash_20250124", name: "bash" }, { type: "text_editor_20250728", name: "str_replace_based_edit_tool" }] });
    const [custom, bash, editor] = (chat.tools ?? []) as { function: { name: string; parameters: { properties: Record<string, { enum?: string[] }>; required?: string[] } } }[];
    expect(custom?.function).toEqual({ name: "read", parameters: { type: "object" } });
    expect(bash?.function.name).toBe("bash");
    expect(Object.keys(bash?.function.parameters.properties ?? {})).toEqual(["command", "restart"]);
    expect(editor?.function.name).toBe("str_replace_based_edit_tool");
    expect(editor?.function.parameters.properties.command?.enum).toEqual(["view", "create", "str_replace", "insert"]);
    expect(editor?.function.parameters.required).toEqual(["command", "path"]);
    const earlier = read({ tools: [{ type: "text_editor_20250124", name: "str_replace_editor" }] }).chat.tools?.[0] as { function: { parameters: { properties: Record<string, { enum?: string[] }> } } };
    expect(earlier.function.parameters.properties.command?.enum).toContain("undo_edit");
  });

  it("go without a strict flag, which would hold the gateway's own schema to strict mode's rules (every property required)", () => {
    const { chat } = read({ tools: [{ type: "bash_20250124", name: "bash", strict: true }, { type: "text_editor_20250728", name: "str_replace_based_edit_tool", strict: true }, { ...tool("read"), strict: true }] });
    const sent = (chat.tools ?? []) as { function: { strict?: boolean } }[];
    expect(sent.map((entry) => entry.function.strict)).toEqual([undefined, undefined, true]);
  });

  it("a custom tool without input_schema is still refused, naming it", () => {
    for (const entry of [{ name: "read" }, { type: "custom", name: "read" }]) expect(refusal({ tools: [entry] }).param).toBe("tools[0].input_schema");
  });
});

describe("thinking.budget_tokens", () => {
  it("is refused under 1,024, Anthropic's least budget, naming it (OpenRouter raised it past a small max_tokens)", () => {
    for (const budget_tokens of [1, 512, 1023]) {
      const error = refusal({ max_tokens: 100, thinking: { type: "enabled", budget_tokens } });
      expect(error.param).toBe("thinking.budget_tokens");
      expect(error.message).toMatch(/1024/);
    }
    expect(read({ thinking }).chat.reasoning).toEqual({ max_tokens: 1024 });
  });
});

describe("tool_choice any", () => {
  it("is refused with no tools (nothing to call), naming tool_choice; auto and none pass", () => {
    for (const tools of [undefined, []]) {
      const error = refusal({ ...(tools ? { tools } : {}), tool_choice: { type: "any" } });
      expect(error.param).toBe("tool_choice");
      expect(error.message).toMatch(/"any" asks for a tool call, and the request declares no tools/);
    }
    expect(read({ tools: [tool("read")], tool_choice: { type: "any" } }).chat.tool_choice).toBe("required");
    expect(read({ tool_choice: { type: "auto" } }).chat.tool_choice).toBe("auto");
  });
});

describe("output_config.effort", () => {
  it("goes upstream as reasoning.effort with adaptive thinking; an explicit budget wins, and without thinking it is not sent", () => {
    expect(read({ thinking: { type: "adaptive" }, output_config: { effort: "max" } }).chat.reasoning).toEqual({ effort: "max" });
    expect(read({ thinking: { type: "adaptive" } }).chat.reasoning).toEqual({ enabled: true });
    expect(read({ thinking, output_config: { effort: "low" } }).chat.reasoning).toEqual({ max_tokens: 1024 });
    expect(read({ output_config: { effort: "high" } }).chat).not.toHaveProperty("reasoning");
    // Disabled is the off switch (routing sends it only to models that take it: reasoning-off.ts), and an effort
    // beside it does not turn thinking on.
    expect(read({ thinking: { type: "disabled" }, output_config: { effort: "high" } }).chat.reasoning).toEqual({ enabled: false });
    expect(refusal({ output_config: { effort: "extreme" } }).param).toBe("output_config.effort");
  });
});

describe("context_management", () => {
  it("keeps every thinking block with keep {type: all}, the Anthropic SDK's object form", () => {
    const { chat } = read({ thinking, messages: conversation, context_management: { edits: [{ type: "clear_thinking_20251015", keep: { type: "all" } }] } });
    expect(reasoningOf(chat.messages).filter((details) => details !== null)).toHaveLength(2);
  });

  it("keeps every thinking block with clear_thinking keep: all (what Claude Code sends)", () => {
    const { chat } = read({ thinking, messages: conversation, context_management: { edits: [{ type: "clear_thinking_20251015", keep: "all" }] } });
    expect(reasoningOf(chat.messages)).toEqual([[expect.objectContaining({ text: "t1" })], [expect.objectContaining({ text: "t2" })]]);
  });

  it("leaves out the thinking of all but the latest turns with clear_thinking (default: one turn)", () => {
    const { chat } = read({ thinking, messages: conversation, context_management: { edits: [{ type: "clear_thinking_20251015" }] } });
    expect(reasoningOf(chat.messages)).toEqual([null, [expect.objectContaining({ text: "t2" })]]);
    expect(chat.messages.filter((message) => message.role === "assistant").map((message) => message.content)).toEqual(["one", "two"]);
    const two = read({ thinking, messages: conversation, context_management: { edits: [{ type: "clear_thinking_20251015", keep: { type: "thinking_turns", value: 2 } }] } });
    expect(reasoningOf(two.chat.messages)).toHaveLength(2);
    expect(reasoningOf(two.chat.messages)).not.toContain(null);
  });

  it("refuses clear_thinking without thinking, and clear_tool_uses (applied on Anthropic's servers), naming the edit", () => {
    expect(refusal({ context_management: { edits: [{ type: "clear_thinking_20251015", keep: "all" }] } }).param).toBe("context_management.edits[0]");
    const tools = refusal({ thinking, context_management: { edits: [{ type: "clear_thinking_20251015", keep: "all" }, { type: "clear_tool_uses_20250919" }] } });
    expect(tools.param).toBe("context_management.edits[1]");
    expect(tools.message).toMatch(/clear old tool results in your client/);
    const other = refusal({ context_management: { edits: [{ type: "compact_20260112" }] } });
    expect(other.param).toBe("context_management.edits[0].type");
    expect(other.message).toMatch(/applies clear_thinking_20251015 only/);
  });
});
