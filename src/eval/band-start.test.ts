import { describe, expect, it } from "vitest";
import { addBandBlock, bandLogE, bandStarts, bandTerms, DEFAULT_BAND_START, emptyBandEvidence, type BandRow, type BandStartRule } from "./band-start.js";

/** A seeded uniform generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Probability of a correct outcome for a row of side `side`, shipped percentile `s`, candidate percentile `q`. */
type Truth = (side: 1 | -1, s: number, q: number) => number;

/** One block of band rows: shipped percentile 0.3–0.7, the top side above 0.5; `q` follows `s` by `qOnS`. */
function block(random: () => number, truth: Truth, rows = 40, qOnS = 0): BandRow[] {
  return Array.from({ length: rows }, () => {
    const s = 0.3 + 0.4 * random();
    const side: 1 | -1 = s >= 0.5 ? 1 : -1;
    const q = Math.min(1, Math.max(0, qOnS * (s - 0.5) + (1 - qOnS) * random() + qOnS * 0.5));
    return { side, s, q, reward: random() < truth(side, s, q) ? 1 : 0 };
  });
}

/** Share of `runs` streams of `blocks` blocks on which the start fires at some look (read after every block). */
function startShare(truth: Truth, rule: BandStartRule, runs = 200, blocks = 15, qOnS = 0): number {
  let started = 0;
  for (let run = 0; run < runs; run++) {
    const random = rng(1000 + run);
    let evidence = emptyBandEvidence();
    for (let b = 0; b < blocks; b++) {
      evidence = addBandBlock(evidence, block(random, truth, 40, qOnS), rule);
      if (bandStarts(evidence, rule)) {
        started++;
        break;
      }
    }
  }
  return started / runs;
}

describe("band evidence (threshold band of greedy outcomes)", () => {
  const rule = DEFAULT_BAND_START;

  it("a block's terms sum to (rows / 2) · (top covariance − bottom covariance)", () => {
    const rows: BandRow[] = [
      { side: 1, s: 0.6, q: 0.9, reward: 1 },
      { side: 1, s: 0.6, q: 0.1, reward: 0 },
      { side: 1, s: 0.6, q: 0.8, reward: 1 },
      { side: 1, s: 0.6, q: 0.2, reward: 0 },
      { side: -1, s: 0.4, q: 0.9, reward: 0 },
      { side: -1, s: 0.4, q: 0.1, reward: 1 },
      { side: -1, s: 0.4, q: 0.8, reward: 0 },
      { side: -1, s: 0.4, q: 0.2, reward: 1 },
    ];
    const { terms, top, bottom } = bandTerms(rows, false);
    expect([top, bottom]).toEqual([4, 4]);
    // Top covariance 0.175, bottom −0.175: the sum is (8 / 2) · 0.35.
    expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(1.4, 10);
    // A side with fewer than 4 rows drops the block.
    expect(bandTerms(rows.slice(1), false).terms).toEqual([]);
  });

  it("under the null (reward follows side and shipped score, not the candidate) starts on at most α of streams read after every block", () => {
    const nullTruth: Truth = (side, s) => 0.35 + 0.4 * s + 0.1 * side;
    expect(startShare(nullTruth, rule)).toBeLessThanOrEqual(rule.alpha);
    expect(startShare(nullTruth, { ...rule, alpha: 0.1 })).toBeLessThanOrEqual(0.1);
  });

  it("with adjust, a gain that follows the shipped score alone is not credited to a candidate that copies it", () => {
    // The top arm's edge grows with the shipped percentile; the candidate's percentile is the shipped one.
    const shippedOnly: Truth = (side, s) => (side > 0 ? 0.1 + 4 * (s - 0.5) : 0.5);
    expect(startShare(shippedOnly, { ...rule, adjust: false }, 100, 15, 0.8)).toBeGreaterThan(0.5);
    expect(startShare(shippedOnly, rule, 100, 15, 0.8)).toBeLessThanOrEqual(0.05);
  });

  it("under the alternative (the candidate orders the gain) starts on almost every stream", () => {
    const gain: Truth = (side, _s, q) => 0.5 + 0.3 * side * (q - 0.5);
    expect(startShare(gain, rule, 100)).toBeGreaterThanOrEqual(0.9);
  });

  it("reads 0 until each side holds minPerSide rows", () => {
    const random = rng(7);
    const gain: Truth = (side, _s, q) => 0.5 + 0.45 * side * (q - 0.5);
    const evidence = addBandBlock(emptyBandEvidence(), block(random, gain, 60), rule);
    expect(evidence.top).toBeLessThan(rule.minPerSide);
    expect(bandLogE(evidence, rule)).toBe(0);
  });
});
