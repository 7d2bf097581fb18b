import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import type { ChatMessage } from "../core/types.js";
import { DEFAULT_MIN_RANK_Z, fitAdapter, hashBaseWeights } from "./adapter.js";
import { applyAdapter, parseAdapter } from "./apply-adapter.js";
import { nextRandom } from "./arm-model.js";
import type { OutcomeExample } from "./outcome.js";
import { extractRoutingFeatures, parseRoutingFeatures } from "./routing-features.js";

const classifier = createLearnedClassifier();
const TOPICS = ["prove the theorem about primes", "write a haiku about autumn", "debug this python loop", "translate hello into french", "summarise the article", "solve the integral of x squared"];
/**
 * The topics by the shipped score, lowest first. The deployment's hard topics are the first, fourth and sixth: whether a
 * prompt needs premium is then no function of the shipped score, whatever weights are shipped (a retrain that left
 * the three lowest-scored topics as the hard ones let the shipped score alone predict nearly as well as the adapter).
 */
const BY_SHIPPED_SCORE = [...TOPICS].sort((x, y) => strongOf(x) - strongOf(y));
const HARD = new Set([0, 3, 5].map((i) => BY_SHIPPED_SCORE[i] ?? ""));

function strongOf(topic: string): number {
  return classifier.classify([{ role: "user", content: `${topic} number 3` }]).strongProbability;
}

/** A synthetic deployment that serves budget or premium at random (propensity 0.5): the {@link HARD} topics need premium, which the shipped score does not tell. */
function examples(n: number, seed: number, flipAt = Infinity): OutcomeExample[] {
  let state = seed;
  const out: OutcomeExample[] = [];
  for (let i = 0; i < n; i++) {
    const a = nextRandom(state);
    const b = nextRandom(a.state);
    const c = nextRandom(b.state);
    state = c.state;
    const topic = TOPICS[Math.floor(a.value * TOPICS.length)] ?? "";
    const messages: ChatMessage[] = [{ role: "user", content: `${topic} number ${i % 7}` }];
    // After `flipAt` the deployment's traffic changes: the other topics now need premium.
    const hard = HARD.has(topic) !== i >= flipAt;
    const tier = b.value < 0.5 ? "budget" : "premium";
    const success = tier === "premium" ? 0.95 : hard ? 0.05 : 0.95;
    out.push({ features: extractRoutingFeatures(messages, classifier.classify(messages)), tier, model: tier, reward: c.value < success ? 1 : 0, weight: 1, costUsd: 0, propensity: 0.5 });
  }
  return out;
}

