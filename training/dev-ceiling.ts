/**
 * The full-information ceiling of the deployment adapter's features (docs/routing-quality.md, "Sixth pass"), on
 * development streams only: the stream in `eval --online`'s seeded order, EVERY arm's outcome of the first 70%
 * revealed, one fit (no gate), and the final 30% scored with the adapter's predicted gain against the static
 * router. Each variant adds candidate slots to the stored record's feature map (`mapFeatures`), so the numbers
 * say how far a richer stored record could lift any gate. Never reads a held-out set.
 *
 *   [LIMIT=N] npx tsx training/dev-ceiling.ts <mmlupro|llmrouter-all|routerbench|ladder-llmrouter-all|...> <seed> [variant,...]
 *
 * Variants: `v1` (the stored record as is), `posterior` (the task head's probabilities), `parts` (the strong-need
 * head's logit, its word part, the task prior, maths-likeness × length, length), `length` (a log2 word bucket),
 * `tasklen` (that bucket × the top task), `postlen` (× every task's probability), `cheap` (the first four together),
 * `taskbag` (the task head's 64 heaviest slots: bigrams, character 4-grams), `everything` (every slot of both heads,
 * which no log could keep without the text's words). `SCORE_BELOW=N` scores only items with a stream index below N.
 *
 * Prints one JSON line per variant: `{set, seed, variant, static, ceiling, static50, ceiling50}` (APGR over 10 and 50
 * thresholds, or the ladder's cost share at 95%). `FIT_SEED=k` refits with another pass order (fitting noise).
 * @module
 */
import { createLearnedClassifier, loadLearnedWeights } from "../src/classifier/learned/index.js";
import { collectSlots } from "../src/classifier/learned/features.js";
import { lengthTerm, scoreSlots, softmaxInPlace } from "../src/classifier/learned/learned-classifier.js";
import { fitModels, gainOf, type FitSettings } from "../src/learning/adapter-validation.js";
import { DEFAULT_ARM_TRAINING, DEFAULT_DIM, mapFeatures, seededPermutation, type MappedFeatures } from "../src/learning/arm-model.js";
import type { OutcomeExample } from "../src/learning/outcome.js";
import { extractRoutingFeatures, type RoutingFeatures } from "../src/learning/routing-features.js";
import { topSlots } from "../src/learning/top-slots.js";
import { sliceMetrics, type OnlineStep } from "../src/eval/online-eval.js";
import { readDevStream } from "./dev-streams.js";

/** What the classifier computes besides the stored record, per prompt. */
interface Extras {
  posterior: number[];
  /** Strong-need parts: the word head's logit, the task prior, the lexical part, math-likeness, length term. */
  headLogit: number;
  prior: number;
  lexical: number;
  mathLike: number;
  length: number;
  words: number;
  taskTop: [number, number][];
  /** Every slot of both heads (the whole of what the classifier reads; never storable). */
  all: [number, number][];
}

const weights = loadLearnedWeights();
const MATH_LIKE = new Set(["math", "deep_reasoning"]);

function extrasOf(messages: Parameters<typeof collectSlots>[0]): Extras {
  const slots = collectSlots(messages, weights.bits, weights.featureOptions);
  const scores = scoreSlots(weights, slots.task, slots.strong);
  const headLogit = slots.english ? scores.strongLogit : scores.strongLogit - scores.strongLexical;
  const lexical = slots.english ? scores.strongLexical : 0;
  const base = Float64Array.from(scores.baseTaskLogits);
  const logits = Float64Array.from(scores.taskLogits);
  softmaxInPlace(logits);
  softmaxInPlace(base);
  const prior_ = weights.priorFromBase ? base : logits;
  let prior = 0;
  let mathLike = 0;
  prior_.forEach((p, c) => {
    prior += p * (weights.taskStrongPrior[c] ?? 0.5);
    if (MATH_LIKE.has(weights.tasks[c] ?? "")) mathLike += p;
  });
  const taskTop = topSlots(slots.task, 16, 64);
  const all = [...topSlots(slots.task, 16, 1 << 16).map(([slot, v]): [number, number] => [slot, v]), ...topSlots(slots.strong, 16, 1 << 16).map(([slot, v]): [number, number] => [slot + (1 << 16), v])];
  return { posterior: Array.from(logits), headLogit, prior, lexical, mathLike, length: lengthTerm(slots.words), words: slots.words, taskTop, all };
}

const BUCKETS = DEFAULT_DIM - 3;
function hashLabel(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return 3 + (((h ^ (h >>> 16)) >>> 0) % BUCKETS);
}
const lengthBucket = (words: number): number => Math.min(9, Math.floor(Math.log2(1 + words)));
const clipLogit = (p: number): number => Math.log(Math.max(0.01, Math.min(0.99, p)) / (1 - Math.max(0.01, Math.min(0.99, p))));

