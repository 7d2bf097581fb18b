/**
 * Per-arm reward models shared by the batch adapter and the online bandit: for each tier, a logistic
 * regression of the reward (0..1) on a small feature map of the routing features: bias, the shipped
 * strong-need logit, log tokens, the task label, the difficulty label, and the hashed word/structure
 * slots folded into `dim` buckets. Trained by AdaGrad with L2, deterministically.
 * @module
 */
import type { RoutingFeatures } from "./routing-features.js";

/** Default number of weights per arm (a power of two). */
export const DEFAULT_DIM = 4096;
const DENSE = 3;

/** A feature map: slot indices and values. */
export interface MappedFeatures {
  slots: number[];
  values: number[];
}

/** One arm's weights and AdaGrad accumulators (plain arrays: JSON-serialisable). */
export interface ArmWeights {
  w: number[];
  g2: number[];
}

/** Training settings of the arm models. */
export interface ArmTraining {
  learningRate: number;
  l2: number;
  /** Arm terms of the shared model are regularised this many times more than the common term. */
  armL2Factor?: number;
}

export const DEFAULT_ARM_TRAINING: ArmTraining = { learningRate: 0.2, l2: 1e-4 };

/** Integer mix (murmur3 finaliser) to spread slots and strings over the buckets. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashLabel(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** The strong-need probability as a clipped logit, halved (roughly −2.3..2.3). */
export function staticLogit(p: number): number {
  const q = Math.max(0.01, Math.min(0.99, p));
  return Math.log(q / (1 - q)) / 2;
}

/** Maps routing features to the arm models' input. */
export function mapFeatures(f: RoutingFeatures, dim = DEFAULT_DIM): MappedFeatures {
  const buckets = dim - DENSE;
  const slots = [0, 1, 2, DENSE + (hashLabel(`task:${f.task}`) % buckets), DENSE + (hashLabel(`difficulty:${f.difficulty}`) % buckets)];
  const values = [1, staticLogit(f.strong_probability), Math.log1p(f.tokens) / 8, 1, 1];
  let norm = 0;
  for (const [, v] of f.hashed) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [slot, v] of f.hashed) {
    slots.push(DENSE + (mix(slot + 0x9e3779b9) % buckets));
    values.push(v * scale);
  }
  return { slots, values };
}

/** Fresh zero weights. */
export function newArmWeights(dim = DEFAULT_DIM): ArmWeights {
  return { w: new Array<number>(dim).fill(0), g2: new Array<number>(dim).fill(0) };
}

/** Predicted reward of an arm for mapped features. */
export function predictArm(arm: ArmWeights, x: MappedFeatures): number {
  let z = 0;
  for (let i = 0; i < x.slots.length; i++) z += (arm.w[x.slots[i] as number] ?? 0) * (x.values[i] as number);
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/** One weighted AdaGrad step of logistic loss toward `reward` (mutates `arm`). */
export function updateArm(arm: ArmWeights, x: MappedFeatures, reward: number, weight: number, training: ArmTraining = DEFAULT_ARM_TRAINING): void {
  const error = (predictArm(arm, x) - reward) * weight;
  for (let i = 0; i < x.slots.length; i++) {
    const slot = x.slots[i] as number;
    const g = error * (x.values[i] as number) + training.l2 * (arm.w[slot] ?? 0);
    const g2 = (arm.g2[slot] ?? 0) + g * g;
    arm.g2[slot] = g2;
    arm.w[slot] = (arm.w[slot] ?? 0) - (training.learningRate * g) / Math.sqrt(g2 + 1e-8);
  }
}

/** Predicted reward of an arm in the shared model: a common term (difficulty) plus the arm's own term. */
export function predictShared(common: ArmWeights, arm: ArmWeights, x: MappedFeatures): number {
  let z = 0;
  for (let i = 0; i < x.slots.length; i++) {
    const slot = x.slots[i] as number;
    z += ((common.w[slot] ?? 0) + (arm.w[slot] ?? 0)) * (x.values[i] as number);
  }
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

function adagradStep(weights: ArmWeights, slot: number, gradient: number, training: ArmTraining, l2: number): void {
  const g = gradient + l2 * (weights.w[slot] ?? 0);
  const g2 = (weights.g2[slot] ?? 0) + g * g;
  weights.g2[slot] = g2;
  weights.w[slot] = (weights.w[slot] ?? 0) - (training.learningRate * g) / Math.sqrt(g2 + 1e-8);
}

/**
 * One weighted AdaGrad step of the shared model (mutates both): the common weights learn what makes a
 * prompt hard for every arm, the arm's weights (more strongly regularised) what sets this arm apart.
 * The cheapest arm has no own term (pass `undefined`), so arm terms are gains over it.
 */
export function updateShared(common: ArmWeights, arm: ArmWeights | undefined, x: MappedFeatures, reward: number, weight: number, training: ArmTraining = DEFAULT_ARM_TRAINING): void {
  const zero: ArmWeights = { w: [], g2: [] };
  const error = (predictShared(common, arm ?? zero, x) - reward) * weight;
  for (let i = 0; i < x.slots.length; i++) {
    const slot = x.slots[i] as number;
    const gradient = error * (x.values[i] as number);
    adagradStep(common, slot, gradient, training, training.l2);
    if (arm) adagradStep(arm, slot, gradient, training, training.l2 * (training.armL2Factor ?? 1));
  }
}

/**
 * Moves the shared model from an outcome it learned with one reward to the same outcome with another (a corrected
 * score): the gradient of swapping the two is `weight × (previous − reward) × x`, whatever the prediction. The step
 * uses each slot's current AdaGrad rate without adding to it and without L2, so corrections back and forth cancel
 * exactly and cannot slow the rest of the learning down (a client flipping its score in a loop moves nothing).
 */
export function correctShared(common: ArmWeights, arm: ArmWeights | undefined, x: MappedFeatures, change: { previousReward: number; reward: number; weight: number }, training: ArmTraining = DEFAULT_ARM_TRAINING): void {
  const error = (change.previousReward - change.reward) * change.weight;
  for (let i = 0; i < x.slots.length; i++) {
    const slot = x.slots[i] as number;
    const gradient = error * (x.values[i] as number);
    for (const weights of arm ? [common, arm] : [common]) {
      weights.w[slot] = (weights.w[slot] ?? 0) - (training.learningRate * gradient) / Math.sqrt((weights.g2[slot] ?? 0) + 1e-8);
    }
  }
}

/** Weighted log loss of a prediction. */
export function logLoss(predicted: number, reward: number, weight: number): number {
  const p = Math.max(1e-6, Math.min(1 - 1e-6, predicted));
  return -weight * (reward * Math.log(p) + (1 - reward) * Math.log(1 - p));
}

/** A small seeded PRNG (mulberry32): returns the next state and a uniform 0..1 draw. */
export function nextRandom(state: number): { state: number; value: number } {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { state: s, value: ((t ^ (t >>> 14)) >>> 0) / 4294967296 };
}

/** Uniform 0..1 draws from `nextRandom`, starting at `seed`: the same sequence for the same seed. */
export function seededDraws(seed: number): () => number {
  let state = seed;
  return () => {
    const next = nextRandom(state);
    state = next.state;
    return next.value;
  };
}

/** A seeded Fisher–Yates permutation of 0..n−1. */
export function seededPermutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    const draw = nextRandom(state);
    state = draw.state;
    const j = Math.floor(draw.value * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
