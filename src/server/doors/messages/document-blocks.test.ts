import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../core/types.js";
import { readOfflineRequest } from "../read-offline-request.js";

const question = { type: "text", text: "What was revenue?" };
const BREAKPOINT = { type: "ephemeral" };
const PDF = "JVBERi0xLjQK";

function read(messages: unknown[]): ChatMessage[] {
  return readOfflineRequest({ messages, max_tokens: 256 }, "messages").messages;
}

describe("Messages document blocks", () => {
  it("give the model a document's title and context with its text, and keep its cache breakpoint", () => {
    const document = { type: "document", source: { type: "text", media_type: "text/plain", data: "Revenue was $4M." }, title: "Q3 report", context: "Unaudited figures.", citations: { enabled: true }, cache_control: BREAKPOINT };
    expect(read([{ role: "user", content: [document, question] }])[0]?.content).toEqual([{ type: "text", text: "Q3 report\nUnaudited figures.\nRevenue was $4M.", cache_control: BREAKPOINT }, question]);
  });

  it("put a custom-content document's title and context before its parts, and its breakpoint on the last", () => {
    const document = { type: "document", source: { type: "content", content: [{ type: "text", text: "Part one." }, { type: "text", text: "Part two." }] }, title: "Notes", cache_control: BREAKPOINT };
    expect(read([{ role: "user", content: [document, question] }])[0]?.content).toEqual([{ type: "text", text: "Notes" }, { type: "text", text: "Part one." }, { type: "text", text: "Part two.", cache_control: BREAKPOINT }, question]);
  });

  it("put a PDF's context before it (its title is the file name)", () => {
    const document = { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF }, title: "q3.pdf", context: "Unaudited figures." };
    expect(read([{ role: "user", content: [document, question] }])[0]?.content).toEqual([{ type: "text", text: "Unaudited figures." }, { type: "file", file: { filename: "q3.pdf", file_data: `data:application/pdf;base64,${PDF}` } }, question]);
  });

  it("keep the breakpoint of a document a tool returned on the tool's text", () => {
    const messages = read([
      { role: "user", content: "Fetch the report" },
      { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "fetch", input: {} }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: [{ type: "document", source: { type: "text", data: "Revenue was $4M." }, cache_control: BREAKPOINT }] }] },
    ]);
    expect(messages[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: [{ type: "text", text: "Revenue was $4M.", cache_control: BREAKPOINT }] });
  });

  it("put no breakpoint on an empty tool text (Anthropic refuses one: every later turn replayed it) when the tool returned a PDF alone, but on the PDF", () => {
    const pdf = { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF } };
    for (const result of [{ content: [{ ...pdf, cache_control: BREAKPOINT }] }, { content: [pdf], cache_control: BREAKPOINT }]) {
      const messages = read([
        { role: "user", content: "Read the report" },
        { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "read", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", ...result }] },
      ]);
      expect(messages[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: "" });
      // The PDF itself follows, as the file part it is, with the breakpoint (where the tool result ends).
      expect(messages[3]?.content).toEqual([{ type: "file", file: { filename: "document.pdf", file_data: `data:application/pdf;base64,${PDF}` }, cache_control: BREAKPOINT }]);
    }
  });
});
