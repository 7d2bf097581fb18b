/**
 * Trains the learned classifier's two heads on hashed features with AdaGrad (sparse updates,
 * L2 on touched weights): a softmax task head and a logistic strong-need head with soft targets.
 * Deterministic for a given seed and example order.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions, type FeatureSet, type SparseVector } from "./features.js";
import { sigmoid, softmaxInPlace } from "./learned-classifier.js";
import type { LearnedWeights } from "./learned-weights.js";

/** One training conversation; either label may be missing. */
export interface TrainingExample {
  messages: ChatMessage[];
  /** Task label, when known. */
  task?: string;
  /** Soft target (0..1): how much a strong model is needed. */
  strong?: number;
  /** Weight of the task loss (default 1). */
  weight?: number;
  /** Weight of the strong-need loss (default: `weight`). */
  strongWeight?: number;
}

/** Hyper-parameters. */
export interface TrainOptions {
  tasks: readonly string[];
  bits?: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** L2 of the strong-need head (default: `l2`). */
  l2Strong?: number;
  /** Weight of the strong-need loss relative to the task loss. */
  strongLossWeight?: number;
  seed?: number;
  /** The team's prior strong-need per task, blended in at inference. */
  taskStrongPrior?: Readonly<Record<string, number>>;
  /** Share of the task prior in the final strong-need probability (0..1). */
  priorBlend?: number;
  /** See `LearnedWeights.mathLengthWeight`. */
  mathLengthWeight?: number;
  /** How features are extracted (stored with the weights). */
  featureOptions?: FeatureOptions;
  /**
   * Train the conversation layer's flags as a residual: first both heads without them, then those
   * flags alone (the rest frozen) for `conversationEpochs`. The weights then read the strong-need prior
   * from the task head without them (`LearnedWeights.priorFromBase`).
   */
  conversationResidual?: boolean;
  /** Epochs of the residual stage (default: half of `epochs`, at least 1). */
  conversationEpochs?: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  x: FeatureSet;
  /** Where the task vector's base features end: the conversation flags' start when residual, else its length. */
  baseEnd: number;
  task: number;
  strong: number | undefined;
  weight: number;
  strongWeight: number;
}

function labels(e: TrainingExample, tasks: readonly string[]): Omit<Prepared, "x" | "baseEnd"> {
  return { task: e.task === undefined ? -1 : tasks.indexOf(e.task), strong: e.strong, weight: e.weight ?? 1, strongWeight: e.strongWeight ?? e.weight ?? 1 };
}

