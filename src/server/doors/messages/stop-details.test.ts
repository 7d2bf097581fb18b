import { describe, expect, it } from "vitest";
import { stopDetails } from "./stop-details.js";

const base = { finishReason: "stop", nativeFinishReason: "stop", hasToolCalls: false, stopSequences: ["###"] } as const;

describe("stopDetails", () => {
  it("reports stop_sequence only when the provider said so and the request had sequences", () => {
    expect(stopDetails({ ...base, nativeFinishReason: "stop_sequence" })).toEqual({ stop_reason: "stop_sequence", stop_sequence: "###" });
    expect(stopDetails({ ...base, nativeFinishReason: "STOP_SEQUENCE" })).toEqual({ stop_reason: "stop_sequence", stop_sequence: "###" }); // Cohere's spelling
    expect(stopDetails({ ...base, nativeFinishReason: "stop_sequence", stopSequences: undefined })).toEqual({ stop_reason: "end_turn", stop_sequence: null });
    expect(stopDetails({ ...base, nativeFinishReason: "stop_sequence", stopSequences: ["a", "b"] })).toEqual({ stop_reason: "stop_sequence", stop_sequence: null });
  });

  it("with several sequences names one only when it is the only one that could have matched, never simply the first", () => {
    const matched = (stopSequences: string[]) => stopDetails({ ...base, nativeFinishReason: "stop_sequence", stopSequences }).stop_sequence;
    expect(matched(["END", "END"])).toBe("END"); // one distinct sequence, sent twice
    expect(matched(["first", "second"])).toBeNull(); // unknowable: not "first"
    expect(matched(["second", "first", "second"])).toBeNull();
  });

  it("never guesses from an ambiguous stop, and keeps the other reasons", () => {
    expect(stopDetails(base)).toEqual({ stop_reason: "end_turn", stop_sequence: null });
    expect(stopDetails({ ...base, nativeFinishReason: "STOP" })).toEqual({ stop_reason: "end_turn", stop_sequence: null });
    expect(stopDetails({ ...base, nativeFinishReason: undefined })).toEqual({ stop_reason: "end_turn", stop_sequence: null });
    expect(stopDetails({ ...base, finishReason: "length", nativeFinishReason: "stop_sequence" }).stop_reason).toBe("max_tokens");
    expect(stopDetails({ ...base, finishReason: null, hasToolCalls: true }).stop_reason).toBe("tool_use");
    expect(stopDetails({ ...base, finishReason: "content_filter" }).stop_reason).toBe("refusal");
  });

  it("says tool_use only when the answer has a tool_use block: Anthropic's clients look for one on it", () => {
    // An upstream that says tool_calls and sends no call (an empty list, or calls the door could not use).
    expect(stopDetails({ ...base, finishReason: "tool_calls", hasToolCalls: false }).stop_reason).toBe("end_turn");
    expect(stopDetails({ ...base, finishReason: "function_call", hasToolCalls: false }).stop_reason).toBe("end_turn");
    expect(stopDetails({ ...base, finishReason: "tool_calls", hasToolCalls: true }).stop_reason).toBe("tool_use");
  });

  it("says tool_use for an answer with a call that ended 'stop', as OpenAI ends a forced tool_choice's call (round 26)", () => {
    expect(stopDetails({ ...base, hasToolCalls: true })).toEqual({ stop_reason: "tool_use", stop_sequence: null });
    // The provider's word for it does not turn a call into a stop sequence: the client has a tool to run.
    expect(stopDetails({ ...base, nativeFinishReason: "stop_sequence", hasToolCalls: true })).toEqual({ stop_reason: "tool_use", stop_sequence: null });
    // A provider's own reason (not OpenAI's five) with a call.
    expect(stopDetails({ ...base, finishReason: "eos", hasToolCalls: true }).stop_reason).toBe("tool_use");
    expect(stopDetails({ ...base, finishReason: "length", hasToolCalls: true }).stop_reason).toBe("max_tokens");
  });
});
