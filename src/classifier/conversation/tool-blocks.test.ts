import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { normalizeToolBlocks } from "./tool-blocks.js";

describe("Anthropic tool blocks in a chat request", () => {
  it("reads a tool_result's search results and text documents as the Messages door translates them", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "You answer from the docs." },
      { role: "user", content: "Which plan has phone support?" },
      { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "search_docs", input: { q: "phone" } }] },
      {
        role: "user",
        content: [
          {
            type: "tool_result",
            tool_use_id: "tu_1",
            content: [
              { type: "search_result", source: "https://example.com/plans", title: "Plans", content: [{ type: "text", text: "Phone support comes with Business." }] },
              { type: "document", source: { type: "text", media_type: "text/plain", data: "Business costs 30 a month." } },
              { type: "document", source: { type: "content", content: [{ type: "text", text: "Support hours: 9 to 5." }] } },
            ],
          },
        ],
      },
    ];
    expect(normalizeToolBlocks(messages)[3]).toEqual({
      role: "tool",
      tool_call_id: "tu_1",
      content: "Plans\nhttps://example.com/plans\nPhone support comes with Business.\nBusiness costs 30 a month.\nSupport hours: 9 to 5.",
    });
  });
});
