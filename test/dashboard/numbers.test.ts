import { afterEach, describe, expect, it, vi } from "vitest";
import { counted, decimal, ms, percent, signedDecimal, signedPercent, usd, usdLeft } from "../../src/dashboard/numbers.js";

// Node's Intl here is en-US: the compact suffix is "K" (en-GB's browser writes the same for plain numbers).

describe("a duration", () => {
  it("reads in ms below 10 s, as before", () => {
    expect(ms(0)).toBe("0 ms");
    expect(ms(850.4)).toBe("850 ms");
    expect(ms(9_999.4)).toBe("9,999 ms");
  });

  it("reads in seconds, minutes and hours above, not as thousands of seconds (an hour and a half read 5400.0 s)", () => {
    expect(ms(9_999.6)).toBe("10.0 s");
    expect(ms(12_345)).toBe("12.3 s");
    expect(ms(324_000)).toBe("5 min 24 s");
    expect(ms(5_400_000)).toBe("1 h 30 min");
    expect(ms(3 * 86_400_000 + 60_000)).toBe("72 h 1 min");
  });

  it("rounds once, in the unit it shows, so no unit ever reads as its next one", () => {
    expect(ms(59_970)).toBe("1 min 0 s");
    expect(ms(3_599_700)).toBe("1 h 0 min");
    expect(ms(3_629_000)).toBe("1 h 0 min");
    expect(ms(3_630_000)).toBe("1 h 1 min");
  });

  it("gives a dash for nothing and a sign for a negative span", () => {
    expect(ms(null)).toBe("—");
    expect(ms(Number.NaN)).toBe("—");
    expect(ms(-12_345)).toBe("-12.3 s");
  });
});

describe("a percentage", () => {
  it("reads as before below 1,000%", () => {
    expect(percent(0.123)).toBe("12.3%");
    expect(percent(9.994)).toBe("999.4%");
    expect(percent(-0.5)).toBe("-50.0%");
    expect(percent(0.456, 0)).toBe("46%");
    expect(percent(Number.POSITIVE_INFINITY)).toBe("—");
  });

  it("is written short from 1,000% up, three significant digits keeping its size (it read 123456.8%)", () => {
    expect(percent(9.9996)).toBe("1K%");
    expect(percent(12.3456)).toBe("1.23K%");
    expect(percent(1234.56789)).toBe("123K%");
    expect(percent(-56.7)).toBe("-5.67K%");
  });

  it("stops at 999K%: past a ten-thousand-fold change the figure tells nothing more, and would only widen its column", () => {
    expect(percent(9_990)).toBe("999K%");
    expect(percent(9_995)).toBe(">999K%");
    expect(percent(1e15)).toBe(">999K%");
    expect(percent(-1e15)).toBe("<-999K%");
  });

  it("writes a figure that rounds to zero without a sign (an experiment's error rate read \"-0.0 pt (-0.0 pt – +0.0 pt)\")", () => {
    expect(percent(-0.000_01)).toBe("0.0%");
    expect(signedPercent(-0.000_01)).toBe("0.0%");
    expect(signedPercent(0.000_01)).toBe("0.0%");
    expect(decimal(-0.000_01, 1)).toBe("0.0");
    expect(decimal(-0.06, 1)).toBe("-0.1");
  });

  it("signs a change, short or capped", () => {
    expect(signedPercent(0.25)).toBe("+25.0%");
    expect(signedPercent(-0.04)).toBe("-4.0%");
    expect(signedPercent(0)).toBe("0.0%");
    expect(signedPercent(45.6)).toBe("+4.56K%");
    expect(signedPercent(1e15)).toBe(">999K%");
  });
});

describe("a count of things", () => {
  it("is singular for one (the overview said \"1 requests\" after a first request) and plural otherwise", () => {
    expect(counted(1, "request")).toBe("1 request");
    expect(counted(0, "request")).toBe("0 requests");
    expect(counted(12_345, "score")).toBe("12,345 scores");
    expect(counted(null, "request")).toBe("— requests");
  });
});

