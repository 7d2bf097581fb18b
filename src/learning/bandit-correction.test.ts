import { describe, expect, it } from "vitest";
import { mapFeatures, predictArm, predictShared } from "./arm-model.js";
import { correctBandit, createBanditState, updateBandit, type BanditConfig, type BanditState } from "./bandit.js";
import type { OutcomeExample } from "./outcome.js";
import type { RoutingFeatures } from "./routing-features.js";

const config: BanditConfig = { arms: ["budget", "standard", "premium"], maxExploreShare: 0.05, minOutcomes: 50 };

function features(slot: number, strongProbability: number): RoutingFeatures {
  return { v: 1, task: slot % 2 ? "math" : "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: strongProbability, tokens: 40, hashed: [[slot, 0.5]] };
}

/** The same background traffic for every state compared. */
function trained(): BanditState {
  const state = createBanditState(config, 1);
  for (let i = 0; i < 300; i++) {
    const tier = config.arms[i % 3] ?? "budget";
    updateBandit(state, config, { features: features(i % 17, (i % 10) / 10), tier, model: "m", reward: (i * 7) % 5 > 1 ? 1 : 0, weight: 1, costUsd: 0 });
  }
  return state;
}

const corrected: OutcomeExample = { features: features(5, 0.3), tier: "standard", model: "m", reward: 0, weight: 1, costUsd: 0 };
const x = mapFeatures(corrected.features, createBanditState(config, 1).dim);
const predicted = (state: BanditState): number => predictShared(state.common, state.models.standard ?? { w: [], g2: [] }, x);
const baseline = (state: BanditState): number => predictArm(state.baseline.standard ?? { w: [], g2: [] }, { slots: x.slots.slice(0, 2), values: x.values.slice(0, 2) });

describe("online bandit, a corrected score", () => {
  it("ends near learning the latest score only (as train --from-log reads it), far from keeping the first", () => {
    const latestOnly = updateBandit(trained(), config, { ...corrected, reward: 1 });
    const firstOnly = updateBandit(trained(), config, corrected);
    const replaced = correctBandit(updateBandit(trained(), config, corrected), config, { ...corrected, reward: 1 }, 0);
    expect(Math.abs(predicted(replaced) - predicted(latestOnly))).toBeLessThan(0.25 * Math.abs(predicted(firstOnly) - predicted(latestOnly)));
    expect(Math.abs(baseline(replaced) - baseline(latestOnly))).toBeLessThan(0.25 * Math.abs(baseline(firstOnly) - baseline(latestOnly)));
    // A correction is not another outcome: the gate and the counts saw one.
    expect(replaced.outcomes).toBe(latestOnly.outcomes);
    expect(replaced.gate.n).toBe(latestOnly.gate.n);
  });

  it("moves nothing when a client flips its score back and forth: the flips cancel", () => {
    const once = correctBandit(updateBandit(trained(), config, corrected), config, { ...corrected, reward: 1 }, 0);
    const flipped = updateBandit(trained(), config, corrected);
    for (let i = 0; i < 500; i++) {
      correctBandit(flipped, config, { ...corrected, reward: 1 }, 0);
      correctBandit(flipped, config, corrected, 1);
    }
    correctBandit(flipped, config, { ...corrected, reward: 1 }, 0);
    expect(predicted(flipped)).toBeCloseTo(predicted(once), 9);
    expect(flipped.common.g2).toEqual(once.common.g2);
  });
});
