/**
 * An upstream's words in a gateway message (round 27): cut at 1,000 code points and escaped. The cut counted the code
 * points of the whole text first (`Array.from`), and an error event's message may be as long as an SSE event (32 MB):
 * one such chunk from a hostile upstream held the event loop half a second and took 300 MB of heap (review of round
 * 27). Only what the cut keeps is split now.
 */
import { describe, expect, it } from "vitest";
import { upstreamWords } from "./upstream-words.js";

describe("upstreamWords", () => {
  it("cuts a message as long as an SSE event without walking all of it", () => {
    const long = "y".repeat(32 * 1024 * 1024 - 40);
    const started = performance.now();
    const words = upstreamWords(long);
    const tookMs = performance.now() - started;
    expect(words).toBe(`${"y".repeat(1_000)}…`);
    expect(tookMs).toBeLessThan(100);
  });

  it("counts code points, so a pair of surrogates is never split and short texts stay whole", () => {
    const astral = "😀".repeat(1_000);
    expect(upstreamWords(astral)).toBe(astral);
    expect(upstreamWords(`${astral}z`)).toBe(`${astral}…`);
    expect(upstreamWords("😀".repeat(1_500))).toBe(`${astral}…`);
    expect(upstreamWords("a😀b", 2)).toBe("a😀…");
    expect(upstreamWords("ab", 2)).toBe("ab");
    expect(upstreamWords("")).toBe("");
  });

  it("escapes what a reader acts on and leaves quotes as written", () => {
    expect(upstreamWords('say "hi"\nnext\u202e\u0085')).toBe('say "hi"\\u000anext\\u202e\\u0085');
    expect(upstreamWords("lone \ud800 end")).toBe("lone \\ud800 end");
  });
});
