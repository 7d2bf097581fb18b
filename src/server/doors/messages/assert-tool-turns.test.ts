import { describe, expect, it } from "vitest";
import type { InvalidRequestError } from "../../../core/errors/index.js";
import { invalidRequestOf } from "../../../../test/support/invalid-request.js";
import { assertToolTurns } from "./assert-tool-turns.js";
import type { MessagesMessage } from "./messages-request.js";

const ASK: MessagesMessage = { role: "user", content: "What is the weather in Paris?" };
const CALL = { type: "tool_use" as const, id: "toolu_1", name: "get_weather", input: { city: "Paris" } };
const RESULT = { type: "tool_result" as const, tool_use_id: "toolu_1", content: "18°C" };

function refusal(messages: MessagesMessage[]): InvalidRequestError {
  return invalidRequestOf(() => assertToolTurns(messages));
}

describe("assertToolTurns: each tool block sits in its own role's turn", () => {
  it("refuses a tool_use in a user turn, naming the message and block (it would otherwise be dropped)", () => {
    const error = refusal([{ role: "user", content: [{ type: "text", text: "Call it for me." }, CALL] }]);
    expect(error.status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe("messages[0].content[1]");
    expect(error.message).toMatch(/^messages\[0\]\.content\[1\] is a tool_use block in a user turn/);
  });

  it("names the user message the tool_use sits in when its turn spans several messages", () => {
    const error = refusal([ASK, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT] }, { role: "user", content: [{ ...CALL, id: "toolu_2" }] }]);
    expect(error.param).toBe("messages[3].content[0]");
  });

  it("refuses a tool_result in an assistant turn the same way (the symmetric rule)", () => {
    const error = refusal([ASK, { role: "assistant", content: [CALL, RESULT] }, { role: "user", content: "go on" }]);
    expect(error.param).toBe("messages[1].content[1]");
    expect(error.message).toMatch(/is a tool_result block in an assistant turn/);
  });

  it("refuses thinking and redacted_thinking in a user turn (a chat user message has no place for them)", () => {
    const thinking = refusal([{ role: "user", content: [{ type: "text", text: "Think about it." }, { type: "thinking", thinking: "hmm", signature: "sig" }] }]);
    expect(thinking.param).toBe("messages[0].content[1]");
    expect(thinking.message).toMatch(/^messages\[0\]\.content\[1\] is a thinking block in a user turn/);
    const redacted = refusal([ASK, { role: "assistant", content: "Sunny." }, { role: "user", content: [{ type: "redacted_thinking", data: "enc" }, { type: "text", text: "And tomorrow?" }] }]);
    expect(redacted.param).toBe("messages[2].content[0]");
    expect(redacted.message).toMatch(/is a redacted_thinking block in a user turn/);
  });

  it("refuses an image or document in an assistant turn (a chat assistant message has no place for media)", () => {
    const image = { type: "image" as const, source: { type: "url" as const, url: "https://example.com/chart.png" } };
    const error = refusal([ASK, { role: "assistant", content: [{ type: "text", text: "Here:" }, image] }, { role: "user", content: "thanks" }]);
    expect(error.param).toBe("messages[1].content[1]");
    expect(error.message).toMatch(/^messages\[1\]\.content\[1\] is an image block in an assistant turn/);
    const document = { type: "document" as const, source: { type: "base64" as const, media_type: "application/pdf" as const, data: "JVBERi0=" } };
    expect(refusal([ASK, { role: "assistant", content: [document] }]).message).toMatch(/is a document block in an assistant turn/);
    expect(() => assertToolTurns([{ role: "user", content: [image, { type: "text", text: "What is in this chart?" }] }])).not.toThrow();
  });

  it("refuses a tool_use id used twice in the conversation, as Anthropic's API does (which call a result answers is unknown)", () => {
    const twiceInATurn = refusal([ASK, { role: "assistant", content: [CALL, { ...CALL, input: { city: "Lyon" } }] }, { role: "user", content: [RESULT] }]);
    expect(twiceInATurn.param).toBe("messages[1].content[1]");
    expect(twiceInATurn.message).toBe("messages[1].content[1]: `tool_use` ids must be unique (toolu_1 is also the id of messages[1].content[0]).");
    const again = refusal([ASK, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT] }, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT] }]);
    expect(again.param).toBe("messages[3].content[0]");
  });

  it("refuses two tool_result blocks for one tool_use, as Anthropic's API does (the model would read two answers to one call)", () => {
    const error = refusal([ASK, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT, { ...RESULT, content: "19°C" }] }]);
    expect(error.param).toBe("messages[2].content[1]");
    expect(error.message).toBe("messages[2].content[1]: each tool_use must have a single result. Found multiple `tool_result` blocks with id: toolu_1 (the other is messages[2].content[0]).");
    // Split over two user messages of one turn, the same.
    expect(refusal([ASK, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT] }, { role: "user", content: [RESULT] }]).param).toBe("messages[3].content[0]");
  });

  it("passes a round trip with each block in its own role's turn, thinking in the assistant's", () => {
    expect(() => assertToolTurns([ASK, { role: "assistant", content: [CALL] }, { role: "user", content: [RESULT] }])).not.toThrow();
    const thought = { role: "assistant" as const, content: [{ type: "thinking" as const, thinking: "hmm", signature: "sig" }, { type: "redacted_thinking" as const, data: "enc" }, CALL] };
    expect(() => assertToolTurns([ASK, thought, { role: "user", content: [RESULT] }])).not.toThrow();
  });
});
