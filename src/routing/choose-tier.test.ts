import { describe, expect, it } from "vitest";
import { chooseAutoTier } from "./choose-tier.js";

describe("chooseAutoTier", () => {
  it("keeps the seed's rule on the difficulty ladder: difficulty, lifted by a task two steps above it", () => {
    expect(chooseAutoTier({ difficulty: "budget", taskTier: "budget", task: "chat", quality: 0.5 }).tier).toBe("budget");
    expect(chooseAutoTier({ difficulty: "budget", taskTier: "premium", task: "math", quality: 0.5 }).tier).toBe("standard");
    expect(chooseAutoTier({ difficulty: "mid", taskTier: "standard", task: "code_generation", quality: 0.5 }).tier).toBe("mid");
  });

  it("sends a task mapped to a tier of the config's own to that tier, whatever the difficulty", () => {
    const choice = chooseAutoTier({ difficulty: "premium", taskTier: "cheapo", task: "chat", quality: 0.9 });
    expect(choice.tier).toBe("cheapo");
    expect(choice.reason).toMatch(/chat tasks go to the cheapo tier \(this config's own/);
  });
});
