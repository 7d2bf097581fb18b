/**
 * Diagnostic (development streams only): does the policy that logged the outcomes change what the gate's ranking
 * check says about one candidate? On a two-model stream, where every arm's outcome is known, the stream (in
 * `eval --online`'s seeded order) is cut into three phases: the first logged under the shipped router (an
 * adapter A1 is fitted on it), the second logged under the shipped router or A1 (the candidate C is fitted on the
 * first two), the third validates C and is logged under the shipped router, A1, or C itself. Every logging is
 * ε-greedy at 5% with the recorded propensity, as the bandit logs; each replicate draws new exploration. The check
 * (`rankingTermsOf`, one fold) is compared with its truth, Σ (top − bottom outcome) × (C's − shipped percentile) / n,
 * computed from every arm's outcome.
 *
 *   [LIMIT=N] [REPS=40] [PHASES=1500,1500,1500] npx tsx training/dev-logging-bias.ts <set> <seed>
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { fitModels, type Fitted } from "../src/learning/adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, nextRandom, predictShared, seededPermutation, type ArmWeights, type MappedFeatures } from "../src/learning/arm-model.js";
import type { OutcomeExample } from "../src/learning/outcome.js";
import { meanZ, rankingTermsOf, rankPercentiles } from "../src/learning/ranking-gate.js";
import { extractRoutingFeatures, type RoutingFeatures } from "../src/learning/routing-features.js";
import { readDevStream } from "./dev-streams.js";

const [set = "mmlupro", seedText = "1"] = process.argv.slice(2);
const seed = Number(seedText);
const reps = Number(process.env.REPS ?? 40);
const phases = (process.env.PHASES ?? "1500,1500,1500").split(",").map(Number) as [number, number, number];
const stream = readDevStream(set, Number(process.env.LIMIT ?? 0), seed);
const arms = stream.arms;
if (arms.length !== 2) throw new Error("two-model streams only");
const classifier = createLearnedClassifier();
const order = seededPermutation(stream.items.length, seed);
interface Row { features: RoutingFeatures; mapped: MappedFeatures; rewards: number[] }
const rows: Row[] = order.slice(0, phases[0] + phases[1] + phases[2]).map((i) => {
  const item = stream.items[i]!;
  const features = extractRoutingFeatures(item.messages, classifier.classify(item.messages));
  return { features, mapped: mapFeatures(features, DEFAULT_DIM), rewards: item.rewards };
});
const settings = { seed, epochs: 3, dim: DEFAULT_DIM, training: DEFAULT_ARM_TRAINING };
const zero: ArmWeights = { w: [], g2: [] };
const gain = (f: Fitted, x: MappedFeatures): number => predictShared(f.common, f.arms.get(arms[1]!) ?? zero, x) - predictShared(f.common, f.arms.get(arms[0]!) ?? zero, x);

type Scorer = ((r: Row) => number) | "static";
/** ε-greedy logging of a block: greedy top for the upper half of the policy's scores on the block. */
function log(block: readonly Row[], policy: Scorer, rng: { s: number }): OutcomeExample[] {
  const scores = block.map((r) => (policy === "static" ? r.features.strong_probability : policy(r)));
  const pct = rankPercentiles(scores);
  return block.map((r, i) => {
    const d = nextRandom(rng.s);
    rng.s = d.state;
    const explore = d.value < 0.05;
    const top = ((pct[i] ?? 0) >= 0.5) !== explore;
    const a = top ? 1 : 0;
    return { features: r.features, tier: arms[a]!, model: arms[a]!, reward: r.rewards[a] ?? 0, weight: 1, costUsd: 0, propensity: explore ? 0.05 : 0.95 };
  });
}
const fit = (ex: readonly OutcomeExample[], rs: readonly Row[]): Fitted => fitModels(ex, rs.map((r) => r.mapped), arms, settings);

const p1 = rows.slice(0, phases[0]);
const p2 = rows.slice(phases[0], phases[0] + phases[1]);
const p3 = rows.slice(phases[0] + phases[1]);
const stats = new Map<string, { diff: number[]; z: number[]; truth: number[]; se: number[] }>();
for (let rep = 0; rep < reps; rep++) {
  const rng = { s: (seed * 1_000_003 + rep * 7919) >>> 0 };
  const log1 = log(p1, "static", rng);
  const a1 = fit(log1, p1);
  for (const p2policy of ["static", "A1"] as const) {
    const r2 = { s: rng.s ^ 0x9e37 };
    const log2 = log(p2, p2policy === "static" ? "static" : (r) => gain(a1, r.mapped), r2);
    const c = fit([...log1, ...log2], [...p1, ...p2]);
    const cPct = rankPercentiles(p3.map((r) => gain(c, r.mapped)));
    const sPct = rankPercentiles(p3.map((r) => r.features.strong_probability));
    const truth = p3.reduce((acc, r, i) => acc + ((r.rewards[1] ?? 0) - (r.rewards[0] ?? 0)) * ((cPct[i] ?? 0) - (sPct[i] ?? 0)), 0) / p3.length;
    for (const p3policy of ["static", "A1", "C"] as const) {
      const r3 = { s: (rng.s ^ 0x51ed) >>> 0 }; // the same exploration draws for every logging policy of phase 3
      const scorer: Scorer = p3policy === "static" ? "static" : p3policy === "A1" ? (r) => gain(a1, r.mapped) : (r) => gain(c, r.mapped);
      const log3 = log(p3, scorer, r3);
      const predicted = p3.map((r) => ({ bottom: predictShared(c.common, c.arms.get(arms[0]!) ?? zero, r.mapped), top: predictShared(c.common, c.arms.get(arms[1]!) ?? zero, r.mapped) }));
      const terms = rankingTermsOf(log3, predicted, arms);
      const check = meanZ(terms);
      const key = `phase2 ${p2policy.padEnd(6)} phase3 ${p3policy.padEnd(6)}`;
      const s = stats.get(key) ?? { diff: [], z: [], truth: [], se: [] };
      s.diff.push(terms.reduce((a, t) => a + t, 0) / terms.length);
      s.z.push(check.z);
      s.truth.push(truth);
      s.se.push(Math.sqrt(terms.reduce((a, t) => a + (t - s.diff[s.diff.length - 1]!) ** 2, 0) / (terms.length - 1) / terms.length));
      stats.set(key, s);
    }
  }
}
const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: readonly number[]): number => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / Math.max(1, v.length - 1));
for (const [key, s] of stats) {
  const err = s.diff.map((d, i) => d - (s.truth[i] ?? 0));
  console.log(`${set} seed ${seed} ${key}: truth ${mean(s.truth).toFixed(4)} check ${mean(s.diff).toFixed(4)} (bias ${mean(err).toFixed(4)} ± ${(sd(err) / Math.sqrt(err.length)).toFixed(4)}, sd ${sd(s.diff).toFixed(4)}, error sd ${sd(err).toFixed(4)}, reported se ${mean(s.se).toFixed(4)}) mean z ${mean(s.z).toFixed(2)} pass@1.5 ${(s.z.filter((z) => z >= 1.5).length / s.z.length).toFixed(2)}`);
}
