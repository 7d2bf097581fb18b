/**
 * The learned classifier's weights: one hashed linear layer shared by a multinomial task head and a
 * logistic strong-need head, stored interleaved per slot (`[task_0..task_K-1, strong]`) for cache
 * locality, and serialised as int16 + per-head scale in base64 to stay small.
 * @module
 */
import { ConfigError } from "../../core/errors/index.js";
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from "./features.js";

/** In-memory weights. */
export interface LearnedWeights {
  bits: number;
  tasks: string[];
  taskBias: Float32Array;
  strongBias: number;
  /** `2^bits × (tasks.length + 1)` values, slot-major. */
  weights: Float32Array;
  /** Cut points on the strong-need probability between budget|mid|standard|premium. */
  difficultyCuts: [number, number, number];
  /** Per task (same order as `tasks`): the team's prior strong-need of that task. */
  taskStrongPrior: Float32Array;
  /**
   * Share of the final strong-need probability taken from the task prior weighted by the task
   * head's probabilities; the rest comes from the strong-need head.
   */
  priorBlend: number;
  /**
   * Within maths and reasoning, longer problems need more steps: the final probability moves by up to
   * ± this much × P(math or deep_reasoning), with the log word count (15 words: −1, 60: 0, 240: +1).
   */
  mathLengthWeight: number;
  /**
   * The conversation layer's flags (script, cues in ten languages, log / metrics shape, agent context)
   * were trained as a residual on top of the rest of the task head: the task label reads both, while
   * the strong-need prior and the maths share read the task head without them (so the difficulty of a
   * single English prompt does not move with the conversation layer). False for older files.
   */
  priorFromBase: boolean;
  /** How features were extracted in training (inference uses the same). */
  featureOptions: FeatureOptions;
  /** Free-form training report (seed, data sizes, metrics). */
  meta: Record<string, unknown>;
}

/** The JSON file shape. */
export interface SerializedWeights {
  format: "switchyard-learned-v1";
  bits: number;
  tasks: string[];
  task_bias: number[];
  strong_bias: number;
  scale: number;
  weights_int16_base64: string;
  difficulty_cuts: [number, number, number];
  task_strong_prior: number[];
  prior_blend: number;
  math_length_weight?: number;
  /** See `LearnedWeights.priorFromBase` (absent: false). */
  prior_from_base?: boolean;
  /** Characters of the latest turn read for character 4-grams (default 1200, the first files' value). */
  char_ngram_chars?: number;
  meta: Record<string, unknown>;
}

/** Serialises weights (int16 quantisation with one global scale). */
export function serializeWeights(w: LearnedWeights): SerializedWeights {
  let max = 0;
  for (const v of w.weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((w.weights[i] ?? 0) / scale);
  return {
    format: "switchyard-learned-v1",
    bits: w.bits,
    tasks: w.tasks,
    task_bias: Array.from(w.taskBias, (v) => Number(v.toFixed(6))),
    strong_bias: Number(w.strongBias.toFixed(6)),
    scale,
    weights_int16_base64: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    difficulty_cuts: w.difficultyCuts,
    task_strong_prior: Array.from(w.taskStrongPrior, (v) => Number(v.toFixed(4))),
    prior_blend: w.priorBlend,
    math_length_weight: w.mathLengthWeight,
    prior_from_base: w.priorFromBase,
    char_ngram_chars: w.featureOptions.charNgramChars,
    meta: w.meta,
  };
}

/** Parses and validates a weights file's JSON. */
export function deserializeWeights(data: unknown): LearnedWeights {
  const s = data as Partial<SerializedWeights> | null;
  if (!s || s.format !== "switchyard-learned-v1" || typeof s.bits !== "number" || !Array.isArray(s.tasks) || typeof s.weights_int16_base64 !== "string") {
    throw new ConfigError([{ path: "classifier.learned.weights", message: "not a switchyard-learned-v1 file; run `switchyard train` to rebuild them" }]);
  }
  const bytes = Buffer.from(s.weights_int16_base64, "base64");
  const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const expected = (1 << s.bits) * (s.tasks.length + 1);
  if (q.length !== expected) throw new ConfigError([{ path: "classifier.learned.weights", message: `holds ${q.length} values, expected ${expected}; run \`switchyard train\`` }]);
  const scale = s.scale ?? 1;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = (q[i] ?? 0) * scale;
  return {
    bits: s.bits,
    tasks: s.tasks,
    taskBias: Float32Array.from(s.task_bias ?? []),
    strongBias: s.strong_bias ?? 0,
    weights,
    difficultyCuts: s.difficulty_cuts ?? [0.25, 0.5, 0.75],
    taskStrongPrior: Float32Array.from(s.task_strong_prior ?? s.tasks.map(() => 0.5)),
    priorBlend: s.prior_blend ?? 0,
    mathLengthWeight: s.math_length_weight ?? 0,
    priorFromBase: s.prior_from_base === true,
    featureOptions: { ...DEFAULT_FEATURE_OPTIONS, ...(s.char_ngram_chars === undefined ? {} : { charNgramChars: s.char_ngram_chars }) },
    meta: s.meta ?? {},
  };
}
