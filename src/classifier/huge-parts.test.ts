/**
 * A huge text sent as parts (a `document` or `search_result` beside the question) or as a tool call's arguments (Codex's
 * apply_patch writing a whole file) costs a decision about what the same text costs sent as a string or a tool result:
 * the turn's parts are joined once per decision, not once per reader, and long arguments are sampled as long texts are.
 * Costs are counted (joins, characters serialized), not timed, so a loaded machine cannot fail them.
 */
import { describe, expect, it, vi } from "vitest";
import { repoText } from "../../test/support/agent-transcript.js";
import type { ChatMessage, ContentPart } from "../core/types.js";
import { messageText } from "./conversation-text.js";
import { createClassifier } from "./create-classifier.js";
import { SAMPLE_ABOVE_CHARS, estimateMessagesTokens, estimateTokens } from "./estimate-tokens.js";

const document = repoText(1_200_000);
const question = "Which function translates the input items? Answer briefly.";

describe("huge texts in parts and tool calls", () => {
  it("joins a turn of huge text parts once for the readers of a decision, and sees a part changed in place", () => {
    const message: ChatMessage = { role: "user", content: [{ type: "text", text: document }, { type: "text", text: question }] };
    // The reading, the learned features and the estimate each read the latest turn's text (a dozen calls in all): the
    // parts are joined once. Counted, not timed (a timed bound failed on a loaded machine, where the join itself slowed).
    const join = vi.spyOn(Array.prototype, "join");
    try {
      for (let read = 0; read < 12; read++) messageText(message);
      expect(join.mock.calls.filter(([separator]) => separator === "\n").length).toBeLessThanOrEqual(1);
    } finally {
      join.mockRestore();
    }
    expect(messageText(message)).toBe(`${document}\n${question}`);
    (message.content as ContentPart[])[1] = { type: "text", text: "Now a new question?" };
    expect(messageText(message).endsWith("\nNow a new question?")).toBe(true);
    // The classifier reads such a turn as the same text sent as a string.
    const classifier = createClassifier("learned");
    expect(classifier.classify([{ role: "user", content: [{ type: "text", text: document }, { type: "text", text: question }] }])).toEqual(classifier.classify([{ role: "user", content: `${document}\n${question}` }]));
  });

  it("estimates a tool call with huge arguments by sampling them, within a few percent of the full pass", () => {
    const calls = [{ id: "call_1", type: "function", function: { name: "apply_patch", arguments: JSON.stringify({ input: document }) } }];
    const messages: ChatMessage[] = [{ role: "user", content: "Write the file" }, { role: "assistant", content: null, tool_calls: calls }];
    const full = estimateTokens(JSON.stringify(calls));
    const withoutCalls = estimateMessagesTokens([{ role: "user", content: "Write the file" }, { role: "assistant", content: null }]);
    const ratio = (estimateMessagesTokens(messages) - withoutCalls) / full;
    // The sample reads the arguments' own text, where the full pass read it escaped once more inside the calls' JSON
    // (a backslash before every quote and line break), so it comes out a little lower.
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.05);
    // The sample's cost, counted rather than timed: the characters serialized for the estimate stay far below the
    // arguments' length (the full pass serialized all 1.2 M characters of them again).
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      estimateMessagesTokens(messages);
      const serialized = stringify.mock.results.reduce((sum, result) => sum + (typeof result.value === "string" ? result.value.length : 0), 0);
      expect(serialized).toBeLessThan(SAMPLE_ABOVE_CHARS);
    } finally {
      stringify.mockRestore();
    }
  });
});
