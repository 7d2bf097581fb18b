/**
 * `switchyard train`: loads the permitted, de-duplicated training inputs, holds out a validation
 * split (a share of the team's examples per task, and llmrouter's test queries for strong-need),
 * trains, reports train/validation metrics, then refits on everything for the shipped weights.
 * @module
 */
import { DEFAULT_TASKS } from "../config/default-config.js";
import { createLearnedClassifier } from "../classifier/learned/learned-classifier.js";
import type { LearnedWeights } from "../classifier/learned/learned-weights.js";
import { averageModels, trainLearnedModel, type TrainOptions } from "../classifier/learned/train-model.js";
import { createSeededRandom } from "./random-classifier.js";
import { computeRoutingMetrics } from "./routing-metrics.js";
import { evaluateTaskSet } from "./task-set.js";
import { LLMROUTER_SMALL_MODELS, loadTrainingExamples, TEAM_TASK_STRONG_PRIOR, type SourcedExample, type TrainingDataOptions } from "./training-data.js";

/** Options of a training run. */
export interface RunTrainingOptions {
  dataDir: string;
  teamExamplesFile: string;
  seed?: number;
  validationShare?: number;
  /** Refit on train + validation for the shipped weights (default true). */
  refit?: boolean;
  /**
   * The refit is this many runs with seeds `seed`, `seed + 1`, … averaged ({@link averageModels}; default 1).
   * The validation metrics in `meta` are those of the single run with `seed`.
   */
  averageSeeds?: number;
  hyper?: Partial<Omit<TrainOptions, "tasks" | "seed" | "onEpoch">>;
  /** Leaves matching examples out of training entirely (development experiments). */
  exclude?: (example: SourcedExample) => boolean;
  /** How sources become targets (see `TrainingDataOptions`). */
  data?: TrainingDataOptions;
  /** Weight of the team's conversations (default {@link CONVERSATION_WEIGHT}). */
  conversationWeight?: number;
  /** Weight of the team's single prompts (default {@link TEAM_WEIGHT}). */
  teamWeight?: number;
  onProgress?: (message: string) => void;
}

/** The training split and the two validation sets. */
export interface Prepared {
  train: SourcedExample[];
  validationTasks: SourcedExample[];
  validationStrong: SourcedExample[];
}

const SMALL_MODELS = LLMROUTER_SMALL_MODELS;
const EXTERNAL_TASK_CAP = 60;
const MATH_SAMPLE = 1500;
export const TEAM_WEIGHT = 3;
/** The team's conversations come from templates (many near-repeats), so each counts less than a hand-written prompt. */
export const CONVERSATION_WEIGHT = 1;
const PRIOR_BLEND = 0.5;
/** Chosen on development sets only (llmrouter GSM8K/MGSM rows held out of a dev training run, MATH levels). */
const MATH_LENGTH_WEIGHT = 0.2;
/**
 * The conversation layer's flags are trained as a residual of the task head, and the strong-need prior
 * reads the task head without them: on development sets those flags had moved the prior's ranking of
 * single English prompts (AlpacaEval), which the conversation layer should leave alone.
 */
const CONVERSATION_RESIDUAL = true;

