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
