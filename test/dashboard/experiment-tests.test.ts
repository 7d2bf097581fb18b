/**
 * The experiment report's sentence of what it tests (`experimentTests`). A share is written as a whole percent in the
 * experiments list, but in a sentence "0% of requests go to the variant" for a 0.1% canary said none did.
 */
import { describe, expect, it } from "vitest";
import { experimentTests, shareText } from "../../src/dashboard/experiment-tests.js";

const config = (share: number) => ({ name: "canary", match: { task: "chat" }, share, variant: { weights: "./cand.json" }, enabled: true });

describe("experimentTests", () => {
  it("writes the configured share, never rounded to none or to all", () => {
    expect(experimentTests(config(0.001))).toBe("0.1% of chat requests go to the variant: the candidate router ./cand.json. The rest is the control, routed as usual.");
    expect(experimentTests(config(0.125))).toMatch(/^12\.5% of chat requests/);
    expect(experimentTests(config(0.999))).toMatch(/^99\.9% of chat requests/);
    expect(experimentTests(config(0.5))).toMatch(/^50% of chat requests/);
    expect(experimentTests(config(0))).toMatch(/^0% of chat requests/);
  });

  it("never writes a share above none as '0.00%', nor one below all as '100.00%' (shareText, which the list uses too)", () => {
    expect(shareText(0.000_01)).toBe("0.001%");
    expect(shareText(0.999_99)).toBe("99.999%");
    expect(shareText(1e-7)).toBe("0.00001%");
    expect(shareText(0.333_333_3)).toBe("33.33%");
    expect(shareText(1)).toBe("100%");
    expect(shareText(0)).toBe("0%");
  });
});
