import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString } from "./feature-hash.js";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("splits words, apostrophe suffixes, CJK characters, symbols and surrogate pairs", () => {
    expect(tokenize("don't stop, 東京 now 😀!", 50)).toEqual(["don't", "stop", ",", "東", "京", "now", "😀", "!"]);
    expect(tokenize("a b c d", 2)).toEqual(["a", "b"]);
  });

  it("hands out each token's hashString from the seed, whatever the text", () => {
    const seed = hashString("w:");
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: fc.constantFrom("a", "z", "'", " ", "\n", "é", "ж", "한", "東", "\ud83d", "\ude00", "1", "-", "x") }), (text) => {
        const hashes = new Uint32Array(100);
        const tokens = tokenize(text, 100, hashes, seed);
        tokens.forEach((token, i) => expect(hashes[i]).toBe(hashString(token, seed)));
      }),
    );
  });
});