/** Trains both heads and returns weights ready to serialise. */
export function trainLearnedModel(examples: readonly TrainingExample[], options: TrainOptions): LearnedWeights {
  const bits = options.bits ?? 16;
  const tasks = [...options.tasks];
  const k = tasks.length;
  const stride = k + 1;
  const { epochs = 8, learningRate = 0.3, l2 = 1e-6, strongLossWeight = 1 } = options;
  const random = seeded(options.seed ?? 1);
  const featureOptions = options.featureOptions ?? DEFAULT_FEATURE_OPTIONS;
  const residual = options.conversationResidual === true;
  const prepared: Prepared[] = examples.map((e) => {
    const x = extractFeatures(e.messages, bits, featureOptions);
    return { x, baseEnd: residual ? x.taskConversationStart : x.task.indices.length, ...labels(e, tasks) };
  });
  const w = new Float32Array((1 << bits) * stride);
  const g2 = new Float32Array(w.length).fill(1e-8);
  const bias = new Float64Array(stride);
  const biasG2 = new Float64Array(stride).fill(1e-8);
  const l2Strong = options.l2Strong ?? l2;
  /** AdaGrad step on one head's weights over the example's vector entries `[from, to)` (and the bias when `from` is 0). */
  const step = (x: SparseVector, c: number, g: number, decay: number, from = 0, to = x.indices.length): void => {
    if (from === 0) {
      biasG2[c] = (biasG2[c] ?? 0) + g * g;
      bias[c] = (bias[c] ?? 0) - (learningRate * g) / Math.sqrt(biasG2[c] ?? 1);
    }
    for (let j = from; j < to; j++) {
      const index = (x.indices[j] ?? 0) * stride + c;
      const gi = g * (x.values[j] ?? 0) + decay * (w[index] ?? 0);
      g2[index] = (g2[index] ?? 0) + gi * gi;
      w[index] = (w[index] ?? 0) - (learningRate * gi) / Math.sqrt(g2[index] ?? 1);
    }
  };
  /** Task logits over the vector entries `[0, to)`, softmaxed. */
  const taskProbabilities = (x: SparseVector, to: number): Float64Array => {
    const logits = Float64Array.from(bias.subarray(0, k));
    for (let j = 0; j < to; j++) {
      const base = (x.indices[j] ?? 0) * stride;
      const v = x.values[j] ?? 0;
      for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) + (w[base + c] ?? 0) * v;
    }
    softmaxInPlace(logits);
    return logits;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let loss = 0;
    for (const ex of shuffled(prepared, random)) {
      if (ex.task >= 0) {
        const p = taskProbabilities(ex.x.task, ex.baseEnd);
        loss -= ex.weight * Math.log(Math.max(1e-12, p[ex.task] ?? 0));
        for (let c = 0; c < k; c++) step(ex.x.task, c, ex.weight * ((p[c] ?? 0) - (c === ex.task ? 1 : 0)), l2, 0, ex.baseEnd);
      }
      if (ex.strong !== undefined) {
        let s = bias[k] ?? 0;
        const { indices, values } = ex.x.strong;
        for (let j = 0; j < indices.length; j++) s += (w[(indices[j] ?? 0) * stride + k] ?? 0) * (values[j] ?? 0);
        const p = sigmoid(s);
        const t = ex.strong;
        loss -= strongLossWeight * ex.strongWeight * (t * Math.log(Math.max(1e-12, p)) + (1 - t) * Math.log(Math.max(1e-12, 1 - p)));
        step(ex.x.strong, k, strongLossWeight * ex.strongWeight * (p - t), l2Strong);
      }
    }
    options.onEpoch?.(epoch + 1, loss / Math.max(1, prepared.length));
  }
  // Residual stage: the conversation layer's flags learn what the rest of the task head leaves.
  const residualEpochs = residual ? (options.conversationEpochs ?? Math.max(1, Math.floor(epochs / 2))) : 0;
  for (let epoch = 0; epoch < residualEpochs; epoch++) {
    let loss = 0;
    for (const ex of shuffled(prepared, random)) {
      if (ex.task < 0) continue;
      const end = ex.x.task.indices.length;
      if (ex.baseEnd === end) continue;
      const p = taskProbabilities(ex.x.task, end);
      loss -= ex.weight * Math.log(Math.max(1e-12, p[ex.task] ?? 0));
      for (let c = 0; c < k; c++) step(ex.x.task, c, ex.weight * ((p[c] ?? 0) - (c === ex.task ? 1 : 0)), l2, ex.baseEnd, end);
    }
    options.onEpoch?.(epochs + epoch + 1, loss / Math.max(1, prepared.length));
  }
  return {
    bits,
    tasks,
    taskBias: Float32Array.from(bias.subarray(0, k)),
    strongBias: bias[k] ?? 0,
    weights: w,
    difficultyCuts: [0.25, 0.5, 0.75],
    taskStrongPrior: Float32Array.from(tasks.map((t) => options.taskStrongPrior?.[t] ?? 0.5)),
    priorBlend: options.priorBlend ?? 0,
    mathLengthWeight: options.mathLengthWeight ?? 0,
    priorFromBase: residual,
    featureOptions,
    meta: {},
  };
}


/**
 * The mean of models trained on the same data with different seeds (weights, biases): for a linear model that is
 * the mean of their logits, which takes out most of the run-to-run noise of the shuffled example order.
 * Everything else (tasks, options, prior, cuts) is the first model's.
 */
export function averageModels(models: readonly LearnedWeights[]): LearnedWeights {
  const [first] = models;
  if (!first) throw new Error("averageModels needs at least one model");
  if (models.length === 1) return first;
  const weights = new Float32Array(first.weights.length);
  const taskBias = new Float32Array(first.taskBias.length);
  let strongBias = 0;
  for (const model of models) {
    if (model.weights.length !== weights.length) throw new Error("averageModels: models of different shapes");
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) + (model.weights[i] ?? 0) / models.length;
    for (let c = 0; c < taskBias.length; c++) taskBias[c] = (taskBias[c] ?? 0) + (model.taskBias[c] ?? 0) / models.length;
    strongBias += model.strongBias / models.length;
  }
  return { ...first, weights, taskBias, strongBias };
}
