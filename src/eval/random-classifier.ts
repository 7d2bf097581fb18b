/**
 * RouteLLM's `random` baseline as a `ConversationClassifier`: a uniform strong-need probability
 * from a seeded generator, so runs are reproducible.
 * @module
 */
import { DIFFICULTIES, type ConversationClassifier } from "../classifier/classifier.js";
import { DEFAULT_TASK } from "../config/default-config.js";

/** mulberry32: a small, fast, seedable 32-bit generator returning [0, 1). */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A classifier whose strong-need probability is uniform noise: the floor every router must beat. */
export function createRandomClassifier(seed = 0): ConversationClassifier {
  const random = createSeededRandom(seed);
  return {
    name: "random",
    classify() {
      const strongProbability = random();
      const index = Math.min(DIFFICULTIES.length - 1, Math.floor(strongProbability * DIFFICULTIES.length));
      return {
        task: { label: DEFAULT_TASK, confidence: 0 },
        difficulty: { label: DIFFICULTIES[index] ?? "budget", confidence: 0 },
        strongProbability,
      };
    },
  };
}
