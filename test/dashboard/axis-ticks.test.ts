import { describe, expect, it } from "vitest";
import { edgeLabelPadding, valueAxisSize, wholeNumberTicks } from "../../src/dashboard/axis-ticks.js";

describe("a count axis's ticks", () => {
  it("are whole numbers, each once, even when uPlot would step by a half (two requests drew 0, 1, 1, 2, 2)", () => {
    // The overview's Requests chart after journey 1's two requests: the y scale runs 0..2.2 and uPlot picked 0.5.
    expect(wholeNumberTicks(0, 2.2, 0.5)).toEqual([0, 1, 2]);
    expect(wholeNumberTicks(0, 1.1, 0.2)).toEqual([0, 1]);
  });

  it("keep uPlot's step when it is already whole, and round a fractional one up", () => {
    expect(wholeNumberTicks(0, 550, 100)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(wholeNumberTicks(0, 11, 2.5)).toEqual([0, 3, 6, 9]);
  });

  it("give nothing for an empty or broken scale", () => {
    expect(wholeNumberTicks(1, 0, 1)).toEqual([]);
    expect(wholeNumberTicks(0, Number.NaN, 1)).toEqual([]);
  });
});

describe("a value axis's width", () => {
  const sevenPixelsAChar = (text: string) => text.length * 7;

  it("follows the widest label, so \"$0.000015\" keeps its \"$\" (a fixed 70 px cut it off)", () => {
    expect(valueAxisSize(["$0.00", "$0.000005", "$0.00001", "$0.000015"], sevenPixelsAChar)).toBeGreaterThanOrEqual(9 * 7 + 15);
  });

  it("keeps a minimum for short labels and before uPlot has formatted any", () => {
    expect(valueAxisSize(["0", "1", "2"], sevenPixelsAChar)).toBe(48);
    expect(valueAxisSize(null, sevenPixelsAChar)).toBe(48);
  });
});

describe("a time axis's room beyond the plot's right edge", () => {
  const sevenPxAChar = (text: string) => text.length * 7;
  it("is half its widest label line and a margin, so a label centred on the edge's tick is whole", () => {
    // "7 de dez." (63 px): 32 + 4; a two-line hourly label counts by its wider line.
    expect(edgeLabelPadding(["30 de nov.", "7 de dez."], sevenPxAChar)).toBe(39);
    expect(edgeLabelPadding(["06:00 PM\nDec 5"], sevenPxAChar)).toBe(32);
  });
  it("is never less than uPlot's own 25 px, also before any label is drawn", () => {
    expect(edgeLabelPadding([], sevenPxAChar)).toBe(25);
    expect(edgeLabelPadding(["18:00"], sevenPxAChar)).toBe(25);
  });
});
