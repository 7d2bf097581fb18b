/**
 * The text of a small, valid deployment adapter over the shipped weights (`src/learning/adapter.ts`'s format), for tests
 * that need a router file to shadow, promote or name: trained on 400 outcomes over two arms, seeded so two adapters
 * can differ in content (and so in id).
 * @module
 */
import { shippedBaseHash } from "../../src/routing/adapter/load-router-learning.js";

/** One adapter file's text; `common` replaces the shared weights (a larger adapter, for tests that time a write). */
export async function minimalAdapterText({ seed = 1, common = [[1, 0.2]] }: { seed?: number; common?: number[][] } = {}): Promise<string> {
  return JSON.stringify({
    format: "switchyard-adapter-v1",
    base_hash: await shippedBaseHash(),
    seed,
    arms: ["budget", "premium"],
    dim: 4096,
    common,
    models: { budget: [], premium: [[1, 0.5]] },
    gain_quantiles: [0, 0.5, 1],
    static_quantiles: [0, 0.5, 1],
    difficulty_cuts: [0.25, 0.5, 0.75],
    trained_on: { outcomes: 400, per_arm: { budget: 200, premium: 200 } },
  });
}
