import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import { extractStrongFeatures } from "../classifier/learned/features.js";
import type { ChatMessage } from "../core/types.js";
import { extractRoutingFeatures, MAX_HASHED_FEATURES, ROUTING_FEATURE_BITS } from "./routing-features.js";

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
