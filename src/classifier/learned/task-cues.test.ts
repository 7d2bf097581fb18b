import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString } from "./feature-hash.js";
import { taskCueFeatures } from "./task-cues.js";
import { tokenize } from "./tokenize.js";

const PIECES = ["translate", "what", "is", "the", "capital", "in", "english", "step", "by", "summarize", "x^2", "%", "```", "ways", "to", "always", "one-liner", "tl;dr", "poem", "bug", "in a nutshell", " ", "\n", ",", "zz"];

describe("taskCueFeatures", () => {
  it("names cue words, their counts and phrases", () => {
    const lower = "summarize this in a nutshell and translate it";
    expect(taskCueFeatures(lower, tokenize(lower, 50))).toEqual(["cuew:summarization", "cuew:summarization:1", "cuew:translation", "cuew:translation:1", "cuep:summarization"]);
  });

  it("finds the same cues by the tokenizer's word hashes as by the words", () => {
    for (const seed of [hashString("w:"), hashString("p:")]) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
          const lower = pieces.join(" ");
          const values = new Uint32Array(200);
          const words = tokenize(lower, 200, values, seed);
          expect(taskCueFeatures(lower, words, { values, seed })).toEqual(taskCueFeatures(lower, words));
        }),
      );
    }
  });
});
