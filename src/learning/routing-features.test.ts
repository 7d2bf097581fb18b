import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import { extractStrongFeatures } from "../classifier/learned/features.js";
import type { ChatMessage } from "../core/types.js";
import { extractRoutingFeatures, MAX_HASHED_FEATURES, parseRoutingFeatures, ROUTING_FEATURE_BITS } from "./routing-features.js";

const classifier = createLearnedClassifier();

/** The definition: per-slot sums, a stable sort by sum (first occurrence first among equals), the first 64. */
function referenceTop(messages: readonly ChatMessage[]): [number, number][] {
  const { indices, values } = extractStrongFeatures(messages, ROUTING_FEATURE_BITS);
  const sums = new Map<number, number>();
  indices.forEach((slot, i) => sums.set(slot, (sums.get(slot) ?? 0) + (values[i] ?? 0)));
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_HASHED_FEATURES)
    .map(([slot, sum]) => [slot, Number(sum.toFixed(3))]);
}

const words = fc.constantFrom("the", "invoice", "total", "prove", "that", "sum", "of", "two", "primes", "résumé", "合同", "für", "x", "7", "?", "\n", "```");

describe("routing features", () => {
  it("keep the 64 heaviest slots, ties by first occurrence, whatever the number of distinct slots", () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 400 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 80 }), (common, rare) => {
        const messages: ChatMessage[] = [{ role: "user", content: [...common, ...rare].join(" ") }];
        const features = extractRoutingFeatures(messages, classifier.classify(messages));
        expect(features.hashed).toEqual(referenceTop(messages));
      }),
      { numRuns: 150 },
    );
  });

  it("take the engine's token estimate when given, and count it themselves otherwise", () => {
    const messages: ChatMessage[] = [{ role: "user", content: "Summarize this memo in two lines." }];
    const classification = classifier.classify(messages);
    expect(extractRoutingFeatures(messages, classification, 1234).tokens).toBe(1234);
    expect(extractRoutingFeatures(messages, classification).tokens).toBeGreaterThan(0);
  });
});

describe("routing features, version 2 (the classifier's signals)", () => {
  const messages: ChatMessage[] = [{ role: "user", content: "Prove that the sum of two odd primes is even, step by step." }];

  it("store the learned classifier's task posterior and strong-need parts, and no text", () => {
    const features = extractRoutingFeatures(messages, classifier.classify(messages));
    expect(features.v).toBe(2);
    const signals = features.signals;
    if (!signals) throw new Error("no signals");
    const total = Object.values(signals.posterior).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0.9);
    expect(total).toBeLessThan(1.01);
    expect(Object.values(signals.posterior).every((p) => p >= 0.01)).toBe(true);
    // The tokenizer's count (punctuation included): twice the turn, twice the words.
    const twice: ChatMessage[] = [{ role: "user", content: `${String(messages[0]?.content)} ${String(messages[0]?.content)}` }];
    expect(extractRoutingFeatures(twice, classifier.classify(twice)).signals?.words).toBe(2 * signals.words);
    expect(signals.prior).toBeGreaterThan(0);
    const text = JSON.stringify(features);
    for (const word of ["prove", "primes", "odd", "step"]) expect(text).not.toContain(word);
  });

  it("are version 1, as before, for a classifier that computes no signals", () => {
    const { signals: _dropped, ...plain } = classifier.classify(messages);
    const features = extractRoutingFeatures(messages, plain);
    expect(features.v).toBe(1);
    expect(features.signals).toBeUndefined();
  });

  it("parse version 1 records unchanged and version 2 records with their signals", () => {
    const v1 = { v: 1, task: "math", task_confidence: 0.9, difficulty: "mid", strong_probability: 0.4, tokens: 12, hashed: [[7, 0.5]] };
    expect(parseRoutingFeatures(v1)).toEqual(v1);
    const v2 = extractRoutingFeatures(messages, classifier.classify(messages));
    expect(parseRoutingFeatures(JSON.stringify(v2))).toEqual(v2);
    // A damaged `signals` object is dropped: the record still trains, as version 1.
    const damaged = parseRoutingFeatures({ ...v2, signals: { posterior: {}, head_logit: "x" } });
    expect(damaged?.v).toBe(1);
    expect(damaged?.signals).toBeUndefined();
    expect(parseRoutingFeatures({ ...v1, v: 3 })).toBeUndefined();
  });
});