/** Candidate additions: name → extra `[slot, value]` pairs. */
const VARIANTS: Record<string, (f: RoutingFeatures, e: Extras) => [number, number][]> = {
  v1: () => [],
  posterior: (_, e) => e.posterior.flatMap((p, c): [number, number][] => (p > 0.01 ? [[hashLabel(`post:${weights.tasks[c]}`), p]] : [])),
  parts: (_, e) => [
    [hashLabel("part:head"), e.headLogit / 4],
    [hashLabel("part:prior"), clipLogit(e.prior) / 2],
    [hashLabel("part:lexical"), e.lexical / 2],
    [hashLabel("part:mathlen"), e.mathLike * e.length],
    [hashLabel("part:length"), e.length],
  ],
  length: (_, e) => [[hashLabel(`len:${lengthBucket(e.words)}`), 1]],
  tasklen: (f, e) => [[hashLabel(`tl:${f.task}:${lengthBucket(e.words)}`), 1]],
  postlen: (_, e) => e.posterior.flatMap((p, c): [number, number][] => (p > 0.01 ? [[hashLabel(`pl:${weights.tasks[c]}:${lengthBucket(e.words)}`), p]] : [])),
  taskbag: (_, e) => {
    let norm = 0;
    for (const [, v] of e.taskTop) norm += v * v;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return e.taskTop.map(([slot, v]): [number, number] => [hashLabel(`tb:${slot}`), v * scale]);
  },
  everything: (_, e) => {
    let norm = 0;
    for (const [, v] of e.all) norm += v * v;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return e.all.map(([slot, v]): [number, number] => [hashLabel(`all:${slot}`), v * scale]);
  },
};
VARIANTS.cheap = (f, e) => ["posterior", "parts", "length", "tasklen"].flatMap((name) => (VARIANTS[name] as (f: RoutingFeatures, e: Extras) => [number, number][])(f, e));
VARIANTS.cheap_postlen = (f, e) => [...(VARIANTS.cheap as (f: RoutingFeatures, e: Extras) => [number, number][])(f, e), ...(VARIANTS.postlen as (f: RoutingFeatures, e: Extras) => [number, number][])(f, e)];

function mapWith(f: RoutingFeatures, extra: [number, number][]): MappedFeatures {
  const x = mapFeatures(f, DEFAULT_DIM);
  for (const [slot, value] of extra) {
    x.slots.push(slot);
    x.values.push(value);
  }
  return x;
}

const [set = "mmlupro", seedText = "1", variantText = Object.keys(VARIANTS).join(",")] = process.argv.slice(2);
const seed = Number(seedText);
const stream = readDevStream(set, Number(process.env.LIMIT ?? 0), seed);
const classifier = createLearnedClassifier();
const order = seededPermutation(stream.items.length, seed);
const cut = Math.floor(order.length * 0.7);
const rows = order.map((index) => {
  const item = stream.items[index];
  if (!item) throw new Error(`no item ${index}`);
  const classification = classifier.classify(item.messages);
  const features = extractRoutingFeatures(item.messages, classification);
  return { index, item, features, extras: extrasOf(item.messages), staticScore: classification.strongProbability };
});
// FIT_SEED=k varies only the fit's pass order (fitting noise), not the stream order or its split.
const settings: FitSettings = { seed: seed + Number(process.env.FIT_SEED ?? 0) * 104_729, epochs: 3, dim: DEFAULT_DIM, training: DEFAULT_ARM_TRAINING };
const arms = stream.arms;
const step = (index: number, staticScore: number, adaptedScore: number): OnlineStep => ({ item: index, staticScore, adaptedScore, adapterActive: true, arm: 0, greedyArm: 0, staticArm: 0, explored: false });
const metric = (m: Record<string, number | null>): number | null => m.apgr ?? m.cost_share_at_95 ?? null;
// SCORE_BELOW=N scores only the final slice's items with a stream index below N (llmrouter-all: 500 = its test split,
// the prompts the shipped classifier was not trained on).
const scoreBelow = Number(process.env.SCORE_BELOW ?? Infinity);
const scored = (steps: OnlineStep[]): OnlineStep[] => steps.filter((s) => s.item < scoreBelow);
const staticSteps = scored(rows.slice(cut).map((r) => step(r.index, r.staticScore, r.staticScore)));
const staticMetric = metric(sliceMetrics(stream, staticSteps, (s) => s.staticScore, 10));
const staticMetric50 = metric(sliceMetrics(stream, staticSteps, (s) => s.staticScore, 50));
for (const variant of variantText.split(",")) {
  const extra = VARIANTS[variant];
  if (!extra) throw new Error(`unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(", ")}`);
  const mapped = rows.map((r) => mapWith(r.features, extra(r.features, r.extras)));
  const examples: OutcomeExample[] = [];
  const xs: MappedFeatures[] = [];
  rows.slice(0, cut).forEach((r, i) => {
    arms.forEach((arm, a) => {
      examples.push({ features: r.features, tier: arm, model: arm, reward: r.item.rewards[a] ?? 0, weight: 1, costUsd: stream.prices[a] ?? 0, propensity: 1 });
      xs.push(mapped[i] as MappedFeatures);
    });
  });
  // The online stream reveals outcomes prompt by prompt; shuffle order inside the fit is seeded as there.
  const fitted = fitModels(examples, xs, arms, settings);
  const steps = scored(rows.slice(cut).map((r, i) => step(r.index, r.staticScore, gainOf(fitted, arms, mapped[cut + i] as MappedFeatures))));
  const ceiling = metric(sliceMetrics(stream, steps, (s) => s.adaptedScore, 10));
  // 10 thresholds (the metric) quantise APGR coarsely; 50 tell close variants apart.
  const fine = metric(sliceMetrics(stream, steps, (s) => s.adaptedScore, 50));
  console.log(JSON.stringify({ set: stream.name, seed, variant, static: staticMetric, ceiling, static50: staticMetric50, ceiling50: fine }));
}
