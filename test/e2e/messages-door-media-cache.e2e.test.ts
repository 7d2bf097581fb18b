/**
 * Claude Code and RAG applications mark images and PDFs for caching (`cache_control` on the block). Over HTTP, as the
 * official `@anthropic-ai/sdk` sends them, the breakpoint reaches the upstream on the image and inline-file parts
 * OpenRouter passes on to the provider; dropped, each cached image or document was billed uncached every turn.
 */
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const PNG = "iVBORw0KGgo=";
const PDF = "JVBERi0xLjQK";
const HOUR = { type: "ephemeral" as const, ttl: "1h" as const };

interface Part {
  type: string;
  cache_control?: unknown;
}

describe("/v1/messages: cache breakpoints on images and PDFs", () => {
  let gateway: Gateway;
  let client: Anthropic;
  beforeAll(async () => {
    gateway = await startGateway();
    client = new Anthropic({ baseURL: gateway.url, apiKey: "sk-sy-anything", maxRetries: 0 });
  });
  afterAll(async () => gateway.close());
  beforeEach(() => gateway.simulator.reset());

  /** The parts of every message the upstream got, in order. */
  function partsSent(): Part[] {
    const body = gateway.simulator.calls.at(-1)?.body as { messages: { content: unknown }[] };
    return body.messages.flatMap((message) => (Array.isArray(message.content) ? (message.content as Part[]) : []));
  }

  it("keeps the breakpoint of an image and an inline PDF at the top of a user turn", async () => {
    await client.messages.create({
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
    await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      tools: [{ name: "screenshot", input_schema: { type: "object" } }],
      messages: [
        { role: "user", content: "What is on screen?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "screenshot", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: [{ type: "text", text: "Captured." }, { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } }], cache_control: { type: "ephemeral" } }] },
      ],
    });
    const body = gateway.simulator.calls.at(-1)?.body as { messages: { role: string; content: unknown }[] };
    expect(body.messages.find((message) => message.role === "tool")?.content).toBe("Captured.");
    expect(partsSent().map((part) => [part.type, part.cache_control])).toEqual([["image_url", { type: "ephemeral" }]]);
  });
});
