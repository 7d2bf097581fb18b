/**
 * Routing features: the compact, prompt-free record of one conversation that the decision log keeps and
 * the deployment adapter trains on (`switchyard train --from-log`, `eval --online`).
 *
 * What is kept (JSON, version `v: 1`): the classifier's top task and its confidence, the difficulty label,
 * the strong-need probability, the estimated prompt token count, and at most 64 `[slot, value]` pairs of the
 * learned classifier's hashed strong-need features (word unigrams of the latest user turn, structure flags
 * such as "has code fence", task cues), hashed into 2^16 slots.
 *
 * What can be recovered: no raw text is stored. The hashed slots are FNV-1a hashes of single lower-cased
 * words masked to 16 bits, so anyone with a word list can run a dictionary attack and learn which common
 * words (may have) appeared — with many collisions (65,536 slots), without order, and only for the 64
 * heaviest slots. Numbers, names and rare words are as guessable as any other word. Treat the features as
 * sensitive metadata, not as anonymous; storing them is opt-out (docs/learning.md).
 * @module
 */
import type { ConversationClassification, Difficulty } from "../classifier/classifier.js";
import { DIFFICULTIES } from "../classifier/classifier.js";
import { estimateMessagesTokens } from "../classifier/estimate-tokens.js";
import { strongSlotBag } from "../classifier/learned/features.js";
import { topSlots } from "./top-slots.js";
import type { ChatMessage } from "../core/types.js";

/** Version of the feature record; bump when the meaning of a field changes. */
export const ROUTING_FEATURES_VERSION = 1;
/** Hash space of `hashed` slots (2^16). */
export const ROUTING_FEATURE_BITS = 16;
/** At most this many hashed slots are kept. */
export const MAX_HASHED_FEATURES = 64;

/** The prompt-free features of one routed conversation (JSON-serialisable). */
export interface RoutingFeatures {
  v: typeof ROUTING_FEATURES_VERSION;
  /** The classifier's top task label. */
  task: string;
  task_confidence: number;
  difficulty: Difficulty;
  /** The shipped router's strong-need probability (0..1). */
  strong_probability: number;
  /** Estimated prompt tokens. */
  tokens: number;
  /** Up to 64 `[slot, value]` pairs of hashed word and structure features, heaviest first. */
  hashed: [number, number][];
}

/**
 * `Number(value.toFixed(digits))` without formatting a string: `Math.round(value × 10^digits) / 10^digits` is the
 * same number whenever `value × 10^digits` is not within rounding error of a half (then `toFixed` decides, as before).
 */
function round(value: number, digits: number): number {
  const factor = POWERS_OF_TEN[digits] ?? 10 ** digits;
  const scaled = value * factor;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled) < 1e12 && Math.abs(Math.abs(scaled - nearest) - 0.5) > 1e-6) return nearest / factor;
  return Number(value.toFixed(digits));
}
const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/** The pairs' sums rounded to 3 decimals, in place. */
function roundSums(pairs: [number, number][]): [number, number][] {
  for (const pair of pairs) pair[1] = round(pair[1], 3);
  return pairs;
}

/**
 * Extracts the routing features of a conversation, given the shipped classifier's answer on it.
 * @example
 * const features = extractRoutingFeatures(messages, classifier.classify(messages));
 * JSON.stringify(features); // safe to store: no raw text
 */
export function extractRoutingFeatures(messages: readonly ChatMessage[], classification: ConversationClassification, promptTokens?: number): RoutingFeatures {
  const strong = strongSlotBag(messages, ROUTING_FEATURE_BITS);
  return {
    v: ROUTING_FEATURES_VERSION,
    task: classification.task.label,
    task_confidence: round(classification.task.confidence, 4),
    difficulty: classification.difficulty.label,
    strong_probability: round(classification.strongProbability, 6),
    tokens: promptTokens ?? estimateMessagesTokens(messages),
    hashed: roundSums(topSlots(strong, ROUTING_FEATURE_BITS, MAX_HASHED_FEATURES)),
  };
}

function isPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === "number" && Number.isFinite(value[1]);
}

/** Validates a stored feature record (e.g. a decision-log column); undefined when it is not one. */
export function parseRoutingFeatures(value: unknown): RoutingFeatures | undefined {
  const raw = typeof value === "string" ? safeJson(value) : value;
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as Partial<RoutingFeatures>;
  if (r.v !== ROUTING_FEATURES_VERSION || typeof r.task !== "string" || typeof r.strong_probability !== "number") return undefined;
  if (!Array.isArray(r.hashed) || !r.hashed.every(isPair)) return undefined;
  const difficulty = (DIFFICULTIES as readonly string[]).includes(r.difficulty ?? "") ? (r.difficulty as Difficulty) : "standard";
  return {
    v: ROUTING_FEATURES_VERSION,
    task: r.task,
    task_confidence: typeof r.task_confidence === "number" ? r.task_confidence : 0,
    difficulty,
    strong_probability: Math.max(0, Math.min(1, r.strong_probability)),
    // A negative count would make log1p(tokens) NaN in every model that reads it, and an infinite one (`1e999` in
    // JSON parses as Infinity) NaN once multiplied by a zero weight.
    tokens: typeof r.tokens === "number" && Number.isFinite(r.tokens) && r.tokens >= 0 ? r.tokens : 0,
    hashed: r.hashed.slice(0, MAX_HASHED_FEATURES),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
