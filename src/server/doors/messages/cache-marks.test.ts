import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../core/types.js";
import { readOfflineRequest } from "../read-offline-request.js";

const BREAKPOINT = { type: "ephemeral" };
const HOUR = { type: "ephemeral", ttl: "1h" };
const PNG = "iVBORw0KGgo=";
const PDF = "JVBERi0xLjQK";
const question = { type: "text", text: "What does it show?" };
const image = { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } };
const pdf = { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF } };
const imagePart = { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } };
const filePart = { type: "file", file: { filename: "document.pdf", file_data: `data:application/pdf;base64,${PDF}` } };

function read(messages: unknown[]): ChatMessage[] {
  return readOfflineRequest({ messages, max_tokens: 256 }, "messages").messages;
}

function afterToolCall(result: Record<string, unknown>): ChatMessage[] {
  return read([
    { role: "user", content: "Look at it" },
    { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "look", input: {} }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", ...result }] },
  ]);
}

describe("cache breakpoints on images and PDFs at the Messages door (OpenRouter passes them on image and inline file parts)", () => {
  it("keep an image's breakpoint, given inline or by URL, with its TTL", () => {
    const byUrl = { type: "image", source: { type: "url", url: "https://example.com/chart.png" }, cache_control: BREAKPOINT };
    expect(read([{ role: "user", content: [{ ...image, cache_control: HOUR }, byUrl, question] }])[0]?.content).toEqual([
      { ...imagePart, cache_control: HOUR },
      { type: "image_url", image_url: { url: "https://example.com/chart.png" }, cache_control: BREAKPOINT },
      question,
    ]);
  });

  it("keep an inline PDF's breakpoint on its file part (after its context), not on a PDF given by URL", () => {
    const content = read([{ role: "user", content: [{ ...pdf, context: "Unaudited.", cache_control: BREAKPOINT }, question] }])[0]?.content;
    expect(content).toEqual([{ type: "text", text: "Unaudited." }, { ...filePart, cache_control: BREAKPOINT }, question]);
    const byUrl = { type: "document", source: { type: "url", url: "https://example.com/q3.pdf" }, cache_control: BREAKPOINT };
    expect(read([{ role: "user", content: [byUrl, question] }])[0]?.content).toEqual([{ type: "file", file: { filename: "document.pdf", file_data: "https://example.com/q3.pdf" } }, question]);
  });

  it("keep a custom-content document's breakpoint on its last part when that is an image", () => {
    const document = { type: "document", source: { type: "content", content: [{ type: "text", text: "Figure 1" }, image] }, cache_control: BREAKPOINT };
    expect(read([{ role: "user", content: [document, question] }])[0]?.content).toEqual([{ type: "text", text: "Figure 1" }, { ...imagePart, cache_control: BREAKPOINT }, question]);
  });

  it("keep the breakpoint of an image a tool returned on the image, which follows the tool's text", () => {
    const messages = afterToolCall({ content: [{ type: "text", text: "Screenshot:" }, { ...image, cache_control: BREAKPOINT }] });
    expect(messages[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: "Screenshot:" });
    expect(messages[3]?.content).toEqual([{ ...imagePart, cache_control: BREAKPOINT }]);
  });

  it("put a tool_result's own breakpoint where it ends: on the media it returned, else on its text", () => {
    const withImage = afterToolCall({ content: [{ type: "text", text: "Screenshot:" }, image], cache_control: BREAKPOINT });
    expect(withImage[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: "Screenshot:" });
    expect(withImage[3]?.content).toEqual([{ ...imagePart, cache_control: BREAKPOINT }]);
    const textOnly = afterToolCall({ content: [{ type: "text", text: "42" }], cache_control: BREAKPOINT });
    expect(textOnly[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: [{ type: "text", text: "42", cache_control: BREAKPOINT }] });
    // A PDF by URL cannot carry it: the tool's text does.
    const byUrl = afterToolCall({ content: [{ type: "text", text: "Report:" }, { type: "document", source: { type: "url", url: "https://example.com/q3.pdf" } }], cache_control: BREAKPOINT });
    expect(byUrl[2]).toEqual({ role: "tool", tool_call_id: "tu_1", content: [{ type: "text", text: "Report:", cache_control: BREAKPOINT }] });
  });
});

describe("cache breakpoints on tool calls and tool definitions at the Messages door", () => {
  it("keep a tool_use block's breakpoint on its assistant message, as OpenRouter's own provider sends it", () => {
    const call = (id: string, cacheControl?: unknown) => ({ type: "tool_use", id, name: "look", input: {}, ...(cacheControl ? { cache_control: cacheControl } : {}) });
    const messages = read([
      { role: "user", content: "Look at both" },
      { role: "assistant", content: [{ type: "text", text: "Looking." }, call("tu_1", HOUR), call("tu_2", BREAKPOINT)] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: "a" }, { type: "tool_result", tool_use_id: "tu_2", content: "b" }] },
    ]);
    // One mark however many calls carry one (a breakpoint each would only add to Anthropic's four): the last one's.
    expect(messages[1]).toMatchObject({ role: "assistant", content: "Looking.", cache_control: BREAKPOINT });
    expect(afterToolCall({ content: "42" })[1]).not.toHaveProperty("cache_control");
  });

  it("keep a tool definition's breakpoint on the chat tool", () => {
    const tools = [{ name: "a", input_schema: { type: "object" } }, { name: "b", input_schema: { type: "object" }, cache_control: HOUR }];
    const chat = readOfflineRequest({ messages: [{ role: "user", content: "hi" }], max_tokens: 256, tools }, "messages");
    expect(chat.tools).toEqual([
      { type: "function", function: { name: "a", parameters: { type: "object" } } },
      { type: "function", function: { name: "b", parameters: { type: "object" } }, cache_control: HOUR },
    ]);
  });
});