export function splitTrainingExamples(examples: readonly SourcedExample[], share: number, random: () => number): Prepared {
  const train: SourcedExample[] = [];
  const validationTasks: SourcedExample[] = [];
  const validationStrong: SourcedExample[] = [];
  const teamByTask = new Map<string, SourcedExample[]>();
  for (const e of examples) {
    if (e.source === "team") teamByTask.set(e.task ?? "", [...(teamByTask.get(e.task ?? "") ?? []), e]);
    else if (e.source.startsWith("llmrouter-test") && share > 0) validationStrong.push(e);
    else if (e.source === "math-5000" && random() > MATH_SAMPLE / 5000) continue;
    else train.push(e);
  }
  for (const group of teamByTask.values()) {
    const order = group.map((e) => ({ e, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.e);
    const cut = Math.round(order.length * share);
    validationTasks.push(...order.slice(0, cut));
    train.push(...order.slice(cut));
  }
  return { train, validationTasks, validationStrong };
}

/** Caps each task's external examples by weight and up-weights the team's own examples. */
export function weighTrainingExamples(examples: readonly SourcedExample[], externalTaskCap = EXTERNAL_TASK_CAP, teamWeight = TEAM_WEIGHT, conversationWeight = CONVERSATION_WEIGHT): SourcedExample[] {
  const externalPerTask = new Map<string, number>();
  for (const e of examples) if (!e.source.startsWith("team") && e.task) externalPerTask.set(e.task, (externalPerTask.get(e.task) ?? 0) + 1);
  return examples.map((e) => {
    if (e.source === "team-conversation") return { ...e, weight: conversationWeight, strongWeight: conversationWeight };
    if (e.source.startsWith("team")) return { ...e, weight: teamWeight, strongWeight: teamWeight };
    const n = e.task ? (externalPerTask.get(e.task) ?? 1) : 1;
    return { ...e, weight: Math.min(1, externalTaskCap / n), strongWeight: 1 };
  });
}

function strongMetrics(weights: LearnedWeights, examples: readonly SourcedExample[]): Record<string, number> {
  const classifier = createLearnedClassifier(weights);
  const rows = examples.filter((e) => e.modelScores && e.strong !== undefined);
  // An oracle-strong model (always right) against the mean of the small models: APGR then measures
  // how well the router ranks the prompts small models fail.
  const outcomes = rows.map((e) => {
    const small = SMALL_MODELS.map((m) => e.modelScores?.[m] ?? 0);
    return { routerScore: classifier.classify(e.messages).strongProbability, strongScore: 1, weakScore: small.reduce((s, v) => s + v, 0) / small.length };
  });
  const targets = rows.map((e) => e.strong ?? 0);
  const preds = outcomes.map((o) => o.routerScore);
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const [mt, mp] = [mean(targets), mean(preds)];
  let cov = 0;
  let vt = 0;
  let vp = 0;
  targets.forEach((t, i) => {
    const p = preds[i] ?? 0;
    cov += (t - mt) * (p - mp);
    vt += (t - mt) ** 2;
    vp += (p - mp) ** 2;
  });
  return { n: rows.length, pearson: cov / Math.sqrt(vt * vp || 1), apgr_vs_small_models: outcomes.length ? computeRoutingMetrics(outcomes).apgr : Number.NaN };
}

function taskAccuracy(weights: LearnedWeights, examples: readonly SourcedExample[]): number {
  const labelled = examples.filter((e) => e.task).map((e) => ({ messages: e.messages, task: e.task ?? "" }));
  return evaluateTaskSet(labelled, createLearnedClassifier(weights)).accuracy;
}

/**
 * Cut points between difficulty labels: the 40th, 70th and 90th percentiles of the strong-need
 * probability over the team's everyday prompts, so about 40% of them read as budget, 30% mid,
 * 20% standard and 10% premium.
 */
function difficultyCutsFor(weights: LearnedWeights, examples: readonly SourcedExample[]): [number, number, number] {
  const classifier = createLearnedClassifier(weights);
  const sorted = examples.map((e) => classifier.classify(e.messages).strongProbability).sort((a, b) => a - b);
  const at = (q: number): number => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? q).toFixed(4));
  return [at(0.4), at(0.7), at(0.9)];
}

