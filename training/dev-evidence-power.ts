/**
 * Why the evidence start never opens on small streams (issue 10, thirteenth pass): on a development stream (two-model
 * streams only), logs every outcome under the static router with the deployment's 5% exploration (`placebo`), scores
 * each block of 100 outcomes with models fitted only on the outcomes before it (as the shipped evidence start does,
 * from `minOutcomes` on), and reports, at the start of the final slice and at the end of the stream:
 * - the doubly robust ranking terms the evidence start reads: their z, and the e-value's log (mixture tightest at
 *   300 terms, as shipped; a start needs log 10 = 2.30);
 * - their truth (the same terms with the real top − bottom outcome, known in a development stream) over the check's
 *   standard error: the z a test on these terms would read without the explored outcomes' noise;
 * - the share of the terms' variance the explored outcomes carry;
 * - a threshold-band estimate from the greedy outcomes alone (prompts whose shipped percentile lies in the middle
 *   band, where which arm served them is decided by the threshold): the difference between the two sides' covariance
 *   of reward with the candidate's gain percentile, its z, and its truth (the covariance of the real gain).
 * Never reads a held-out set.
 *
 *   [LIMIT=N] [NULL=1] [BAND=0.2] npx tsx training/dev-evidence-power.ts <set> <seed>
 * @module
 */
import { createLearnedClassifier } from "../src/classifier/learned/index.js";
import { fitModels } from "../src/learning/adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, predictShared, type ArmWeights } from "../src/learning/arm-model.js";
import type { OutcomeExample } from "../src/learning/outcome.js";
import { rankingTermsOf, rankPercentiles } from "../src/learning/ranking-gate.js";
import { addTerms, emptySums, mixtureLogE, mixtureScale } from "../src/learning/sequential-evidence.js";
import { simulateDeployment, DEFAULT_ONLINE_OPTIONS } from "../src/eval/online-eval.js";
import { bandZ, type BandRow } from "./band-evidence.js";
import { readDevStream } from "./dev-streams.js";

const [set = "llmrouter-math", seedText = "1"] = process.argv.slice(2);
const seed = Number(seedText);
const band = Number(process.env.BAND ?? 0.2);
const stream = readDevStream(set, Number(process.env.LIMIT ?? 0), seed);
const revealed: { example: OutcomeExample; position: number }[] = [];
const options = { ...DEFAULT_ONLINE_OPTIONS, seed, base: "dev", placebo: true, sequential: false as const, fit: { minZ: Infinity }, onReveal: (example: OutcomeExample, position: number) => revealed.push({ example, position }) };
const steps = simulateDeployment(stream, createLearnedClassifier(), options);
const arms = stream.arms;
const examples = revealed.map((r) => r.example);
const mapped = examples.map((e) => mapFeatures(e.features, DEFAULT_DIM));
const realGain = (i: number): number => {
  const rewards = stream.items[steps[revealed[i]?.position ?? -1]?.item ?? -1]?.rewards ?? [];
  return (rewards[rewards.length - 1] ?? 0) - (rewards[0] ?? 0);
};

interface Scored {
  term: number;
  truth: number;
  explored: boolean;
  /** Band data: served side (+1 top, −1 bottom) of a greedy outcome in the band, reward, gain percentile, real gain. */
  band?: { side: 1 | -1; reward: number; q: number; s: number; gain: number };
}

const zero: ArmWeights = { w: [], g2: [] };
const scored: Scored[] = [];
const finalStart = Math.floor(stream.items.length * (1 - options.finalShare));
for (let from = options.minOutcomes; from < examples.length; from += options.retrainEvery) {
  const to = Math.min(examples.length, from + options.retrainEvery);
  const fitted = fitModels(examples.slice(0, from), mapped.slice(0, from), arms, { seed, epochs: 3, dim: DEFAULT_DIM, training: DEFAULT_ARM_TRAINING });
  const arm = (name: string | undefined): ArmWeights => fitted.arms.get(name ?? "") ?? zero;
  const predicted = mapped.slice(from, to).map((x) => ({ bottom: predictShared(fitted.common, arm(arms[0]), x), top: predictShared(fitted.common, arm(arms[arms.length - 1]), x) }));
  const q = rankPercentiles(predicted.map((p) => p.top - p.bottom));
  const shipped = rankPercentiles(examples.slice(from, to).map((e) => e.features.strong_probability));
  rankingTermsOf(examples.slice(from, to), predicted, arms).forEach((term, k) => {
    const i = from + k;
    const e = examples[i] as OutcomeExample;
    const explored = (e.propensity ?? 1) < 0.5;
    const inBand = !explored && Math.abs((shipped[k] ?? 0) - 0.5) <= band;
    const side: 1 | -1 = e.tier === arms[arms.length - 1] ? 1 : -1;
    scored.push({ term, truth: realGain(i) * ((q[k] ?? 0) - (shipped[k] ?? 0)), explored, ...(inBand ? { band: { side, reward: e.reward, q: q[k] ?? 0, s: shipped[k] ?? 0, gain: realGain(i) } } : {}) });
  });
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sd = (xs: readonly number[]): number => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));

