/**
 * The `learned` classifier: hashed features → a softmax task head and a logistic strong-need head.
 * Weights come from `switchyard train` (`weights.json` next to this file) or are passed in.
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DIFFICULTIES, type ConversationClassification, type ConversationClassifier } from "../classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { collectSlots, type FeatureSet, type SlotBag } from "./features.js";
import { deserializeWeights, type LearnedWeights } from "./learned-weights.js";
import { sumRows } from "./sum-rows.js";

/** Where `switchyard train` writes the shipped weights (resolved next to this module, src or dist). */
export const DEFAULT_WEIGHTS_URL = new URL("./weights.json", import.meta.url);

/** Tasks whose difficulty grows with the problem's length (more quantities, more steps). */
const MATH_LIKE = new Set(["math", "deep_reasoning"]);

let cachedDefault: LearnedWeights | undefined;

/** Loads weights from a JSON file (default: the shipped `weights.json`). */
export function loadLearnedWeights(file: string | URL = DEFAULT_WEIGHTS_URL): LearnedWeights {
  const isDefault = file === DEFAULT_WEIGHTS_URL;
  if (isDefault && cachedDefault) return cachedDefault;
  const weights = deserializeWeights(JSON.parse(readFileSync(file instanceof URL ? fileURLToPath(file) : file, "utf8")) as unknown);
  if (isDefault) cachedDefault = weights;
  return weights;
}

/** Raw scores of both heads: the task logits, the task logits without the conversation layer's flags, and the strong-need logit. */
export interface HeadScores {
  taskLogits: Float64Array;
  /** The task head without the conversation layer's flags (what the strong-need prior reads when `priorFromBase`). */
  baseTaskLogits: Float64Array;
  strongLogit: number;
  /** The part of `strongLogit` the latest turn's words add (normalised); 0 where the vector path cannot tell it apart. */
  strongLexical: number;
}

/** Raw scores of both heads for a feature vector. */
export function scoreFeatures(weights: LearnedWeights, features: FeatureSet): HeadScores {
  const k = weights.tasks.length;
  const stride = k + 1;
  const baseTaskLogits = Float64Array.from(weights.taskBias);
  const taskLogits = new Float64Array(k);
  const w = weights.weights;
  const { indices, values } = features.task;
  const conversationStart = Math.min(features.taskConversationStart, indices.length);
  // Hot loop: typed-array reads are in bounds by construction (slot < 2^bits), hence the casts.
  for (let j = 0; j < indices.length; j++) {
    const base = (indices[j] as number) * stride;
    const x = values[j] as number;
    const into = j < conversationStart ? baseTaskLogits : taskLogits;
    for (let c = 0; c < k; c++) into[c] = (into[c] as number) + (w[base + c] as number) * x;
  }
  for (let c = 0; c < k; c++) taskLogits[c] = (taskLogits[c] as number) + (baseTaskLogits[c] as number);
  let strongLogit = weights.strongBias;
  const strong = features.strong;
  for (let j = 0; j < strong.indices.length; j++) strongLogit += (w[(strong.indices[j] as number) * stride + k] as number) * (strong.values[j] as number);
  return { taskLogits, baseTaskLogits, strongLogit, strongLexical: 0 };
}

/** Softmax in place; returns the arg-max index. */
export function softmaxInPlace(logits: Float64Array): number {
  let best = 0;
  for (let c = 1; c < logits.length; c++) if ((logits[c] ?? 0) > (logits[best] ?? 0)) best = c;
  const max = logits[best] ?? 0;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    const e = Math.exp((logits[c] ?? 0) - max);
    logits[c] = e;
    sum += e;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] ?? 0) / sum;
  return best;
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

const LOG_60 = Math.log(60);
const LOG_4 = Math.log(4);

/** Log word count scaled to −1 (15 words) .. 0 (60) .. +1 (240 or more). */
export function lengthTerm(words: number): number {
  return Math.max(-1, Math.min(1, (Math.log(Math.max(1, words)) - LOG_60) / LOG_4));
}

/** Value of a flag slot (structure, cues), as in `FeatureSet` vectors. */
const FLAG_VALUE = 0.25;

/**
 * Per-call sums and logits, reused (classification is synchronous): allocating a typed array costs more than
 * filling one.
 */
let scratch = newScratch(16);

function newScratch(k: number): Record<"lexical" | "flags" | "conversation" | "taskLogits" | "baseTaskLogits", Float64Array> {
  return { lexical: new Float64Array(k), flags: new Float64Array(k), conversation: new Float64Array(k), taskLogits: new Float64Array(k), baseTaskLogits: new Float64Array(k) };
}

