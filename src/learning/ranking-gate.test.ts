import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_RANK_Z } from "./adapter.js";
import { seededDraws } from "./arm-model.js";
import { meanZ, rankingCheckOf, rankingTerms, rankPercentiles, type RankedOutcome } from "./ranking-gate.js";

/**
 * A logged deployment as the gate sees it: the shipped score `shipped` sends the top half up, 5% of decisions
 * explore the other arm, and only the served arm's 0/1 outcome is revealed. `trueGain(i)` is how much the top arm
 * really adds on prompt i; `believed(i)` is the adapter's predicted gain (its ranking is by this value).
 */
function logged(n: number, seed: number, trueGain: (shipped: number, hidden: number) => number, believed: (shipped: number, hidden: number) => number): RankedOutcome[] {
  const draw = seededDraws(seed);
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

/**
 * The same deployment logged by one of three policies, ε-greedy at 5% with the served arm's probability recorded:
 * the shipped score, the candidate's own ranking, or a predecessor's (the candidate's belief plus noise). The
 * candidate believes in the true gain, so it is truly better than the shipped ranking by a margin the population
 * gives exactly (`truth`: Σ true gain × (adapted − shipped percentile) / n, every arm's outcome known).
 */
type Logger = "static" | "candidate" | "predecessor";
/** How the 5% exploration budget is spent: the same probability everywhere, or scaled by disagreement. */
type Exploration = "uniform" | "disagreement";
function loggedBy(policy: Logger, n: number, seed: number, exploration: Exploration = "uniform"): { outcomes: RankedOutcome[]; truth: number; explored: number } {
  const draw = seededDraws(seed);
  const bottomRate = 0.4;
  const rows = Array.from({ length: n }, () => ({ shipped: draw(), hidden: draw(), noise: draw(), e: draw(), u: draw() }));
  const gain = rows.map((r) => 0.45 * r.hidden + 0.1 * r.shipped);
  const adapted = rankPercentiles(gain);
  const shipped = rankPercentiles(rows.map((r) => r.shipped));
  // `disagreement` (the eighth pass, not shipped): probability ∝ 0.1 + |candidate − shipped percentile|, mean 5%.
  const distance = adapted.map((a, i) => 0.1 + Math.abs(a - (shipped[i] ?? 0)));
  const meanDistance = distance.reduce((a, b) => a + b, 0) / n;
  const probability = distance.map((d) => (exploration === "uniform" ? 0.05 : Math.min(0.25, (0.05 * d) / meanDistance)));
  const logging = policy === "static" ? shipped : policy === "candidate" ? adapted : rankPercentiles(gain.map((g, i) => g + 0.15 * (rows[i]?.noise ?? 0)));
  let explored = 0;
  const outcomes = rows.map((r, i): RankedOutcome => {
    const p = probability[i] ?? 0.05;
    const explore = r.e < p;
    if (explore) explored++;
    const top = (logging[i] ?? 0) >= 0.5 !== explore;
    const reward = r.u < bottomRate + (top ? (gain[i] ?? 0) : 0) ? 1 : 0;
    return { shipped: r.shipped, arm: top ? "top" : "bottom", reward, weight: 1, propensity: explore ? p : 1 - p, bottom: bottomRate + 0.1, top: bottomRate + (gain[i] ?? 0) };
  });
  const truth = gain.reduce((sum, g, i) => sum + g * ((adapted[i] ?? 0) - (shipped[i] ?? 0)), 0) / n;
  return { outcomes, truth, explored };
}

describe("ranking check under the adapter's own routing", () => {
  it("measures a truly better candidate the same whether static, the candidate itself or its predecessor logged the outcomes", () => {
    const runs = 200;
    const results = (["static", "candidate", "predecessor"] as const).map((policy) => {
      let error = 0;
      let errorSq = 0;
      let passed = 0;
      for (let k = 0; k < runs; k++) {
        // The same prompts, outcomes and exploration draws for every policy: only who logged them differs.
        const { outcomes, truth } = loggedBy(policy, 1000, 5000 + k);
        const check = meanZ(rankingTerms(outcomes));
        const e = check.difference - truth;
        error += e;
        errorSq += e * e;
        if (check.z >= DEFAULT_MIN_RANK_Z) passed++;
      }
      const mean = error / runs;
      return { mean, se: Math.sqrt((errorSq / runs - mean * mean) / runs), rate: passed / runs };
    });
    for (const r of results) expect(Math.abs(r.mean)).toBeLessThan(3 * r.se + 1e-4); // unbiased under each logger
    const rates = results.map((r) => r.rate);
    expect(Math.min(...rates)).toBeGreaterThan(0.2); // the margin is detectable, not certain
    expect(Math.max(...rates) - Math.min(...rates)).toBeLessThan(0.1);
  });

  it("stays unbiased when exploration is spent where the candidate and the shipped ranking disagree, and gains power", () => {
    const runs = 200;
    const results = (["uniform", "disagreement"] as const).map((exploration) => {
      let error = 0;
      let errorSq = 0;
      let passed = 0;
      let explored = 0;
      for (let k = 0; k < runs; k++) {
        const logged = loggedBy("static", 1000, 5000 + k, exploration);
        const check = meanZ(rankingTerms(logged.outcomes));
        const e = check.difference - logged.truth;
        error += e;
        errorSq += e * e;
        explored += logged.explored;
        if (check.z >= DEFAULT_MIN_RANK_Z) passed++;
      }
      const mean = error / runs;
      return { mean, se: Math.sqrt((errorSq / runs - mean * mean) / runs), rate: passed / runs, share: explored / runs / 1000 };
    });
    const [uniform, disagreement] = results as [(typeof results)[0], (typeof results)[0]];
    expect(Math.abs(disagreement.mean)).toBeLessThan(3 * disagreement.se + 1e-4); // unbiased: propensities recorded exactly
    expect(Math.abs(disagreement.share - uniform.share)).toBeLessThan(0.005); // the same exploration budget
    expect(disagreement.rate).toBeGreaterThan(uniform.rate + 0.1); // more power per explored outcome
  });
});
