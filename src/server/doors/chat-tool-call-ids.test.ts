import { describe, expect, it } from "vitest";
import { ownCallIds, StreamedCallIds } from "./chat-tool-call-ids.js";
import { doorToolCallId, upstreamToolCallId } from "./door-tool-call-id.js";

/** A provider's id that reads as one a door encoded: every door decodes it when sent back, so it is shown encoded. */
const LOOKALIKE = doorToolCallId("functions.x:0");

describe("the Chat Completions door's ids of a provider's id that reads as encoded", () => {
  it("whole answer: shown so that it reads back as the provider's", () => {
    const message = { tool_calls: [{ id: LOOKALIKE, type: "function", function: { name: "x", arguments: "{}" } }] };
    ownCallIds([message], "dec_0123456789abcdefghij");
    expect(upstreamToolCallId(message.tool_calls[0]?.id ?? "")).toBe(LOOKALIKE);
  });

  it("streamed with and without `index`: shown so that it reads back as the provider's, the same on each delta", () => {
    for (const withIndex of [true, false]) {
      const ids = new StreamedCallIds("dec_0123456789abcdefghij");
      const deltas = [0, 1].map(() => ({ ...(withIndex ? { index: 0 } : {}), id: LOOKALIKE, function: { arguments: "{}" } }));
      for (const delta of deltas) ids.own(0, [delta]);
      expect(deltas[0]?.id).toBe(deltas[1]?.id);
      expect(upstreamToolCallId(deltas[0]?.id ?? ""), withIndex ? "with index" : "without index").toBe(LOOKALIKE);
    }
  });
});
