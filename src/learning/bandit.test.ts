import { describe, expect, it } from "vitest";
import { banditAdapter, chooseArm, createBanditState, gateZ, updateBandit, type BanditConfig } from "./bandit.js";
import type { RoutingFeatures } from "./routing-features.js";

const config: BanditConfig = { arms: ["budget", "standard", "premium"], maxExploreShare: 0.05, minOutcomes: 50 };

function features(hard: boolean): RoutingFeatures {
  return { v: 1, task: hard ? "math" : "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.5, tokens: 40, hashed: [[hard ? 11 : 12, 0.5]] };
}

describe("online bandit", () => {
  it("never explores more than the cap, at any point of the stream, and records each exploration", () => {
    const state = createBanditState(config, 7);
    let explored = 0;
    for (let i = 1; i <= 5000; i++) {
      const choice = chooseArm(state, config, "standard");
      if (choice.explored) {
        explored++;
        expect(choice.arm).not.toBe("standard");
        expect(choice.propensity).toBeCloseTo(0.025);
      } else {
        expect(choice.arm).toBe("standard");
        // A decision the cap kept from exploring had no chance to: its propensity is 1, not 0.95.
        const blocked = state.explored + 1 > 0.05 * state.decisions;
        expect(choice.propensity).toBeCloseTo(blocked ? 1 : 0.95);
      }
      expect(explored).toBeLessThanOrEqual(0.05 * i);
    }
    expect(state.explored).toBe(explored);
    expect(explored / 5000).toBeGreaterThan(0.03);
    const none = createBanditState({ ...config, maxExploreShare: 0 }, 7);
    for (let i = 0; i < 500; i++) expect(chooseArm(none, { ...config, maxExploreShare: 0 }, "budget").explored).toBe(false);
  });

  it("is deterministic per seed and its state survives JSON (for Redis)", () => {
    const run = (seed: number): string => {
      const state = createBanditState(config, seed);
      for (let i = 0; i < 300; i++) {
        const hard = i % 3 === 0;
        const { arm } = chooseArm(state, config, hard ? "premium" : "budget");
        updateBandit(state, config, { features: features(hard), tier: arm, model: arm, reward: hard && arm === "budget" ? 0 : 1, weight: 1, costUsd: 0 });
      }
      return JSON.stringify(JSON.parse(JSON.stringify(state)));
    };
    expect(run(5)).toBe(run(5));
    expect(run(5)).not.toBe(run(6));
  });

  it("hands out an adapter only once its predictions beat the shipped score", () => {
    const state = createBanditState(config, 1);
    expect(banditAdapter(state, config, "base")).toBeUndefined();
    for (let i = 0; i < 600; i++) {
      const hard = i % 2 === 0;
      const arm = config.arms[i % 3] as string;
      updateBandit(state, config, { features: features(hard), tier: arm, model: arm, reward: hard && arm !== "premium" ? 0 : 1, weight: 1, costUsd: 0 });
    }
    expect(gateZ(state)).toBeGreaterThan(2);
    const adapter = banditAdapter(state, config, "base");
    expect(adapter?.arms).toEqual(config.arms);
  });
});