describe("dollars", () => {
  it("keep cents from ten cents up (the spend axis read $2.00, $1.50, $1.00, $0.5) and three significant digits below", () => {
    expect(usd(0.5)).toBe("$0.50");
    expect(usd(0.1)).toBe("$0.10");
    expect(usd(0.12)).toBe("$0.12");
    expect(usd(0.123)).toBe("$0.123");
    expect(usd(0.994)).toBe("$0.994");
    expect(usd(0.05)).toBe("$0.05");
    expect(usd(0.0000403)).toBe("$0.0000403");
    expect(usd(-0.5)).toBe("-$0.50");
    expect(usd(1.5)).toBe("$1.50");
    expect(usd(0)).toBe("$0.00");
  });
});

describe("a negative figure in a language whose minus is not the hyphen (Swedish: U+2212)", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The module loaded afresh with every Intl.NumberFormat made for sv-SE, as a Swedish browser's default would be. */
  async function swedishNumbers(): Promise<typeof import("../../src/dashboard/numbers.js")> {
    const Original = Intl.NumberFormat;
    const swedish = Object.create(Intl) as typeof Intl;
    Object.defineProperty(swedish, "NumberFormat", {
      value: function NumberFormat(_locales?: string | string[], options?: Intl.NumberFormatOptions) {
        return new Original("sv-SE", options);
      },
    });
    vi.stubGlobal("Intl", swedish);
    vi.resetModules();
    return import("../../src/dashboard/numbers.js");
  }

  it("writes a negative duration and the lowest percent cap with the reader's minus sign, as every other figure", async () => {
    // ms() wrote a hard-coded hyphen: "-12,3 s" beside "\u22120,05" from the same page's number formats.
    const { ms, percent, minusSign } = await swedishNumbers();
    expect(minusSign()).toBe("\u2212");
    expect(ms(-12_345)).toBe("\u221212,3 s");
    expect(ms(-850)).toBe("\u2212850 ms");
    expect(percent(-1e15)).toMatch(/^<\u2212\d/);
  });
});

describe("usdLeft", () => {
  it("rounds what is left of a budget down, so a spend never reads as nothing spent", () => {
    // $0.000144 spent of $2.00: rounded to the nearest cent it read "$2.00 left of $2.00".
    expect(usdLeft(2 - 0.000144)).toBe("$1.99");
    expect(usdLeft(4.99474)).toBe("$4.99");
    expect(usdLeft(0.29)).toBe("$0.29");
    expect(usdLeft(0.1239)).toBe("$0.123");
    expect(usdLeft(0.0000999)).toBe("$0.0000999");
    expect(usdLeft(0.099999)).toBe("$0.0999");
    // Whole amounts, nothing left, and no figure read as usd does.
    expect(usdLeft(2)).toBe("$2.00");
    expect(usdLeft(25)).toBe("$25.00");
    expect([usdLeft(0), usdLeft(-0.5), usdLeft(null), usdLeft(Number.NaN)]).toEqual([usd(0), usd(-0.5), usd(null), usd(Number.NaN)]);
  });
});

describe("a signed difference (feedback's, ADR 0091)", () => {
  it("is signed either way, and unsigned when it reads as zero, a tiny or negative zero too", () => {
    expect(signedDecimal(0.125, 3)).toBe("+0.125");
    expect(signedDecimal(-0.125, 3)).toBe("-0.125");
    for (const zero of [0, -0, 0.000_4, -0.000_4, 1e-12, -1e-12]) expect(signedDecimal(zero, 3), String(zero)).toBe("0.000");
    expect(signedDecimal(0.000_5, 3)).toBe("+0.001");
  });

  it("writes no figure for a value no difference can have, as the other formats do ('+∞' and 'NaN' read as figures)", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(signedDecimal(value, 3), String(value)).toBe("—");
  });
});
