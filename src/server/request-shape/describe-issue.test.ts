import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeIssue } from "./describe-issue.js";
import { GatewayError } from "../../core/errors/index.js";
import { messagesRequestSchema } from "../doors/messages/messages-request.js";
import { readDoorBody } from "../doors/read-door-body.js";
import { responsesRequestSchema } from "../doors/responses/responses-request.js";
import { readChatRequest } from "../read-chat-request.js";

function refusal(run: () => unknown): { message: string; param: string | null } {
  try {
    run();
  } catch (error) {
    if (GatewayError.isInstance(error)) return { message: error.message, param: error.param };
    throw error;
  }
  throw new Error("expected a refusal");
}

const messages = (extra: Record<string, unknown>) => refusal(() => readDoorBody(messagesRequestSchema, { model: "switchyard/auto", max_tokens: 100, messages: [{ role: "user", content: "hi" }], ...extra }, "a Messages request"));
const responses = (extra: Record<string, unknown>) => refusal(() => readDoorBody(responsesRequestSchema, { model: "switchyard/auto", input: "hi", ...extra }, "a Responses request"));
const chat = (extra: Record<string, unknown>) => refusal(() => readChatRequest({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], ...extra }));

describe("a field of the wrong shape is described in the field's terms, in every door", () => {
  it("names the block types a door takes, and the one sent, for a `type` it does not know", () => {
    // zod's own words were "messages[0].content[0].type Invalid discriminator value. Expected 'text' | 'image' ...".
    expect(messages({ messages: [{ role: "user", content: [{ type: "video" }] }] })).toEqual({
      message: 'messages[0].content[0].type must be one of "text", "image", "document", "search_result", "tool_use", "tool_result", "thinking", "redacted_thinking", "server_tool_use", "web_search_tool_result", "web_fetch_tool_result", "code_execution_tool_result", "bash_code_execution_tool_result", "text_editor_code_execution_tool_result", "tool_search_tool_result", "mcp_tool_use", "mcp_tool_result", got the string "video".',
      param: "messages[0].content[0].type",
    });
    expect(responses({ input: [{ role: "user", content: [{ text: "no type" }] }] }).message).toMatch(/^input\[0\]\.content\[0\]\.type must be one of "input_text", .*, and is missing\.$/);
  });

  it("never calls a field that is present 'required', and says what it got", () => {
    expect(messages({ max_tokens: "100" }).message).toBe('max_tokens must be a number, got the string "100".');
    expect(responses({ max_output_tokens: [] }).message).toBe("max_output_tokens must be a number, got an array.");
    expect(chat({ max_tokens: true }).message).toBe("Invalid max_tokens: must be a number, got true");
    expect(messages({ max_tokens: null }).message).toBe("max_tokens must be a number, got null.");
    expect(refusal(() => readDoorBody(messagesRequestSchema, { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }, "x")).message).toBe("max_tokens is required (a number).");
  });

  it("quotes a string sent with what a terminal or log reader acts on escaped (a direction override, CSI, a line separator)", () => {
    // JSON.stringify leaves U+202E, U+009B and U+2028 raw: the caller's own error line rendered reversed or as an escape.
    expect(messages({ max_tokens: "1\u202e0\u009b\u2028" }).message).toBe('max_tokens must be a number, got the string "1\\u202e0\\u009b\\u2028".');
  });

  it("quotes bounds as the schema holds them: 0 is not 'at least 0', 1.5 is not a whole number, 1e309 is Infinity", () => {
    expect(messages({ max_tokens: 0 }).message).toBe("max_tokens must be greater than 0, got 0.");
    expect(responses({ max_output_tokens: -1 }).message).toBe("max_output_tokens must be greater than 0, got -1.");
    expect(chat({ max_tokens: 0 }).message).toBe("Invalid max_tokens: must be greater than 0, got 0");
    expect(messages({ max_tokens: 1.5 }).message).toBe("max_tokens must be a whole number, got 1.5.");
    expect(messages({ max_tokens: Number.POSITIVE_INFINITY }).message).toContain("got Infinity (a number too large for JSON)");
    expect(messages({ switchyard: { quality: 5 } })).toEqual({ message: "switchyard.quality must be at most 1, got 5.", param: "switchyard.quality" });
  });

  it("refuses a misspelled switchyard option on every door, naming the key it was meant to be; a new key passes", () => {
    for (const read of [chat, messages, responses]) {
      expect(read({ switchyard: { max_cost: 0.0001 } }).message).toContain('unknown key "max_cost"; did you mean "max_cost_usd"?');
      expect(read({ switchyard: { teir: "premium" } }).param).toBe("switchyard.teir");
      expect(read({ switchyard: { teir: "premium" } }).message).not.toMatch(/\?\.$/);
      expect(read({ switchyard: { maxcost_usd: 0.0001 } }).message).toContain('did you mean "max_cost_usd"');
    }
    expect(() => readChatRequest({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], switchyard: { trace_label: "x", tier: "mid" } })).not.toThrow();
    // A newer client's own keys are not misspellings of ours.
    for (const key of ["user", "time", "tiers", "tires", "tags", "test", "fast", "mask", "taste", "task_id", "tier_hint", "quality_floor", "resume_from", "assume"]) {
      expect(() => readChatRequest({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }], switchyard: { [key]: 1 } }), key).not.toThrow();
    }
    expect(chat({ switchyard: { qualty: 0.5 } }).message).toContain('did you mean "quality"');
  });

  it("names the types a union accepts, and quotes long strings only by kind", () => {
    expect(chat({ messages: [{ role: "user", content: 5 }] }).message).toBe("Invalid messages[0].content: must be a string, null or an array, got 5");
    expect(messages({ messages: [{ role: "user", content: 5 }] }).message).toBe("messages[0].content must be a string or an array, got 5.");
    expect(messages({ max_tokens: "x".repeat(10_000) }).message).toBe("max_tokens must be a number, got a string.");
  });

  it("follows the union branch the item's own `type` names", () => {
    expect(responses({ input: [{ type: "function_call_output", output: "42" }] })).toEqual({ message: "input[0].call_id is required (a string).", param: "input[0].call_id" });
  });

  it("keeps a schema's own message", () => {
    expect(messages({ model: "x".repeat(300) }).message).toBe("model is invalid: a model id has at most 256 characters.");
    expect(chat({ messages: [] }).message).toBe("Invalid messages: `messages` must be a non-empty array of chat messages");
  });
});

describe("an unknown field's name", () => {
  it("is quoted and escaped as every sent text is, not echoed raw", () => {
    // The names were joined raw: an escape sequence, a newline or a direction override in one rewrote the message
    // where it was printed (a terminal, a log line), as the feedback route's did before it quoted them.
    const parsed = z.strictObject({ a: z.string() }).safeParse({ a: "x", "b\u001b[31m\n\u202eok": 1, ["x".repeat(500)]: 2 });
    const issue = parsed.error?.issues[0];
    expect(issue && describeIssue(issue).text).toBe(`has unknown field(s) "b\\u001b[31m\\n\\u202eok", "${"x".repeat(64)}…"`);
  });
});