function sumScratch(k: number): typeof scratch {
  if (scratch.lexical.length !== k) scratch = newScratch(k);
  scratch.lexical.fill(0);
  scratch.flags.fill(0);
  scratch.conversation.fill(0);
  return scratch;
}

/**
 * Scores both heads straight from the shared slot bags (no vectors built): the same sums as
 * {@link scoreFeatures} over `extractFeatures`, with the lexical norm applied once at the end. The logits arrays
 * are reused: valid until the next call.
 */
export function scoreSlots(weights: LearnedWeights, task: SlotBag, strong: SlotBag): HeadScores {
  const k = weights.tasks.length;
  const stride = k + 1;
  const w = weights.weights;
  const { lexical, flags, conversation, baseTaskLogits, taskLogits } = sumScratch(k);
  const conversationStart = task.conversationStart;
  sumRows(w, stride, k, task.lexical, task.lexicalCount, lexical);
  sumRows(w, stride, k, task.flags, conversationStart, flags);
  sumRows(w, stride, k, task.flags, task.flagCount, conversation, conversationStart);
  const taskScale = 1 / Math.sqrt(Math.max(1, task.lexicalCount));
  for (let c = 0; c < k; c++) {
    baseTaskLogits[c] = (weights.taskBias[c] as number) + (lexical[c] as number) * taskScale + (flags[c] as number) * FLAG_VALUE;
    taskLogits[c] = (baseTaskLogits[c] as number) + (conversation[c] as number) * FLAG_VALUE;
  }
  let strongLexical = 0;
  for (let j = 0; j < strong.lexicalCount; j++) strongLexical += w[(strong.lexical[j] as number) * stride + k] as number;
  let strongFlags = 0;
  for (let j = 0; j < strong.flagCount; j++) strongFlags += w[(strong.flags[j] as number) * stride + k] as number;
  const lexicalPart = strongLexical / Math.sqrt(Math.max(1, strong.lexicalCount));
  const strongLogit = weights.strongBias + lexicalPart + strongFlags * FLAG_VALUE;
  return { taskLogits, baseTaskLogits, strongLogit, strongLexical: lexicalPart };
}

function toClassification(weights: LearnedWeights, messages: readonly ChatMessage[]): ConversationClassification {
  const features = collectSlots(messages, weights.bits, weights.featureOptions);
  const { taskLogits, baseTaskLogits, strongLogit: withWords, strongLexical } = scoreSlots(weights, features.task, features.strong);
  // The strong-need head's word weights were learned from English prompts. Another language's words land on slots
  // English words trained (hash collisions): noise that priced Spanish, Portuguese and French asks a tier up. On such a
  // turn the words count as no evidence; the task prior and the structure flags read the difficulty (twenty-first round).
  const strongLogit = features.english ? withWords : withWords - strongLexical;
  const best = softmaxInPlace(taskLogits);
  // The strong-need side reads the task head without the conversation layer when the weights say so.
  const priorProbabilities = weights.priorFromBase ? baseTaskLogits : taskLogits;
  if (weights.priorFromBase) softmaxInPlace(baseTaskLogits);
  let prior = 0;
  let mathLike = 0;
  for (let c = 0; c < priorProbabilities.length; c++) {
    prior += (priorProbabilities[c] ?? 0) * (weights.taskStrongPrior[c] ?? 0.5);
    if (MATH_LIKE.has(weights.tasks[c] ?? "")) mathLike += priorProbabilities[c] ?? 0;
  }
  const blended = weights.priorBlend * prior + (1 - weights.priorBlend) * sigmoid(strongLogit);
  const strongProbability = Math.max(0, Math.min(1, blended + weights.mathLengthWeight * mathLike * lengthTerm(features.words)));
  const cuts = weights.difficultyCuts;
  let level = 0;
  while (level < cuts.length && strongProbability >= (cuts[level] ?? 1)) level++;
  return {
    task: { label: weights.tasks[best] ?? "chat", confidence: taskLogits[best] ?? 0 },
    difficulty: { label: DIFFICULTIES[level] ?? "premium", confidence: 0.5 + Math.abs(strongProbability - 0.5), cuts },
    strongProbability,
  };
}

/**
 * Creates the learned classifier.
 * @param weights - weights already loaded (e.g. fresh from training); default: the shipped file.
 * @example
 * const classifier = createLearnedClassifier();
 * classifier.classify([{ role: "user", content: "Translate 'good morning' into French" }]).task.label; // "translation"
 */
export function createLearnedClassifier(weights?: LearnedWeights): ConversationClassifier {
  const resolved = weights ?? loadLearnedWeights();
  return {
    name: "learned",
    classify: (messages) => toClassification(resolved, messages),
  };
}