describe("deployment adapter", () => {
  const base = hashBaseWeights("shipped");

  it("is the shipped router exactly without an adapter", () => {
    const messages: ChatMessage[] = [{ role: "user", content: "What is 2 + 2?" }];
    const classification = classifier.classify(messages);
    expect(applyAdapter(undefined, classification, extractRoutingFeatures(messages, classification))).toBe(classification);
  });

  it("refuses with a clear message when there are too few outcomes", () => {
    const result = fitAdapter(examples(50, 1), { seed: 1, base, minOutcomes: 200 });
    expect(result).toEqual({ refused: expect.stringContaining("Only 50 outcomes") as unknown });
    const none = fitAdapter([], { seed: 1, base });
    expect("refused" in none && none.refused).toContain("static router stays");
  });

  it("counts a tier named constructor (a valid tier name) as a number in its refusal, not Object's constructor", () => {
    const onConstructor = examples(12, 5).map((example) => ({ ...example, tier: "constructor" }));
    const result = fitAdapter(onConstructor, { seed: 1, base, minOutcomes: 1, arms: ["budget", "constructor"] });
    expect("refused" in result && result.refused).toContain('({"constructor":12})');
  });

  it("refuses when the outcomes carry no signal beyond the shipped score", () => {
    const noise = examples(600, 2).map((e, i) => ({ ...e, reward: (i * 7919) % 3 === 0 ? 1 : 0 }));
    const result = fitAdapter(noise, { seed: 1, base, minOutcomes: 100 });
    expect("refused" in result && result.refused).toContain("does not beat the static router");
    // It says which check failed and what would help, not just "too little data".
    expect("refused" in result && result.refused).toMatch(/It (predicts outcomes better, but cannot yet show|does not predict outcomes better yet)/);
  });

  it("learns which prompts need the premium tier, deterministically per seed", () => {
    const data = examples(6000, 3);
    const first = fitAdapter(data, { seed: 7, base, minOutcomes: 100 });
    const again = fitAdapter(data, { seed: 7, base, minOutcomes: 100 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    if (!("adapter" in first)) throw new Error(first.refused);
    const adapter = parseAdapter(JSON.parse(JSON.stringify(first.adapter)), base);
    const probability = (text: string): number => {
      const messages: ChatMessage[] = [{ role: "user", content: text }];
      const c = classifier.classify(messages);
      return applyAdapter(adapter, c, extractRoutingFeatures(messages, c)).strongProbability;
    };
    // The hard topic the shipped score reads lowest now needs premium more than the easy topic it reads highest.
    const [lowestHard, highestEasy] = [BY_SHIPPED_SCORE[0] ?? "", BY_SHIPPED_SCORE[4] ?? ""];
    expect(probability(`${lowestHard} number 3`)).toBeGreaterThan(probability(`${highestEasy} number 3`));
    expect(() => parseAdapter(first.adapter, "other")).toThrow(/other base weights/);
    // A damaged number is refused when the file is read, naming the setting, never met per request.
    const damaged = (change: Record<string, unknown>) => () => parseAdapter({ ...JSON.parse(JSON.stringify(first.adapter)), ...change }, base, "experiments.0.variant.weights");
    for (const dim of [4095.5, 2 ** 32, 0, -1, "65536"]) expect(damaged({ dim }), String(dim)).toThrow(/experiments\.0\.variant\.weights.*dim must be a whole number/);
    for (const table of [[], [1, 0], [0, "x"], [0, Number.NaN]]) expect(damaged({ gain_quantiles: table }), JSON.stringify(table)).toThrow(/non-decreasing lists/);
    expect(damaged({ difficulty_cuts: ["a", 0.5, 0.7] })).toThrow(/difficulty_cuts must be three numbers/);
    // A file that would make the router allocate gigabytes at its first request is refused when it is read.
    const manyArms = Array.from({ length: 40 }, (_, i) => `tier${i}`);
    expect(damaged({ dim: 1 << 24, arms: manyArms, models: Object.fromEntries(manyArms.map((arm) => [arm, []])) })).toThrow(/dim × \(arms \+ 1\) must be at most 16777216 weights/);
    expect(damaged({ arms: ["budget", "budget"] })).toThrow(/arms must be distinct/);
  });

  it("validates forward-chained folds: each block predicted by models fitted on older outcomes only", () => {
    const data = examples(2000, 4);
    const result = fitAdapter(data, { seed: 3, base, minOutcomes: 100, holdoutShare: 0.5, folds: 5 });
    if (!("adapter" in result)) throw new Error(result.refused);
    expect(result.adapter.validation).toMatchObject({ holdout: 1000, folds: 5 });
    expect(result.adapter.validation.rank_z).toBeGreaterThanOrEqual(2);
    // Outcomes without signal: pooled over the folds, the gate still refuses.
    const noise = data.map((e, i) => ({ ...e, reward: (i * 7919) % 3 === 0 ? 1 : 0 }));
    const refused = fitAdapter(noise, { seed: 3, base, minOutcomes: 100, holdoutShare: 0.5, folds: 5 });
    expect("refused" in refused && refused.refused).toContain("does not beat the static router");
  });

  it("refuses a harmful adapter: what older outcomes taught ranks the newest ones worse than the shipped score", () => {
    // The first 1,500 outcomes teach "the hard topics need premium"; then the opposite holds. Fitted on
    // everything, the model mostly carries the old lesson; the forward-chained blocks show its ranking losing.
    const data = examples(2400, 5, 1500);
    const result = fitAdapter(data, { seed: 1, base, minOutcomes: 100 });
    expect("refused" in result && result.refused).toContain("does not beat the static router");
    const before = fitAdapter(data.slice(0, 1500), { seed: 1, base, minOutcomes: 100 });
    if (!("adapter" in before)) throw new Error(before.refused);
    expect(before.adapter.validation.rank_z).toBeGreaterThan(DEFAULT_MIN_RANK_Z);
  });

  it("stores features without raw text and reads them back", () => {
    const messages: ChatMessage[] = [{ role: "user", content: "Please summarise the quarterly report for Acme Corp" }];
    const features = extractRoutingFeatures(messages, classifier.classify(messages));
    const json = JSON.stringify(features);
    expect(json).not.toMatch(/acme|quarterly|summarise/i);
    expect(features.hashed.length).toBeLessThanOrEqual(64);
    expect(parseRoutingFeatures(json)).toEqual(features);
    expect(parseRoutingFeatures({ v: 99 })).toBeUndefined();
  });
});
