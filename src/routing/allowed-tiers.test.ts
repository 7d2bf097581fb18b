import { describe, expect, it } from "vitest";
import { mayUseTier, nearestAllowedTier } from "./allowed-tiers.js";

const LADDER = ["free", "budget", "mid", "standard", "premium"];

describe("a routed request under a key's allowed tiers", () => {
  it("keeps an allowed tier, and any tier when the key has no limit or the caller named it", () => {
    expect(nearestAllowedTier(LADDER, "mid", "auto", ["mid", "premium"])).toBe("mid");
    expect(nearestAllowedTier(LADDER, "premium", "auto", null)).toBe("premium");
    expect(nearestAllowedTier(LADDER, "premium", "tier", ["budget"])).toBe("premium");
    expect(nearestAllowedTier(LADDER, "premium", "explicit", ["budget"])).toBe("premium");
  });

  it("moves to the nearest allowed tier, the dearer one on a tie", () => {
    expect(nearestAllowedTier(LADDER, "standard", "auto", ["budget"])).toBe("budget");
    expect(nearestAllowedTier(LADDER, "free", "task", ["standard", "premium"])).toBe("standard");
    expect(nearestAllowedTier(LADDER, "mid", "auto", ["budget", "standard"])).toBe("standard");
  });

  it("never escalates out of the key's tiers", () => {
    expect(mayUseTier("premium", ["budget", "mid"])).toBe(false);
    expect(mayUseTier("mid", ["budget", "mid"])).toBe(true);
    expect(mayUseTier("premium", null)).toBe(true);
  });
});
