import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_RANK_Z } from "./adapter.js";
import { nextRandom } from "./arm-model.js";
import { rankingCheckOf, rankingTerms, type RankedOutcome } from "./ranking-gate.js";

/**
 * A logged deployment as the gate sees it: the shipped score `shipped` sends the top half up, 5% of decisions
 * explore the other arm, and only the served arm's 0/1 outcome is revealed. `trueGain(i)` is how much the top arm
 * really adds on prompt i; `believed(i)` is the adapter's predicted gain (its ranking is by this value).
 */
function logged(n: number, seed: number, trueGain: (shipped: number, hidden: number) => number, believed: (shipped: number, hidden: number) => number): RankedOutcome[] {
  let state = seed;
  const draw = (): number => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
  return Array.from({ length: n }, () => {
    const shipped = draw();
    const hidden = draw();
    const explore = draw() < 0.05;
    const top = shipped >= 0.5 !== explore;
    const bottomRate = 0.4;
    const reward = draw() < bottomRate + (top ? trueGain(shipped, hidden) : 0) ? 1 : 0;
    const gain = believed(shipped, hidden);
    return { shipped, arm: top ? "top" : "bottom", reward, weight: 1, propensity: explore ? 0.05 : 0.95, bottom: bottomRate, top: bottomRate + gain };
  });
}

describe("ranking check (doubly robust, one-sided at DEFAULT_MIN_RANK_Z)", () => {
  it("refuses a confident adapter whose ranking is really worse than the shipped one", () => {
    // The shipped score knows which prompts gain; the adapter believes in something unrelated.
    const check = rankingCheckOf(logged(3000, 1, (s) => 0.5 * s, (_, h) => 0.5 * h));
    expect(check.difference).toBeLessThan(0);
    expect(check.z).toBeLessThan(0);
  });

  it("accepts an adapter that knows what the shipped score does not", () => {
    const check = rankingCheckOf(logged(3000, 2, (_, h) => 0.5 * h, (_, h) => 0.5 * h));
    expect(check.z).toBeGreaterThan(DEFAULT_MIN_RANK_Z);
  });

  it("rarely passes an adapter that is only confident: its self-graded part is corrected by the outcomes", () => {
    // Neither ranking is informative (every prompt gains 0.2), but the adapter believes its own ranking.
    let passed = 0;
    const runs = 200;
    for (let seed = 0; seed < runs; seed++) {
      if (rankingCheckOf(logged(600, 1000 + seed, () => 0.2, (_, h) => 0.6 * h - 0.1)).z >= DEFAULT_MIN_RANK_Z) passed++;
    }
    // One-sided z ≥ 1.5 is about 7% under the null; allow sampling noise, fail if the check is biased upward.
    expect(passed / runs).toBeLessThan(0.13);
  });

  it("leaves out outcomes served by a middle tier: there the model would only grade its own ranking", () => {
    // On a three-tier ladder a middle-tier outcome corrects neither end; with it, a confident adapter passes on
    // its own say-so (the predicted part, Σ gain × (adapted − shipped percentile), is never negative).
    const ladder = logged(3000, 4, () => 0.2, (_, h) => 0.6 * h - 0.1).map((o, i): RankedOutcome => (i % 3 === 0 ? o : { ...o, arm: "other" }));
    expect(rankingTerms(ladder)).toHaveLength(1000);
    const selfGraded = ladder.map((o) => ({ ...o, arm: "other" as const }));
    expect(rankingTerms(selfGraded)).toHaveLength(0);
    expect(rankingCheckOf(selfGraded).z).toBe(0);
  });
});
