import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../core/types.js";
import { readOfflineRequest } from "../read-offline-request.js";

const BREAKPOINT = { type: "ephemeral" };

function assistantOf(content: unknown): ChatMessage | undefined {
  const messages = readOfflineRequest({ messages: [{ role: "user", content: "Hi" }, { role: "assistant", content }, { role: "user", content: "Go on" }], max_tokens: 256 }, "messages").messages;
  return messages.find((message) => message.role === "assistant");
}

describe("a breakpoint on an assistant text block at the Messages door (OpenRouter's assistant content takes text parts with cache_control)", () => {
  it("rides on the text part, each block its own part, as a user text block's does", () => {
    const assistant = assistantOf([{ type: "text", text: "Part one. " }, { type: "text", text: "Part two.", cache_control: BREAKPOINT }]);
    expect(assistant?.content).toEqual([{ type: "text", text: "Part one. " }, { type: "text", text: "Part two.", cache_control: BREAKPOINT }]);
  });

  it("keeps the tool calls beside the marked text, and leaves unmarked text a plain string", () => {
    const marked = assistantOf([{ type: "text", text: "Reading it.", cache_control: BREAKPOINT }, { type: "tool_use", id: "tu_1", name: "read", input: {} }]);
    expect(marked?.content).toEqual([{ type: "text", text: "Reading it.", cache_control: BREAKPOINT }]);
    expect(marked?.tool_calls).toHaveLength(1);
    expect(assistantOf([{ type: "text", text: "A " }, { type: "text", text: "B" }])?.content).toBe("A B");
  });
});
