import { describe, expect, it } from "vitest";
import { repoText } from "../../test/support/agent-transcript.js";
import { estimateLongTextTokens, estimateTokens, SAMPLE_ABOVE_CHARS } from "./estimate-tokens.js";

describe("estimateLongTextTokens", () => {
  // The corpus is this repository's own source, so it changes with every commit: the bound holds the estimate to its
  // purpose (never far below the exact pass; a few percent above is the margin plus sampling) rather than to one text.
  it("matches the exact pass on short texts and stays within 5% (never far below) on agent-sized ones", () => {
    const short = repoText(SAMPLE_ABOVE_CHARS);
    expect(estimateLongTextTokens(short)).toBe(estimateTokens(short));
    for (const chars of [200_000, 400_000, 800_000, 1_200_000, 2_000_000]) {
      const text = repoText(chars);
      const ratio = estimateLongTextTokens(text) / estimateTokens(text);
      expect(ratio).toBeGreaterThan(0.99);
      expect(ratio).toBeLessThan(1.05);
    }
  });
});
