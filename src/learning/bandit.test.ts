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

  it("scales one decision's exploration by its intensity, records that probability, and still holds the cap", () => {
    const two: BanditConfig = { arms: ["weak", "strong"], maxExploreShare: 0.05 };
    const state = createBanditState(two, 3);
    const seen = new Map<number, { n: number; explored: number }>();
    let explored = 0;
    for (let i = 1; i <= 20000; i++) {
      const intensity = [0.2, 1, 3, 8][i % 4] as number;
      const blocked = state.explored + 1 > 0.05 * (state.decisions + 1);
      const choice = chooseArm(state, two, "weak", intensity);
      const probability = blocked ? 0 : Math.min(0.25, 0.05 * intensity);
      expect(choice.propensity).toBeCloseTo(choice.explored ? probability : 1 - probability);
      if (choice.explored) explored++;
      expect(explored).toBeLessThanOrEqual(0.05 * i);
      const tally = seen.get(intensity) ?? { n: 0, explored: 0 };
      if (!blocked) seen.set(intensity, { n: tally.n + 1, explored: tally.explored + (choice.explored ? 1 : 0) });
    }
    // Where the cap did not bind, each intensity explored at its own recorded probability.
    for (const [intensity, t] of seen) expect(t.explored / t.n).toBeCloseTo(Math.min(0.25, 0.05 * intensity), 1);
    expect((seen.get(8)?.explored ?? 0) / (seen.get(8)?.n ?? 1)).toBeGreaterThan(0.2);
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
