/**
 * `/v1/messages` refuses what Anthropic's API refuses, with the official `@anthropic-ai/sdk`: a 400 in Anthropic's
 * envelope naming the message and block, and nothing sent upstream. A valid tool round trip still passes.
 */
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const MODEL = "switchyard/tier/e2e";
const TOOL = { name: "get_weather", input_schema: { type: "object" as const, properties: { city: { type: "string" } } } };
const ASK: Anthropic.MessageParam = { role: "user", content: "What is the weather in Paris?" };
const CALL = (id: string, input: unknown = { city: "Paris" }): Anthropic.ContentBlockParam => ({ type: "tool_use", id, name: "get_weather", input });
const RESULT = (id: string): Anthropic.ContentBlockParam => ({ type: "tool_result", tool_use_id: id, content: "18°C" });

describe("/v1/messages refuses input Anthropic's API refuses", () => {
  const door = useMessagesGateway();

  async function refusal(messages: Anthropic.MessageParam[]): Promise<string> {
    const error = await door.client.messages.create({ model: MODEL, max_tokens: 50, tools: [TOOL], messages }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    const body = (error as InstanceType<typeof Anthropic.APIError>).error as { type: string; error: { type: string; message: string } };
    expect(body).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    expect(door.gateway.simulator.calls).toHaveLength(0);
    return body.error.message;
  }

  it("an image whose media_type Anthropic does not take (image/bmp)", async () => {
    const image = { type: "image", source: { type: "base64", media_type: "image/bmp", data: "Qk0=" } } as unknown as Anthropic.ImageBlockParam;
    const message = await refusal([{ role: "user", content: [{ type: "text", text: "What is this?" }, image] }]);
    expect(message).toContain("messages[0].content[1].source.media_type");
    expect(message).toContain("image/webp");
  });

  it("mcp_servers or a container, which run on Anthropic's servers (they were dropped, and the model answered without the MCP tools)", async () => {
    for (const extra of [{ mcp_servers: [{ type: "url", url: "https://mcp.example.com/sse", name: "docs" }] }, { container: "container_011CN" }]) {
      const response = await fetch(`${door.gateway.url}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "Search the docs." }], ...extra }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { type: string; error: { type: string; message: string } };
      expect(body.error.message).toMatch(new RegExp(`^${Object.keys(extra)[0]} .*Anthropic's servers`));
    }
    expect(door.gateway.simulator.calls).toHaveLength(0);
    // An empty list asks for nothing and is served.
    const served = await door.client.messages.create({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }], ...({ mcp_servers: [] } as object) });
    expect(served.type).toBe("message");
  });

  it("a base64 document that is not a PDF", async () => {
    const document = { type: "document", source: { type: "base64", media_type: "text/html", data: "PGgxPg==" } } as unknown as Anthropic.DocumentBlockParam;
    expect(await refusal([{ role: "user", content: [document, { type: "text", text: "Summarize." }] }])).toContain("messages[0].content[0].source.media_type");
  });

  it("a thinking budget that max_tokens does not exceed (max_tokens counts the thinking too)", async () => {
    for (const max_tokens of [1024, 1000]) {
      const error = await door.client.messages.create({ model: MODEL, max_tokens, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [ASK] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      const body = (error as InstanceType<typeof Anthropic.APIError>).error as { error: { type: string; message: string } };
      expect(body.error).toMatchObject({ type: "invalid_request_error", message: expect.stringContaining("`max_tokens` must be greater than `thinking.budget_tokens`") });
    }
    expect(door.gateway.simulator.calls).toHaveLength(0);
    await door.client.messages.create({ model: MODEL, max_tokens: 1025, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [ASK] });
    expect(door.gateway.simulator.calls).toHaveLength(1);
  });

  it("a tool_use whose input is not an object", async () => {
    const message = await refusal([ASK, { role: "assistant", content: [CALL("toolu_1", "Paris")] }, { role: "user", content: [RESULT("toolu_1")] }]);
    expect(message).toContain("messages[1].content[0].input");
  });

  it("more stop_sequences than the upstream's chat endpoint takes (4): refused here, not by the upstream", async () => {
    const error = await door.client.messages.create({ model: MODEL, max_tokens: 50, stop_sequences: ["a", "b", "c", "d", "e"], messages: [ASK] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(JSON.stringify((error as InstanceType<typeof Anthropic.APIError>).error)).toMatch(/stop_sequences is invalid: holds more than 4 sequences, the upstream's limit/);
    expect(door.gateway.simulator.calls).toHaveLength(0);
    await door.client.messages.create({ model: MODEL, max_tokens: 50, stop_sequences: ["a", "b", "c", "d"], messages: [ASK] });
    expect(door.gateway.simulator.calls).toHaveLength(1);
  });

  it("a tool_result in an assistant turn", async () => {
    const message = await refusal([ASK, { role: "assistant", content: [CALL("toolu_1"), RESULT("toolu_1")] }, { role: "user", content: "go on" }]);
    expect(message).toMatch(/^messages\[1\]\.content\[1\] is a tool_result block in an assistant turn/);
  });

  it("a tool_use in a user turn (translated, it would vanish without a word)", async () => {
    const message = await refusal([{ role: "user", content: [{ type: "text", text: "Call it for me." }, CALL("toolu_1")] }]);
    expect(message).toMatch(/^messages\[0\]\.content\[1\] is a tool_use block in a user turn/);
  });

  it("a thinking or redacted_thinking block in a user turn (translated, it would vanish without a word)", async () => {
    const thinking = { type: "thinking", thinking: "Let me think.", signature: "sig" } as Anthropic.ThinkingBlockParam;
    expect(await refusal([{ role: "user", content: [{ type: "text", text: "Hi." }, thinking] }])).toMatch(/^messages\[0\]\.content\[1\] is a thinking block in a user turn/);
    const redacted: Anthropic.RedactedThinkingBlockParam = { type: "redacted_thinking", data: "EncryptedBlob" };
    expect(await refusal([{ role: "user", content: [redacted, { type: "text", text: "Hi." }] }])).toMatch(/^messages\[0\]\.content\[0\] is a redacted_thinking block in a user turn/);
  });

  it("an assistant turn's thinking and redacted_thinking go upstream as reasoning_details, in order, none dropped", async () => {
    const thought: Anthropic.MessageParam = {
      role: "assistant",
      content: [{ type: "thinking", thinking: "Paris, so get_weather.", signature: "sig-1" }, { type: "redacted_thinking", data: "EncryptedBlob" }, CALL("toolu_9")],
    };
    const answer = await door.client.messages.create({ model: MODEL, max_tokens: 50, tools: [TOOL], messages: [ASK, thought, { role: "user", content: [RESULT("toolu_9")] }] });
    expect(answer.type).toBe("message");
    const sent = door.gateway.simulator.calls.find((call) => call.path.endsWith("/chat/completions"))?.body as { messages: { role: string; reasoning_details?: unknown }[] };
    expect(sent.messages.find((message) => message.role === "assistant")?.reasoning_details).toEqual([
      { type: "reasoning.text", text: "Paris, so get_weather.", signature: "sig-1", format: "anthropic-claude-v1" },
      { type: "reasoning.encrypted", data: "EncryptedBlob", format: "anthropic-claude-v1" },
    ]);
  });

  it("a tool_result answering no tool_use of the turn before", async () => {
    const message = await refusal([ASK, { role: "assistant", content: [CALL("toolu_1")] }, { role: "user", content: [RESULT("toolu_1"), RESULT("toolu_other")] }]);
    expect(message).toContain("messages[2].content[1] has an unexpected `tool_use_id` in a `tool_result` block: toolu_other.");
  });

  it("a tool_use the next turn does not answer", async () => {
    const message = await refusal([ASK, { role: "assistant", content: [{ type: "text", text: "Checking." }, CALL("toolu_1"), CALL("toolu_2")] }, { role: "user", content: [RESULT("toolu_1")] }]);
    expect(message).toContain("messages[1]: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_2.");
  });

  it("still serves a valid round trip, turns of one role counted as one, and an assistant prefill ending in a tool_use", async () => {
    const answer = await door.client.messages.create({
      model: MODEL,
      max_tokens: 50,
      tools: [TOOL],
      messages: [ASK, { role: "assistant", content: [CALL("toolu_1")] }, { role: "assistant", content: [CALL("toolu_2")] }, { role: "user", content: [RESULT("toolu_1")] }, { role: "user", content: [RESULT("toolu_2"), { type: "text", text: "Thanks." }] }],
    });
    expect(answer.type).toBe("message");
    const prefill = await door.client.messages.create({ model: MODEL, max_tokens: 50, tools: [TOOL], messages: [ASK, { role: "assistant", content: [CALL("toolu_3")] }] });
    expect(prefill.type).toBe("message");
    expect(door.gateway.simulator.calls).toHaveLength(2);
  });
});
