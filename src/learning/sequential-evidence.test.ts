import { describe, expect, it } from "vitest";
import { seededDraws } from "./arm-model.js";
import { addTerms, emptySums, harmLogE, mixtureLogE, mixtureScale } from "./sequential-evidence.js";

/** Seeded terms: mean `drift`, spread like the ranking check's (mostly small, now and then a large explored term). */
function terms(n: number, seed: number, drift: number): number[] {
  const draw = seededDraws(seed);
  return Array.from({ length: n }, () => {
    const explored = draw() < 0.05;
    const noise = (draw() - 0.5) * (explored ? 8 : 0.4);
    return drift + noise;
  });
}

/** Whether the e-value reaches 1/α at any look, one look per block of 100 terms. */
function everCrosses(all: readonly number[], alpha: number): boolean {
  let sums = emptySums();
  let rho = 0;
  for (let start = 0; start < all.length; start += 100) {
    sums = addTerms(sums, all.slice(start, start + 100));
    if (rho === 0) rho = mixtureScale(sums, 2000);
    if (mixtureLogE(sums, rho) >= Math.log(1 / alpha)) return true;
  }
  return false;
}

describe("sequential ranking evidence (normal-mixture e-value)", () => {
  it("keeps its level under optional stopping: with no drift, it crosses 1/α at any of 40 looks in at most α of streams", () => {
    let crossed = 0;
    const runs = 300;
    for (let seed = 0; seed < runs; seed++) if (everCrosses(terms(4000, 7000 + seed, 0), 0.1)) crossed++;
    // A z ≥ 1.5 test repeated at every look would cross in far more streams (checked below).
    expect(crossed / runs).toBeLessThan(0.1);
  });

  it("a fixed-sample z test read at every look does not keep its level (why the evidence is a martingale instead)", () => {
    let crossed = 0;
    const runs = 300;
    for (let seed = 0; seed < runs; seed++) {
      const all = terms(4000, 7000 + seed, 0);
      let sums = emptySums();
      for (let start = 0; start < all.length; start += 100) {
        sums = addTerms(sums, all.slice(start, start + 100));
        const mean = sums.sum / sums.count;
        const variance = sums.sumSquares / sums.count - mean * mean;
        if (mean / Math.sqrt(variance / sums.count) >= 1.5) {
          crossed++;
          break;
        }
      }
    }
    expect(crossed / runs).toBeGreaterThan(0.2);
  });

  it("accumulates a real drift until it crosses, and reads harm only for a negative one", () => {
    const good = terms(4000, 11, 0.05);
    expect(everCrosses(good, 0.1)).toBe(true);
    const sums = addTerms(emptySums(), good);
    const rho = mixtureScale(sums, 2000);
    expect(harmLogE(sums, rho)).toBeLessThan(0);
    const bad = addTerms(emptySums(), terms(4000, 12, -0.05));
    expect(harmLogE(bad, rho)).toBeGreaterThan(Math.log(10));
    expect(mixtureLogE(bad, rho)).toBeLessThan(0);
  });

  it("is neutral before any evidence", () => {
    expect(mixtureLogE(emptySums(), 1)).toBe(0);
    expect(mixtureScale(emptySums(), 2000)).toBe(0);
  });
});
