import { describe, expect, it } from "vitest";
import { doorToolCallId, responsesCallId, upstreamToolCallId, withUpstreamToolCallIds } from "./door-tool-call-id.js";

const ANTHROPIC_ID = /^[a-zA-Z0-9_-]+$/;

describe("tool-call ids at the Messages and Responses doors", () => {
  it("show a provider's `functions.lookup:0` in Anthropic's id characters, and read it back as the provider wrote it", () => {
    for (const upstream of ["functions.lookup:0", "call 1", "tool/é:2", "sy64_", "a.b"]) {
      const shown = doorToolCallId(upstream);
      expect(shown, upstream).toMatch(ANTHROPIC_ID);
      expect(upstreamToolCallId(shown)).toBe(upstream);
    }
  });

  it("keep an id that already fits, and read every id back as itself, even one that looks encoded", () => {
    const lookalike = doorToolCallId("functions.x:0");
    for (const upstream of ["call_abc", "toolu_01A", "sy64_abc", lookalike, doorToolCallId(lookalike)]) {
      const shown = doorToolCallId(upstream);
      expect(shown).toMatch(ANTHROPIC_ID);
      expect(upstreamToolCallId(shown), upstream).toBe(upstream);
    }
    expect(doorToolCallId("call_abc")).toBe("call_abc");
    // A client's own id that merely starts like ours is not rewritten.
    expect(upstreamToolCallId("sy64_not base64!")).toBe("sy64_not base64!");
  });

  it("turn a conversation's shown ids back for the upstream, in calls and results alike", () => {
    const shown = doorToolCallId("functions.lookup:0");
    const messages = withUpstreamToolCallIds([
      { role: "assistant", content: null, tool_calls: [{ id: shown, type: "function", function: { name: "lookup", arguments: "{}" } }] },
      { role: "tool", tool_call_id: shown, content: "42" },
    ]);
    expect(messages[0]?.tool_calls).toEqual([{ id: "functions.lookup:0", type: "function", function: { name: "lookup", arguments: "{}" } }]);
    expect(messages[1]?.tool_call_id).toBe("functions.lookup:0");
  });

  it("show a provider's id as it is at the Responses door (no pattern, 64 characters at most), unless it reads as encoded", () => {
    const lookalike = doorToolCallId("functions.x:0");
    for (const upstream of ["functions.lookup:0", "call_abc", "sy64_abc", `functions.${"t".repeat(50)}:0`]) {
      expect(responsesCallId(upstream)).toBe(upstream);
      expect(upstreamToolCallId(responsesCallId(upstream))).toBe(upstream);
    }
    // The upstream's own id that reads as one shown encoded is encoded, so it reads back as itself, not "functions.x:0".
    expect(responsesCallId(lookalike)).not.toBe(lookalike);
    expect(upstreamToolCallId(responsesCallId(lookalike))).toBe(lookalike);
  });
});
