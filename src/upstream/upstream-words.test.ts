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
    const short = long.slice(0, 1024 * 1024);
    // Against a text 32 times shorter in the same run, each side its fastest of five: a cut that walks the whole text
    // takes about 32 times as long on it (splitting all of it took 0.5-0.7 s); one that walks its head, about the same.
    const fastest = (text: string): number => {
      let best = Infinity;
      for (let round = 0; round < 5; round += 1) {
        const started = performance.now();
        upstreamWords(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    expect(upstreamWords(long)).toBe(`${"y".repeat(1_000)}…`);
    expect(fastest(long)).toBeLessThan(8 * fastest(short) + 1);
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
