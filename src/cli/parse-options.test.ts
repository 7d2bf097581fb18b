import { describe, expect, it } from "vitest";
import { parseNonNegative, parseQuality } from "./parse-options.js";

describe("number flags are read as decimal numbers", () => {
  it("refuses an empty value, which Number() reads as 0 (an unset variable made a key's budget $0 or routing's quality 0)", () => {
    expect(() => parseNonNegative("--daily-budget-usd", "")).toThrow('--daily-budget-usd must be a non-negative number (got "")');
    expect(() => parseNonNegative("--daily-budget-usd", "  ")).toThrow(/non-negative number/);
    expect(() => parseQuality("")).toThrow('--quality must be a number from 0 to 1 (got "")');
  });

  it("refuses hexadecimal, binary and octal forms, which Number() reads as other values ($16 for 0x10)", () => {
    for (const value of ["0x10", "0b1", "0o7"]) expect(() => parseNonNegative("--max-price", value), value).toThrow(/non-negative number/);
    expect(() => parseQuality("0x1")).toThrow(/from 0 to 1/);
  });

  it("still reads decimals, exponents and surrounding spaces", () => {
    expect([" 5", "0.50", ".5", "5.", "1e3", "2E-2", "+3"].map((value) => parseNonNegative("--x", value))).toEqual([5, 0.5, 0.5, 5, 1000, 0.02, 3]);
    expect(parseQuality("0.7")).toBe(0.7);
  });
});
