/**
 * `featuresJson` must write exactly what `JSON.stringify` writes: generated feature-like objects (the stored shape,
 * runs of repeated values, -0, odd numbers, holes, nested objects, non-plain prototypes, `toJSON`), compared byte for
 * byte, and the real features of real conversations.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRoutingFeatures } from "../learning/routing-features.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { featuresJson } from "./features-json.js";

const number = fc.oneof(
  { arbitrary: fc.constantFrom(0.25, 0.289, 0.5, 1), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 65_535 }), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(-0, 0, 1e21, 1e-7, 2 ** 53, -1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), weight: 1 },
);
const pair = fc.tuple(fc.integer({ min: 0, max: 65_535 }), number).map((p) => [p[0], p[1]] as unknown[]);
const oddRow: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(number, { maxLength: 4 }),
  fc.constant([1, undefined]),
  fc.constant([1, "0.25"]),
  fc.constant([1, null]),
  fc.constant([, 1]),
  fc.constant({ 0: 1, 1: 2 }),
  fc.constant(Object.assign([1, 2], { toJSON: () => "x" })),
  fc.constant(null),
);
const rows = fc.array(fc.oneof({ arbitrary: pair, weight: 12 }, { arbitrary: oddRow, weight: 1 }), { maxLength: 70 });
const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 6 }), weight: 3 },
  { arbitrary: number, weight: 3 },
  { arbitrary: rows, weight: 3 },
  { arbitrary: fc.constantFrom(true, false, null, undefined, "é\u0000\"\\", "\ud800"), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>({ a: 1 }, [], [[]], () => 1, Symbol("s"), new Number(1), new String("s")), weight: 1 },
);
const key = fc.oneof({ arbitrary: fc.constantFrom("v", "task", "task_confidence", "difficulty", "strong_probability", "tokens", "hashed"), weight: 4 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 });
const features = fc.dictionary(key, value, { maxKeys: 9 });

describe("featuresJson", () => {
  it("writes what JSON.stringify writes, for 20,000 generated feature-like objects", () => {
    fc.assert(
      fc.property(features, (object) => {
        expect(featuresJson(object)).toBe(JSON.stringify(object));
      }),
      { numRuns: 20_000 },
    );
  });

  it("writes what JSON.stringify writes for the stored shape (runs of values, every row a pair)", () => {
    const shaped = fc.record({
      v: fc.constant(1),
      task: fc.string(),
      task_confidence: number,
      difficulty: fc.constantFrom("easy", "mid", "hard"),
      strong_probability: number,
      tokens: fc.nat(),
      hashed: fc.array(pair, { maxLength: 64 }),
    });
    fc.assert(
      fc.property(shaped, (object) => {
        expect(featuresJson(object)).toBe(JSON.stringify(object));
      }),
      { numRuns: 5_000 },
    );
  });

  it("hands objects outside the shape to JSON.stringify whole", () => {
    const cases: Record<string, unknown>[] = [
      Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 }),
      { toJSON: () => ({ replaced: true }) },
      { nested: { a: [1, 2] } },
      { hashed: [[1, 2]], skipped: undefined, fn: () => 1 },
      { "1": "integer keys first", b: 2, a: [[0, -0]] },
    ];
    for (const object of cases) expect(featuresJson(object)).toBe(JSON.stringify(object));
    expect(() => featuresJson({ big: 1n })).toThrow(TypeError);
  });

  it("writes the features of real conversations as JSON.stringify does", () => {
    const classifier = createHeuristicClassifier();
    const prompts = ["What is the capital of France? Answer in one word.", "Write a Python function that merges two sorted lists.", "```ts\nconst x = 1;\n```\nWhy does this fail?", "Traduce esto al inglés: buenos días"];
    for (const content of prompts) {
      const messages = [{ role: "user" as const, content }];
      const object = extractRoutingFeatures(messages, classifier.classify(messages));
      expect(featuresJson(object as unknown as Record<string, unknown>)).toBe(JSON.stringify(object));
    }
  });
});
