import { describe, expect, it } from "vitest";
import { GatewayError } from "../../core/errors/index.js";
import { generateDecisionId } from "../../core/id-generator.js";
import { createMemoryConversationStore } from "../../storage/memory/memory-conversation-store.js";
import { MESSAGES_DOOR } from "./messages/messages-door.js";
import { createResponsesDoor } from "./responses/responses-door.js";

const responsesDoor = createResponsesDoor({ store: createMemoryConversationStore(), ttlMs: 60_000, generateId: generateDecisionId });
const caller = { headers: {}, keyId: null };

async function refusal(read: Promise<unknown>): Promise<{ message: string; param: string | null; status: number }> {
  try {
    await read;
  } catch (error) {
    if (GatewayError.isInstance(error)) return { message: error.message, param: error.param, status: error.status };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("a door body that translates to no conversation", () => {
  it("Messages: empty content lists are refused naming messages, system or not", async () => {
    for (const extra of [{}, { system: "You are terse." }]) {
      const body = { model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: [] }], ...extra };
      const error = await refusal(Promise.resolve().then(() => MESSAGES_DOOR.read(body, caller)));
      expect(error).toMatchObject({ status: 400, param: "messages" });
      expect(error.message).toMatch(/^messages holds nothing to send: every message has empty or blank content/);
    }
  });

  it("Responses: reasoning items alone are refused naming input, not the chat request's messages", async () => {
    const body = { model: "switchyard/auto", instructions: "Be brief.", input: [{ type: "reasoning", summary: [] }] };
    const error = await refusal(Promise.resolve().then(() => responsesDoor.read(body, caller)));
    expect(error).toMatchObject({ status: 400, param: "input" });
    expect(error.message).toMatch(/^input holds nothing to send/);
  });

  it("Messages: empty or blank text is as empty as an empty list, as Anthropic refuses it", async () => {
    // Empty or blank text blocks are refused one by one, naming the block (ADR 0046); blank string content as a whole.
    const contents: [unknown, string][] = [["", "messages"], ["   \n", "messages"], [[{ type: "text", text: "" }], "messages[0].content[0].text"], [[{ type: "text", text: " " }, { type: "text", text: "" }], "messages[0].content[0].text"]];
    for (const [content, param] of contents) {
      const body = { model: "switchyard/auto", max_tokens: 10, system: "You are terse.", messages: [{ role: "user", content }] };
      const error = await refusal(Promise.resolve().then(() => MESSAGES_DOOR.read(body, caller)));
      expect(error, JSON.stringify(content)).toMatchObject({ status: 400, param });
    }
  });

  it("Responses: an empty input string, empty parts or blank input_text are no turn", async () => {
    const inputs: unknown[] = ["", "  ", [{ role: "user", content: [] }], [{ role: "user", content: "" }], [{ role: "user", content: [{ type: "input_text", text: "" }] }]];
    for (const input of inputs) {
      const error = await refusal(Promise.resolve().then(() => responsesDoor.read({ model: "switchyard/auto", instructions: "Be brief.", input }, caller)));
      expect(error, JSON.stringify(input)).toMatchObject({ status: 400, param: "input" });
    }
  });

  it("counts an image, a tool call or a tool's (even empty) answer as a turn", async () => {
    const image = [{ type: "image", source: { type: "url", url: "https://example.com/a.png" } }];
    await expect(Promise.resolve(MESSAGES_DOOR.read({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: image }] }, caller))).resolves.toBeDefined();
    const toolTurns = [
      { role: "user", content: "weather?" },
      { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "w", input: {} }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: "" }] },
    ];
    await expect(Promise.resolve(MESSAGES_DOOR.read({ model: "switchyard/auto", max_tokens: 10, tools: [{ name: "w", input_schema: { type: "object" } }], messages: toolTurns }, caller))).resolves.toBeDefined();
    const calls = [{ type: "function_call", call_id: "c1", name: "w", arguments: "{}" }, { type: "function_call_output", call_id: "c1", output: "" }];
    await expect(Promise.resolve(responsesDoor.read({ model: "switchyard/auto", input: calls }, caller))).resolves.toBeDefined();
  });

  it("lets a real turn through", async () => {
    await expect(Promise.resolve(MESSAGES_DOOR.read({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }, caller))).resolves.toBeDefined();
    await expect(Promise.resolve(responsesDoor.read({ model: "switchyard/auto", input: "hi" }, caller))).resolves.toBeDefined();
  });
});
