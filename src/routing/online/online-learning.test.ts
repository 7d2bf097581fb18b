import { describe, expect, it } from "vitest";
import type { ConversationClassification } from "../../classifier/classifier.js";
import type { AdapterTierInput } from "../adapter/routing-adapter.js";
import { createMemoryOutcomeFeed } from "./outcome-feed.js";
import { createOnlineLearning } from "./online-learning.js";

const ARMS = ["budget", "mid", "standard", "premium"];
const classification: ConversationClassification = { task: { label: "chat", confidence: 1 }, difficulty: { label: "mid", confidence: 1 }, strongProbability: 0.4 };
const input: AdapterTierInput = { features: {}, task: "chat", difficulty: "mid", strongProbability: 0.4, quality: 0.5, taskTier: "budget", classification, tier: "mid", tiers: ["free", ...ARMS] };

describe("online mode", () => {
  it("explores other tiers, never above the configured share, and says so per decision", () => {
    const online = createOnlineLearning({ arms: ARMS, settings: { maxExploreShare: 0.05, minOutcomes: 200, seed: 3 }, feed: createMemoryOutcomeFeed(), baseHash: "x" });
    const choices = Array.from({ length: 2000 }, () => online.adapter.chooseTier(input));
    const explored = choices.filter((choice) => choice?.explored);
    expect(explored.length).toBeGreaterThan(0);
    expect(explored.length).toBeLessThanOrEqual(100);
    expect(explored.every((choice) => choice?.tier !== "mid")).toBe(true);
    expect(choices.filter((choice) => !choice?.explored).every((choice) => choice?.tier === "mid")).toBe(true);
    expect(online.stats()).toMatchObject({ decisions: 2000, explored: explored.length, adapterActive: false });
    expect(online.adapter.id).toBe("online(shipped)");
  });

  it("keeps the greedy tier of its base router", () => {
    const online = createOnlineLearning({ arms: ARMS, settings: { maxExploreShare: 0, minOutcomes: 200, seed: 3 }, feed: createMemoryOutcomeFeed(), baseHash: "x" });
    online.setBase({ id: "adapter-1", chooseTier: () => ({ tier: "premium", reason: "" }) });
    expect(online.adapter.chooseTier(input)).toMatchObject({ tier: "premium", explored: false });
    expect(online.adapter.id).toBe("online(adapter-1)");
  });
});

describe("online mode's feed entries", () => {
  it("skips an entry whose tier is an inherited property name (constructor, __proto__) and keeps the rest of the batch", async () => {
    const features = { v: 1, task: "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.4, tokens: 12, hashed: [[3, 1]] };
    const entry = (tier: string): unknown => ({ features, tier, model: "m", reward: 1, weight: 1, costUsd: 0.001 });
    const feed = { publish: async () => {}, pull: async () => [entry("budget"), entry("constructor"), entry("__proto__"), entry("toString"), entry("mid")] };
    const online = createOnlineLearning({ arms: ARMS, settings: { maxExploreShare: 0, minOutcomes: 200, seed: 3 }, feed, baseHash: "x" });
    await online.sync();
    expect(online.stats().outcomes).toBe(2);
    expect(({} as Record<string, unknown>).w).toBeUndefined();
  });
});

describe("online mode, a decision's feedback posted again", () => {
  const features = { v: 1, task: "chat", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.4, tokens: 12, hashed: [[3, 1]] };
  const feedback = (decisionId: string, reward: number): unknown => ({ features, tier: "mid", model: "m", reward, weight: 1, costUsd: 0.001, source: { decisionId, signal: "feedback" } });

  it("learns a repeated score once, and a changed score as a correction of the first, not a second outcome", async () => {
    const entries = [feedback("dec_1", 0), feedback("dec_1", 0), feedback("dec_2", 1), feedback("dec_1", 1), feedback("dec_1", 1)];
    const online = createOnlineLearning({ arms: ARMS, settings: { maxExploreShare: 0, minOutcomes: 200, seed: 3 }, feed: { publish: async () => {}, pull: async () => entries.splice(0) }, baseHash: "x" });
    await online.sync();
    expect(online.stats()).toMatchObject({ outcomes: 2, corrected: 1 });
  });
});