/** Covariance of y with q on one side, and its per-outcome terms (for a standard error). */
function sideCov(rows: readonly { y: number; q: number }[]): { cov: number; terms: number[] } {
  const my = mean(rows.map((r) => r.y));
  const mq = mean(rows.map((r) => r.q));
  const terms = rows.map((r) => (r.y - my) * (r.q - mq));
  return { cov: mean(terms), terms };
}

function bandEstimate(rows: readonly Scored[]): string {
  const inBand = rows.flatMap((r) => (r.band ? [r.band] : []));
  const top = sideCov(inBand.filter((b) => b.side > 0).map((b) => ({ y: b.reward, q: b.q })));
  const bottom = sideCov(inBand.filter((b) => b.side < 0).map((b) => ({ y: b.reward, q: b.q })));
  const se = Math.sqrt(sd(top.terms) ** 2 / Math.max(1, top.terms.length) + sd(bottom.terms) ** 2 / Math.max(1, bottom.terms.length));
  const truth = sideCov(inBand.map((b) => ({ y: b.gain, q: b.q }))).cov;
  return `band n ${top.terms.length}+${bottom.terms.length} est ${(top.cov - bottom.cov).toFixed(4)} z ${((top.cov - bottom.cov) / se).toFixed(2)} truth ${truth.toFixed(4)} truth/se ${(truth / se).toFixed(2)}`;
}

function report(label: string, rows: readonly Scored[]): void {
  const terms = rows.map((r) => r.term);
  const se = sd(terms) / Math.sqrt(Math.max(1, terms.length));
  const sums = addTerms(emptySums(), terms);
  const rho = mixtureScale(addTerms(emptySums(), terms.slice(0, 100)), 300);
  const centred = terms.map((t) => (t - mean(terms)) ** 2);
  const exploredShare = rows.reduce((a, r, i) => a + (r.explored ? (centred[i] ?? 0) : 0), 0) / Math.max(1e-12, centred.reduce((a, b) => a + b, 0));
  const explored = rows.filter((r) => r.explored).length;
  console.log(`${stream.name} seed ${seed} ${label}: terms ${terms.length} (explored ${explored}, ${(100 * exploredShare).toFixed(0)}% of variance) z ${(mean(terms) / se).toFixed(2)} logE ${mixtureLogE(sums, rho).toFixed(2)} truth ${mean(rows.map((r) => r.truth)).toFixed(4)} truth/se ${(mean(rows.map((r) => r.truth)) / se).toFixed(2)} | ${bandEstimate(rows)}`);
}

/** The band z (plain and adjusted) read after every block, as the online start would: the largest before `until`. */
function maxLooks(until: number): string {
  let plain = -Infinity;
  let adjusted = -Infinity;
  for (let end = options.retrainEvery; end <= until; end += options.retrainEvery) {
    const rows: BandRow[] = scored.slice(0, end).flatMap((r) => (r.band ? [r.band] : []));
    plain = Math.max(plain, bandZ(rows, 50));
    adjusted = Math.max(adjusted, bandZ(rows, 50, true));
  }
  const rows: BandRow[] = scored.slice(0, until).flatMap((r) => (r.band ? [r.band] : []));
  return `band z at the slice ${bandZ(rows, 50).toFixed(2)} adjusted ${bandZ(rows, 50, true).toFixed(2)}; max over looks ${plain.toFixed(2)} adjusted ${adjusted.toFixed(2)}`;
}

console.log(`LOOKS ${stream.name} seed ${seed}: ${maxLooks(Math.max(0, finalStart - options.minOutcomes))}`);
report(`before the final slice (outcome ${finalStart})`, scored.slice(0, Math.max(0, finalStart - options.minOutcomes)));
report("whole stream", scored);
