import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../core/types.js";
import { readOfflineRequest } from "../read-offline-request.js";
import { assertToolTurns } from "./assert-tool-turns.js";
import { messagesRequestSchema } from "./messages-request.js";

const question = { type: "text", text: "Which plan includes phone support?" };
const searchResult = { type: "search_result", source: "https://example.com/plans", title: "Plans", content: [{ type: "text", text: "Phone support comes with the Business plan." }], citations: { enabled: true } };

function read(messages: unknown[]): ChatMessage[] {
  return readOfflineRequest({ messages, max_tokens: 256 }, "messages").messages;
}

describe("Messages search_result blocks and server tool blocks", () => {
  it("reads a search_result, at the top of a user turn or inside a tool_result, as its title, source and text", () => {
    const top = read([{ role: "user", content: [searchResult, question] }]);
    expect(top[0]?.content).toEqual([{ type: "text", text: "Plans\nhttps://example.com/plans\nPhone support comes with the Business plan." }, question]);
    const inResult = read([
      { role: "user", content: "Look it up" },
      { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "search_docs", input: { q: "phone support" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: [searchResult] }, question] },
    ]);
    expect(inResult[2]).toMatchObject({ role: "tool", tool_call_id: "tu_1", content: "Plans\nhttps://example.com/plans\nPhone support comes with the Business plan." });
    // Detected as a Messages body from the block alone (no top-level system).
    expect(readOfflineRequest({ messages: [{ role: "user", content: [searchResult, question] }] }).messages[0]?.content).toHaveLength(2);
  });

  it("accepts an assistant turn's server tool and MCP blocks and leaves them out; refuses them in a user turn", () => {
    const messages = read([
      { role: "user", content: "What is new in Node 24?" },
      {
        role: "assistant",
        content: [
          { type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "Node 24 release" } },
          { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ type: "web_search_result", url: "https://nodejs.org", title: "Node 24", encrypted_content: "EqQ", page_age: null }] },
          { type: "mcp_tool_use", id: "mcptoolu_1", name: "echo", server_name: "s", input: {} },
          { type: "mcp_tool_result", tool_use_id: "mcptoolu_1", is_error: false, content: [{ type: "text", text: "echo" }] },
          { type: "text", text: "Node 24 ships npm 11." },
        ],
      },
      { role: "user", content: "Translate that into German" },
    ]);
    expect(messages.map((message) => [message.role, message.content])).toEqual([
      ["user", "What is new in Node 24?"],
      ["assistant", "Node 24 ships npm 11."],
      ["user", "Translate that into German"],
    ]);
    // The door's turn rules (messages-door.ts runs them after the schema).
    const turns = (messages: unknown[]) => () => assertToolTurns(messagesRequestSchema.parse({ model: "m", max_tokens: 9, messages }).messages);
    expect(turns([{ role: "user", content: [{ type: "server_tool_use", id: "s", name: "web_search", input: {} }, question] }])).toThrow(/messages\[0\]\.content\[0\].*server_tool_use block in a user turn/);
    expect(turns([{ role: "user", content: "hi" }, { role: "assistant", content: [searchResult] }])).toThrow(/search_result block in an assistant turn/);
  });

  it("refuses an image or document given by a Files API file_id, naming it, instead of the schema's list of source types", () => {
    for (const type of ["image", "document"]) {
      expect(() => read([{ role: "user", content: [{ type, source: { type: "file", file_id: "file_011" } }, question] }])).toThrow(/^messages\[0\]\.content\[0\]\.source\.file_id .*Files API/);
    }
  });
});
