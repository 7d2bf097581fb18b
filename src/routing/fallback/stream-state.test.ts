/** What a streamed attempt's output counts (ADR 0072): content and every tool call's arguments, however sent. */
import { describe, expect, it } from "vitest";
import { StreamState } from "./relay-stream-attempt.js";

const toolChunk = (args: unknown) => ({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args } }] } }] });

describe("StreamState", () => {
  it("counts a tool call's arguments sent as a JSON object as it counts them sent as a string (a non-streamed answer counts both)", () => {
    const asString = new StreamState("m");
    const asObject = new StreamState("m");
    const args = { path: "a.txt", content: "line of a file\n".repeat(2_000) };
    for (let index = 0; index < 50; index += 1) {
      asString.track(toolChunk(JSON.stringify(args)));
      asObject.track(toolChunk(args));
    }
    expect(asString.attemptChars).toBeGreaterThan(1_000_000);
    expect(asObject.attemptChars).toBe(asString.attemptChars);
    // Relayed as sent and billed by the upstream: past the bound of max_tokens 1,000 either way.
    expect(asString.attemptOutput.exceeds(1_000)).toBe(true);
    expect(asObject.attemptOutput.exceeds(1_000)).toBe(true);
  });

  it("counts every call of a chunk of parallel calls", () => {
    const state = new StreamState("m");
    state.track({ choices: [{ index: 0, delta: { tool_calls: [0, 1, 2].map((index) => ({ index, function: { arguments: "x".repeat(100) } })) } }] });
    expect(state.attemptChars).toBe(300);
  });
});

describe("StreamState and reasoning", () => {
  const reasoningChunk = (delta: Record<string, unknown>) => ({ choices: [{ index: 0, delta }] });

  it("counts reasoning deltas as output (billed by the upstream as output tokens, and bounded by max_tokens)", () => {
    const state = new StreamState("m");
    for (let index = 0; index < 200; index += 1) state.track(reasoningChunk({ reasoning: "Let me think about this step. ".repeat(100) }));
    expect(state.attemptChars).toBe(200 * "Let me think about this step. ".length * 100);
    expect(state.attemptOutput.exceeds(100)).toBe(true);
  });

  it("counts reasoning once when it comes as both `reasoning` and `reasoning_details`, and from the details alone", () => {
    const both = new StreamState("m");
    both.track(reasoningChunk({ reasoning: "abcd", reasoning_details: [{ type: "reasoning.text", text: "abcd" }] }));
    expect(both.attemptChars).toBe(4);
    const details = new StreamState("m");
    details.track(reasoningChunk({ reasoning_details: [{ type: "reasoning.text", text: "abcd" }, { type: "reasoning.summary", summary: "ef" }, { type: "reasoning.encrypted", data: "opaque" }] }));
    expect(details.attemptChars).toBe(6);
    const deepseek = new StreamState("m");
    deepseek.track(reasoningChunk({ reasoning_content: "abc" }));
    expect(deepseek.attemptChars).toBe(3);
  });
});
