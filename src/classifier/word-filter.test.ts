import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordFilter } from "./word-filter.js";

describe("WordFilter", () => {
  it("never rejects a word of its list, whatever the characters or length", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60, unit: "binary" }), { minLength: 1, maxLength: 50 }), (words) => {
        const filter = new WordFilter(words);
        for (const word of words) expect(filter.mayHold(word)).toBe(true);
      }),
    );
  });

  it("rejects words whose first character and length no listed word has", () => {
    const filter = new WordFilter(["must", "table"]);
    expect(filter.mayHold("mist")).toBe(true); // same first letter and length: a real lookup decides
    expect(filter.mayHold("musty")).toBe(false);
    expect(filter.mayHold("ta")).toBe(false);
    expect(filter.mayHold("cable")).toBe(false);
  });

  it("answers for a word inside a text as for the word alone", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 20 }), fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 40 }), (words, before, word) => {
        const filter = new WordFilter(words);
        expect(filter.mayHoldAt(before + word, before.length, word.length)).toBe(filter.mayHold(word));
      }),
    );
  });
});
