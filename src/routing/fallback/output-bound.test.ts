import { describe, expect, it } from "vitest";
import { OutputMeter, outputCharLimit, REPEAT_SHARE } from "./output-bound.js";

const fed = (pieces: string[]): OutputMeter => {
  const meter = new OutputMeter();
  for (const piece of pieces) meter.add(piece);
  return meter;
};

describe("the output bound's meter", () => {
  it("cuts text just past max_tokens × 64 + 16,384 characters, not at them", () => {
    const limit = outputCharLimit(10);
    const text = "ab".repeat(limit / 2);
    expect(fed([text]).exceeds(10)).toBe(false);
    expect(fed([text, "c"]).exceeds(10)).toBe(true);
  });

  it("lets through max_tokens tokens of 128 spaces (a whitespace loop) but still cuts one character repeated without end", () => {
    expect(fed(Array.from({ length: 4_096 }, () => " ".repeat(128))).exceeds(4_096)).toBe(false);
    // The first space counts whole, each after it 1/32: the bound holds 32 times as many repeats, then cuts.
    const endless = " ".repeat(outputCharLimit(50) * REPEAT_SHARE - (REPEAT_SHARE - 1));
    expect(fed([endless]).exceeds(50)).toBe(false);
    expect(fed([endless, " "]).exceeds(50)).toBe(true);
  });

  it("counts a run across pieces as one run", () => {
    const split = fed(Array.from({ length: 1_000 }, () => "="));
    expect(split.exceeds(0)).toBe(false);
    expect(fed(Array.from({ length: 1_000 }, (_, index) => (index % 2 ? "=" : "-"))).exceeds(0)).toBe(false);
    expect(fed(Array.from({ length: 17_000 }, (_, index) => (index % 2 ? "=" : "-"))).exceeds(0)).toBe(true);
  });
});