/** Trains, validates and returns the weights to ship with their report in `meta`. */
export function runTraining(options: RunTrainingOptions): LearnedWeights {
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => undefined);
  const loaded = loadTrainingExamples(options.dataDir, options.teamExamplesFile, options.data);
  const { heldOutRemoved, repeatsRemoved } = loaded;
  const examples = options.exclude ? loaded.examples.filter((e) => !options.exclude?.(e)) : loaded.examples;
  progress(`training inputs: ${examples.length} (removed ${heldOutRemoved} held-out matches, ${repeatsRemoved} repeats)`);
  const tasks = Object.keys(DEFAULT_TASKS).sort();
  const unknown = examples.filter((e) => e.task !== undefined && !tasks.includes(e.task));
  if (unknown.length > 0) progress(`ignoring task labels outside the task table: ${[...new Set(unknown.map((e) => e.task))].join(", ")}`);
  const clean = examples.map((e) => (e.task !== undefined && !tasks.includes(e.task) ? { ...e, task: undefined } : e)) as SourcedExample[];
  const random = createSeededRandom(seed);
  const parts = splitTrainingExamples(clean, options.validationShare ?? 0.2, random);
  const hyper = { tasks, seed, taskStrongPrior: TEAM_TASK_STRONG_PRIOR, priorBlend: PRIOR_BLEND, mathLengthWeight: MATH_LENGTH_WEIGHT, conversationResidual: CONVERSATION_RESIDUAL, ...options.hyper };
  progress(`train ${parts.train.length}, validation: ${parts.validationTasks.length} team task examples, ${parts.validationStrong.length} llmrouter test queries`);
  const model = trainLearnedModel(weighTrainingExamples(parts.train, EXTERNAL_TASK_CAP, options.teamWeight ?? TEAM_WEIGHT, options.conversationWeight), { ...hyper, onEpoch: (epoch, loss) => progress(`epoch ${epoch}: loss ${loss.toFixed(4)}`) });
  const report: Record<string, unknown> = {
    seed,
    examples: examples.length,
    held_out_removed: heldOutRemoved,
    train_task_accuracy_team: taskAccuracy(model, parts.train.filter((e) => e.source === "team")),
    validation_task_accuracy_team: taskAccuracy(model, parts.validationTasks),
    train_strong: strongMetrics(model, parts.train.filter((e) => e.source.startsWith("llmrouter-train"))),
    validation_strong: strongMetrics(model, parts.validationStrong),
  };
  progress(`metrics: ${JSON.stringify(report)}`);
  if (options.refit === false) return { ...model, meta: report };
  progress("refitting on train + validation for the shipped weights");
  const all = [...parts.train, ...parts.validationTasks, ...parts.validationStrong];
  const weighted = weighTrainingExamples(all, EXTERNAL_TASK_CAP, options.teamWeight ?? TEAM_WEIGHT, options.conversationWeight);
  const seeds = Array.from({ length: Math.max(1, options.averageSeeds ?? 1) }, (_, i) => seed + i);
  const final = averageModels(
    seeds.map((runSeed) => trainLearnedModel(weighted, { ...hyper, seed: runSeed, onEpoch: (epoch, loss) => progress(`refit (seed ${runSeed}) epoch ${epoch}: loss ${loss.toFixed(4)}`) })),
  );
  const difficultyCuts = difficultyCutsFor(final, all.filter((e) => e.source === "team"));
  progress(`difficulty cuts (budget|mid|standard|premium): ${difficultyCuts.map((c) => c.toFixed(3)).join(", ")}`);
  assertFiniteWeights(final, difficultyCuts);
  return { ...final, difficultyCuts, meta: { ...report, refit_examples: all.length, ...(seeds.length > 1 ? { refit_seeds: seeds } : {}) } };
}

/**
 * Weights that are not numbers throughout are never returned to be written (JSON writes NaN as null, and a classifier
 * loading them routes every request on NaN): the training diverged on some input.
 */
function assertFiniteWeights(model: LearnedWeights, difficultyCuts: readonly number[]): void {
  const finite = (values: ArrayLike<number>): boolean => Array.prototype.every.call(values, (value: number) => Number.isFinite(value));
  if (Number.isFinite(model.strongBias) && finite(model.taskBias) && finite(model.weights) && finite(difficultyCuts)) return;
  throw new Error("Training diverged: the weights hold values that are not numbers (NaN), so none were written. Look for an example whose strong-need target is no number from 0 to 1.");
}
