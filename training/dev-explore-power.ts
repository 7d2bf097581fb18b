/**
 * Diagnostic for the eighth pass (development streams only): does spending the 5% exploration budget where the
 * candidate adapter and the shipped score disagree give the gate's ranking check more power on the same number of
 * outcomes, without bias? On a two-model stream (every arm's outcome known), in `eval --online`'s seeded order: an
 * adapter A1 is fitted on phase 1 and the candidate C on phases 1 + 2 (both logged under the shipped router with
 * uniform 5% exploration); phase 3 validates C and is logged under the shipped router with 5% exploration spent
 * uniformly, by disagreement with A1 (the newest candidate when the phase-3 decisions are made, as in the online
 * simulation), or by disagreement with C itself (the best case). Disagreement: probability 0.05 × (0.1 +
 * |candidate − shipped percentile|) / its mean over the block, at most 0.25 (the online variant, commit
 * c6bf5ab, reverted, did the same over a window of recent decisions); the served arm's probability is recorded exactly. Each replicate draws new
 * exploration. The check (one fold) is compared with its truth, computed from every arm's outcome.
 *
 *   [LIMIT=N] [REPS=40] [PHASES=1500,1500,1500] npx tsx training/dev-explore-power.ts <set> <seed>
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

/** Static logging of a block (greedy top for the upper half of shipped scores), exploring with `probability[i]`. */
function log(block: readonly Row[], probability: readonly number[] | undefined, rng: { s: number }): OutcomeExample[] {
  const pct = rankPercentiles(block.map((r) => r.features.strong_probability));
  return block.map((r, i) => {
    const d = nextRandom(rng.s);
    rng.s = d.state;
    const p = probability?.[i] ?? 0.05;
    const explore = d.value < p;
    const top = ((pct[i] ?? 0) >= 0.5) !== explore;
    const a = top ? 1 : 0;
    return { features: r.features, tier: arms[a]!, model: arms[a]!, reward: r.rewards[a] ?? 0, weight: 1, costUsd: 0, propensity: explore ? p : 1 - p };
  });
}

/** Exploration probabilities ∝ 0.1 + |candidate − shipped percentile|, mean 5%, at most 25%. */
function byDisagreement(block: readonly Row[], candidate: Fitted): number[] {
  const c = rankPercentiles(block.map((r) => gain(candidate, r.mapped)));
  const s = rankPercentiles(block.map((r) => r.features.strong_probability));
  const w = c.map((v, i) => 0.1 + Math.abs(v - (s[i] ?? 0)));
  const m = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => Math.min(0.25, (0.05 * v) / m));
}
const fit = (ex: readonly OutcomeExample[], rs: readonly Row[]): Fitted => fitModels(ex, rs.map((r) => r.mapped), arms, settings);

const p1 = rows.slice(0, phases[0]);
const p2 = rows.slice(phases[0], phases[0] + phases[1]);
const p3 = rows.slice(phases[0] + phases[1]);
const stats = new Map<string, { diff: number[]; z: number[]; truth: number[]; se: number[]; explored: number[] }>();
for (let rep = 0; rep < reps; rep++) {
  const rng = { s: (seed * 1_000_003 + rep * 7919) >>> 0 };
  const log1 = log(p1, undefined, rng);
  const a1 = fit(log1, p1);
  const log2 = log(p2, undefined, rng);
  const c = fit([...log1, ...log2], [...p1, ...p2]);
  const cPct = rankPercentiles(p3.map((r) => gain(c, r.mapped)));
  const sPct = rankPercentiles(p3.map((r) => r.features.strong_probability));
  const truth = p3.reduce((acc, r, i) => acc + ((r.rewards[1] ?? 0) - (r.rewards[0] ?? 0)) * ((cPct[i] ?? 0) - (sPct[i] ?? 0)), 0) / p3.length;
  const predicted = p3.map((r) => ({ bottom: predictShared(c.common, c.arms.get(arms[0]!) ?? zero, r.mapped), top: predictShared(c.common, c.arms.get(arms[1]!) ?? zero, r.mapped) }));
  const policies = { uniform: undefined, "by A1": byDisagreement(p3, a1), "by C": byDisagreement(p3, c) };
  for (const [name, probability] of Object.entries(policies)) {
    const r3 = { s: (rng.s ^ 0x51ed) >>> 0 }; // the same draws for every exploration policy of phase 3
    const log3 = log(p3, probability, r3);
    const terms = rankingTermsOf(log3, predicted, arms);
    const check = meanZ(terms);
    const key = `explore ${name.padEnd(7)}`;
    const s = stats.get(key) ?? { diff: [], z: [], truth: [], se: [], explored: [] };
    const d = terms.reduce((a, t) => a + t, 0) / terms.length;
    s.diff.push(d);
    s.z.push(check.z);
    s.truth.push(truth);
    s.se.push(Math.sqrt(terms.reduce((a, t) => a + (t - d) ** 2, 0) / (terms.length - 1) / terms.length));
    s.explored.push(log3.filter((e) => (e.propensity ?? 1) < 0.5).length / log3.length);
    stats.set(key, s);
  }
}
const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: readonly number[]): number => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / Math.max(1, v.length - 1));
for (const [key, s] of stats) {
  const err = s.diff.map((d, i) => d - (s.truth[i] ?? 0));
  console.log(`${set} seed ${seed} ${key}: explored ${mean(s.explored).toFixed(4)} truth ${mean(s.truth).toFixed(4)} check ${mean(s.diff).toFixed(4)} (bias ${mean(err).toFixed(4)} ± ${(sd(err) / Math.sqrt(err.length)).toFixed(4)}, sd ${sd(s.diff).toFixed(4)}, error sd ${sd(err).toFixed(4)}, reported se ${mean(s.se).toFixed(4)}) truth/se ${(mean(s.truth) / mean(s.se)).toFixed(2)} mean z ${mean(s.z).toFixed(2)} pass@1.5 ${(s.z.filter((z) => z >= 1.5).length / s.z.length).toFixed(2)}`);
}
