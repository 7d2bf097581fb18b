/**
 * Claude Code and RAG applications mark images and PDFs for caching (`cache_control` on the block). Over HTTP, as the
 * official `@anthropic-ai/sdk` sends them, the breakpoint reaches the upstream on the image and inline-file parts
 * OpenRouter passes on to the provider; dropped, each cached image or document was billed uncached every turn.
 */
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const MODEL = "switchyard/tier/e2e";
const PNG = "iVBORw0KGgo=";
const PDF = "JVBERi0xLjQK";
const HOUR = { type: "ephemeral" as const, ttl: "1h" as const };

interface Part {
  type: string;
  cache_control?: unknown;
}

describe("/v1/messages: cache breakpoints on images and PDFs", () => {
  const door = useMessagesGateway();

  /** The parts of every message the upstream got, in order. */
  function partsSent(): Part[] {
    const body = door.gateway.simulator.calls.at(-1)?.body as { messages: { content: unknown }[] };
    return body.messages.flatMap((message) => (Array.isArray(message.content) ? (message.content as Part[]) : []));
  }

  it("keeps the breakpoint of an image and an inline PDF at the top of a user turn", async () => {
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 100,
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: { type: "base64", media_type: "image/png", data: PNG }, cache_control: HOUR },
            { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF }, title: "q3.pdf", cache_control: { type: "ephemeral" } },
            { type: "text", text: "Compare them." },
          ],
        },
      ],
    });
    expect(partsSent().map((part) => [part.type, part.cache_control])).toEqual([
      ["image_url", HOUR],
      ["file", { type: "ephemeral" }],
      ["text", undefined],
    ]);
  });

  it("keeps the breakpoint of a screenshot a tool returned (Claude Code's latest tool result), on the image after the tool's text", async () => {
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 100,
      tools: [{ name: "screenshot", input_schema: { type: "object" } }],
      messages: [
        { role: "user", content: "What is on screen?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "screenshot", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "Captured." }, { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } }], cache_control: { type: "ephemeral" } }] },
      ],
    });
    const body = door.gateway.simulator.calls.at(-1)?.body as { messages: { role: string; content: unknown }[] };
    expect(body.messages.find((message) => message.role === "tool")?.content).toBe("Captured.");
    expect(partsSent().map((part) => [part.type, part.cache_control])).toEqual([["image_url", { type: "ephemeral" }]]);
  });

  it("keeps the breakpoints of a tool definition and of the previous turn's tool_use (Claude Code marks both in an agent loop)", async () => {
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 100,
      tools: [{ name: "read_file", input_schema: { type: "object" }, cache_control: HOUR }],
      messages: [
        { role: "user", content: "Read the README." },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "read_file", input: { path: "README.md" }, cache_control: { type: "ephemeral" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "# Switchyard", cache_control: { type: "ephemeral" } }] },
      ],
    });
    const body = door.gateway.simulator.calls.at(-1)?.body as { tools: { cache_control?: unknown }[]; messages: { role: string; cache_control?: unknown; tool_calls?: unknown[] }[] };
    expect(body.tools[0]?.cache_control).toEqual(HOUR);
    const assistant = body.messages.find((message) => message.role === "assistant");
    expect(assistant?.tool_calls).toHaveLength(1);
    expect(assistant?.cache_control).toEqual({ type: "ephemeral" });
  });

  /** The marks the upstream got, in the order it reads them (the tool messages' text, then the media they returned). */
  function marksSent(): unknown[] {
    return partsSent().flatMap((part) => (part.cache_control === undefined ? [] : [part.cache_control]));
  }

  it("keeps the breakpoint of a PDF a tool gave by URL on the tool's text, as before ADR 0080 (a file by URL carries none)", async () => {
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 100,
      tools: [{ name: "fetch_report", input_schema: { type: "object" } }],
      messages: [
        { role: "user", content: "Fetch the Q3 report." },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "fetch_report", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "Report:" }, { type: "document", source: { type: "url", url: "https://example.com/q3.pdf" }, cache_control: { type: "ephemeral" } }] }] },
      ],
    });
    const body = door.gateway.simulator.calls.at(-1)?.body as { messages: { role: string; content: unknown }[] };
    expect(body.messages.find((message) => message.role === "tool")?.content).toEqual([{ type: "text", text: "Report:", cache_control: { type: "ephemeral" } }]);
  });

  it("never sends a 1-hour breakpoint after a 5-minute one (Anthropic refuses that order) when a tool's media follows a later tool's text", async () => {
    // Valid at Anthropic: the 1-hour mark (the first tool's screenshot) comes before the 5-minute one (the second tool's
    // result). In chat order the screenshot follows both tool messages, so its mark would come after the 5-minute one.
    await door.client.messages.create({
      model: MODEL,
      max_tokens: 100,
      tools: [{ name: "screenshot", input_schema: { type: "object" } }, { name: "run", input_schema: { type: "object" } }],
      messages: [
        { role: "user", content: "Check the screen, then run the tests." },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "screenshot", input: {} }, { type: "tool_use", id: "toolu_2", name: "run", input: {} }] },
        {
          role: "user",
          content: [
            { type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "Captured." }, { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } }], cache_control: HOUR },
            { type: "tool_result", tool_use_id: "toolu_2", content: "All tests pass.", cache_control: { type: "ephemeral" } },
          ],
        },
      ],
    });
    const ttls = marksSent().map((mark) => ((mark as { ttl?: string }).ttl === "1h" ? "1h" : "5m"));
    expect(ttls).toHaveLength(2);
    expect(ttls.slice(ttls.indexOf("5m"))).not.toContain("1h");
  });
});
