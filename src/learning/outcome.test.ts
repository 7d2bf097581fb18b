import { describe, expect, it } from "vitest";
import { mapFeatures } from "./arm-model.js";
import { parseOutcomeExample, type OutcomeExample } from "./outcome.js";

const valid: OutcomeExample = {
  features: { v: 1, task: "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.4, tokens: 12, hashed: [[3, 1]] },
  tier: "budget",
  model: "m",
  reward: 1,
  weight: 1,
  costUsd: 0.001,
  propensity: 0.95,
  source: { decisionId: "dec_1", signal: "feedback" },
};

describe("parseOutcomeExample (online mode's shared feed)", () => {
  it("reads back what was published", () => {
    expect(parseOutcomeExample(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it("refuses what the learner cannot use", () => {
    const broken: unknown[] = [
      "not json",
      null,
      { tier: "budget" },
      { ...valid, reward: 7 },
      { ...valid, reward: "1" },
      { ...valid, weight: 0 },
      { ...valid, propensity: 0 },
      { ...valid, tier: 3 },
      { ...valid, features: { ...valid.features, strong_probability: "x" } },
      { ...valid, features: { ...valid.features, v: 2 } },
    ];
    for (const entry of broken) expect(parseOutcomeExample(entry), JSON.stringify(entry)).toBeUndefined();
  });

  it("drops a source that is not a decision and a signal", () => {
    expect(parseOutcomeExample({ ...valid, source: { decisionId: 5, signal: "feedback" } })?.source).toBeUndefined();
    expect(parseOutcomeExample({ ...valid, source: { decisionId: "dec_1", signal: "vibes" } })?.source).toBeUndefined();
  });

  it("reads a token count past what a number holds (1e999 in the feed's JSON is Infinity) as none, so the model's inputs stay finite", () => {
    const entry: unknown = JSON.parse(JSON.stringify(valid).replace('"tokens":12', '"tokens":1e999'));
    const example = parseOutcomeExample(entry);
    expect(example?.features.tokens).toBe(0);
    expect(mapFeatures(example?.features ?? valid.features).values.every(Number.isFinite)).toBe(true);
  });

  it("reads a negative token count as none, so the model's inputs stay finite", () => {
    const example = parseOutcomeExample({ ...valid, features: { ...valid.features, tokens: -5 } });
    expect(example?.features.tokens).toBe(0);
    expect(mapFeatures(example?.features ?? valid.features).values.every(Number.isFinite)).toBe(true);
  });
});
