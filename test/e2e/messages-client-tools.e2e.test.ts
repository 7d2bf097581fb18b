/**
 * Anthropic's client tools through the Messages door with the official SDK: a request declaring the bash tool and the
 * text editor tool by type alone (no input_schema, as Anthropic's docs show) is served, the models get function
 * tools with Anthropic's inputs, and a tool_use comes back under the tool's name for the client to run and answer
 * with a tool_result. The door refused them as server tools "run on Anthropic's servers" (ADR 0090).
 */
import type Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const MODEL = "switchyard/tier/e2e";
const tools = [
  { type: "bash_20250124" as const, name: "bash" as const },
  { type: "text_editor_20250728" as const, name: "str_replace_based_edit_tool" as const },
];

describe("/v1/messages: Anthropic's bash and text editor tools", () => {
  const door = useMessagesGateway();

  it("a forced text editor call comes back as tool_use with Anthropic's input, and the tool_result turn is served", async () => {
    const question: Anthropic.MessageParam = { role: "user", content: "Fix the typo in /repo/README.md." };
    const first = await door.client.messages.create({ model: MODEL, max_tokens: 500, tools, tool_choice: { type: "tool", name: "str_replace_based_edit_tool" }, messages: [question] });
    expect(first.stop_reason).toBe("tool_use");
    const call = first.content.find((block) => block.type === "tool_use");
    if (call?.type !== "tool_use") throw new Error("expected a tool_use block");
    expect(call.name).toBe("str_replace_based_edit_tool");
    expect(["view", "create", "str_replace", "insert"]).toContain((call.input as { command: string }).command);
    const sent = door.gateway.simulator.calls.at(-1)?.body as { tools: { function: { name: string; parameters: { required?: string[] } } }[] };
    expect(sent.tools.map((entry) => entry.function.name)).toEqual(["bash", "str_replace_based_edit_tool"]);
    expect(sent.tools[1]?.function.parameters.required).toEqual(["command", "path"]);
    const second = await door.client.messages.create({
      model: MODEL,
      max_tokens: 500,
      tools,
      messages: [question, { role: "assistant", content: first.content }, { role: "user", content: [{ type: "tool_result", tool_use_id: call.id, content: "1: # Switchyrd" }] }],
    });
    expect(second.content.length).toBeGreaterThan(0);
  });

  it("count_tokens counts the tools' definitions", async () => {
    const bare = await door.client.messages.countTokens({ model: MODEL, messages: [{ role: "user", content: "hi" }] });
    const withTools = await door.client.messages.countTokens({ model: MODEL, tools, messages: [{ role: "user", content: "hi" }] });
    expect(withTools.input_tokens).toBeGreaterThan(bare.input_tokens + 50);
  });
});
