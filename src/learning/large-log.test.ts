/**
 * `train --from-log` on a large log: 300,000 outcomes read from the decision log died after minutes with "Maximum
 * call stack size exceeded" (a spread passes each value as a function argument). These run the same code on
 * arrays past that size.
 */
import { describe, expect, it } from "vitest";
import { difficultyCuts, fitAdapter } from "./adapter.js";
import { validate } from "./adapter-validation.js";
import { DEFAULT_ARM_TRAINING, mapFeatures } from "./arm-model.js";
import type { OutcomeExample } from "./outcome.js";
import type { RoutingFeatures } from "./routing-features.js";

const LARGE = 400_000;
const DIFFICULTY = ["budget", "mid", "standard", "premium"] as const;
const features = (i: number): RoutingFeatures => ({ v: 1, task: "chat", task_confidence: 1, difficulty: DIFFICULTY[i % 4] ?? "mid", strong_probability: ((i * 7919) % 1000) / 1000, tokens: 10, hashed: [] });

describe("a large log", () => {
  it("gives the difficulty cut points of 400,000 outcomes", () => {
    const all = Array.from({ length: LARGE }, (_, i) => features(i));
    const lowest = (level: number): number => Math.min(...all.slice(0, 4000).filter((f) => DIFFICULTY.indexOf(f.difficulty) >= level).map((f) => f.strong_probability));
    expect(difficultyCuts(all)).toEqual([lowest(1), lowest(2), lowest(3)]);
  });

  it("validates a block of 400,000 outcomes", () => {
    const examples: OutcomeExample[] = Array.from({ length: LARGE }, (_, i) => ({ features: features(i), tier: i % 2 ? "premium" : "budget", model: "m", reward: i % 3 ? 1 : 0, weight: 1, costUsd: 0 }));
    const mapped = examples.map((example) => mapFeatures(example.features, 64));
    const validation = validate(examples, mapped, ["budget", "premium"], { holdoutShare: 0.99, folds: 1, minTrain: 0 }, { seed: 1, epochs: 1, dim: 64, training: DEFAULT_ARM_TRAINING });
    expect(validation.holdout).toBeGreaterThan(390_000);
  });

  it("tells each step of a fit, since a large log takes minutes", () => {
    const examples: OutcomeExample[] = Array.from({ length: 400 }, (_, i) => ({ features: features(i), tier: i % 2 ? "premium" : "budget", model: "m", reward: i % 3 ? 1 : 0, weight: 1, costUsd: 0 }));
    const messages: string[] = [];
    fitAdapter(examples, { seed: 1, base: "x", onProgress: (message) => messages.push(message) });
    expect(messages[0]).toBe("validating: block 1/8, outcomes 201–225 predicted by a fit on the 200 before them");
    expect(messages.filter((message) => message.startsWith("validating: block "))).toHaveLength(8);
  });
});
