/**
 * The band start's statistic on synthetic band rows (issue 10, fourteenth pass): the share of seeded streams (15
 * blocks of 40 rows, read after every block) on which it starts, under the null (reward follows side and shipped
 * percentile, not the candidate) and with the gain rising with the candidate's percentile, for the e-value at α 0.05
 * and 0.1 and for the thirteenth pass's fixed z ≥ 3 on the same terms. No data is read.
 *
 *   npx tsx training/band-synthetic.ts
 * @module
 */
import { addBandBlock, bandStarts, DEFAULT_BAND_START, emptyBandEvidence, type BandRow } from "../src/eval/band-start.js";
function rng(seed: number): () => number { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
type Truth = (side: 1 | -1, s: number, q: number) => number;
function block(r: () => number, truth: Truth): BandRow[] { return Array.from({ length: 40 }, () => { const s = 0.3 + 0.4 * r(); const side: 1 | -1 = s >= 0.5 ? 1 : -1; const q = r(); return { side, s, q, reward: r() < truth(side, s, q) ? 1 : 0 }; }); }
/** Share of `runs` streams that start; `fixedZ`: the thirteenth pass's z ≥ 3 on the terms instead of the e-value. */
function run(truth: Truth, alpha: number, fixedZ: boolean, runs = 2000, blocks = 15): number {
  let started = 0;
  for (let k = 0; k < runs; k++) {
    const r = rng(50000 + k); let ev = emptyBandEvidence(); const rule = { ...DEFAULT_BAND_START, alpha };
    for (let b = 0; b < blocks; b++) {
      ev = addBandBlock(ev, block(r, truth), rule);
      const n = ev.sums.count; const mean = ev.sums.sum / n; const v = ev.sums.sumSquares / n - mean * mean;
      const z = ev.sums.sum / Math.sqrt(n * v);
      const go = fixedZ ? ev.top >= 50 && ev.bottom >= 50 && z >= 3 : bandStarts(ev, rule);
      if (go) { started++; break; }
    }
  }
  return started / runs;
}
const nul: Truth = (side, s) => 0.35 + 0.4 * s + 0.1 * side;
const alt = (g: number): Truth => (side, _s, q) => 0.5 + g * side * (q - 0.5);
console.log("null: e05", run(nul, 0.05, false), "e10", run(nul, 0.1, false), "fixed z3", run(nul, 0, true));
for (const g of [0.1, 0.2, 0.3]) console.log(`alt ${g}: e05`, run(alt(g), 0.05, false, 500), "e10", run(alt(g), 0.1, false, 500), "fixed z3", run(alt(g), 0, true, 500));
