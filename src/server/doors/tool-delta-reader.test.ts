import { describe, expect, it } from "vitest";
import { ToolDeltaReader } from "./chat-sse-events.js";

/** The call position the reader gives each delta of one stream, in order. */
function positions(deltas: readonly Record<string, unknown>[]): number[] {
  const reader = new ToolDeltaReader();
  return deltas.map((delta) => reader.read(delta)?.toolIndex ?? -1);
}

const call = (index: number | undefined, id: string | undefined, name: string | undefined, args: string): Record<string, unknown> => ({
  ...(index === undefined ? {} : { index }),
  ...(id === undefined ? {} : { id }),
  function: { ...(name === undefined ? {} : { name }), arguments: args },
});

describe("ToolDeltaReader: which call each streamed delta belongs to", () => {
  it("follows OpenAI's index, interleaved or not", () => {
    expect(positions([call(0, "a", "f", "{"), call(1, "b", "g", "{"), call(0, undefined, undefined, "}"), call(1, undefined, undefined, "}")])).toEqual([0, 1, 0, 1]);
  });

  it("keeps one call whose every delta repeats its id and name", () => {
    expect(positions([call(0, "a", "f", '{"x":'), call(0, "a", "f", "1}")])).toEqual([0, 0]);
  });

  it("keeps one call when a continuation brings a stray id but no name", () => {
    expect(positions([call(0, "a", "f", '{"x":'), call(0, "z", undefined, "1}")])).toEqual([0, 0]);
  });

  it("tells parallel calls apart when the upstream numbers them all 0 (Gemini's OpenAI-compatible stream)", () => {
    expect(positions([call(0, "a", "f", '{"x":1}'), call(0, "b", "g", '{"y":'), call(0, undefined, undefined, "2}")])).toEqual([0, 1, 1]);
  });

  it("places unnumbered deltas by id, none continuing the last call", () => {
    expect(positions([call(undefined, "a", "f", "{"), call(undefined, undefined, undefined, "}"), call(undefined, "b", "g", "{"), call(undefined, "b", undefined, "}")])).toEqual([0, 0, 1, 1]);
  });
});
