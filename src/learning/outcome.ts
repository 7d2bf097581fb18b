/**
 * Outcome examples: what the deployment adapter learns from. One example is one served decision whose
 * quality became known through a signal, with the signal's weight:
 *
 * | signal | reward | weight | why |
 * |---|---|---|---|
 * | `feedback` (`POST /v1/feedback`, `router.feedback()`) | the score given, 0..1 | 1.0 | a person (or the app) judged this answer |
 * | `judge` (sampled grader model) | the judge's score, 0..1 | 0.5 | a model's opinion: useful, but biased and noisy |
 * | `quality_check_failure` (automatic) | 0 | 0.75 | the answer failed a check (empty, truncated, refused, invalid JSON) |
 * | `escalation` (automatic retry on a stronger tier) | 0 for the escalated-from tier | 0.5 | a weaker tier was not enough, but escalation also fires on transient faults |
 *
 * When one decision has several signals, the adapter takes them all (each weighted); explicit feedback
 * overrides nothing, it simply weighs most.
 * @module
 */
import { parseRoutingFeatures, type RoutingFeatures } from "./routing-features.js";

/** The kinds of outcome signal the decision log records. */
export const OUTCOME_SIGNALS = ["feedback", "judge", "quality_check_failure", "escalation"] as const;
export type OutcomeSignal = (typeof OUTCOME_SIGNALS)[number];

/** Weight of each signal as a training example (see the module table). */
export const SIGNAL_WEIGHTS: Readonly<Record<OutcomeSignal, number>> = {
  feedback: 1,
  judge: 0.5,
  quality_check_failure: 0.75,
  escalation: 0.5,
};

/** One training example for the deployment adapter. */
export interface OutcomeExample {
  features: RoutingFeatures;
  /** The tier (arm) that served the decision: `budget`, `mid`, `standard`, `premium`, or a ladder rung. */
  tier: string;
  /** The model that answered. */
  model: string;
  /** Quality of the answer, 0 (bad) .. 1 (good). */
  reward: number;
  /** Training weight, from `SIGNAL_WEIGHTS` (> 0). */
  weight: number;
  costUsd: number;
  /**
   * Probability with which the router served this tier (the bandit records it per decision; absent = 1,
   * no exploration). The gate's off-policy check (`ranking-gate.ts`) divides by it.
   */
  propensity?: number;
  /**
   * Online mode: the decision and signal this example came from, so a signal repeated for one decision (the same
   * feedback posted twice, or by a client's retry loop) is learned from once.
   */
  source?: { decisionId: string; signal: OutcomeSignal };
}

/** Builds an example from a signal with its documented reward and weight. */
export function outcomeFromSignal(
  signal: OutcomeSignal,
  decision: { features: RoutingFeatures; tier: string; model: string; costUsd: number; propensity?: number },
  score?: number,
): OutcomeExample {
  const reward = signal === "quality_check_failure" || signal === "escalation" ? 0 : Math.max(0, Math.min(1, score ?? 0));
  return { ...decision, reward, weight: SIGNAL_WEIGHTS[signal] };
}

const isFiniteIn = (value: unknown, min: number, max: number): value is number => typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;

/**
 * Checks an example read back from somewhere it was serialised (online mode's shared Redis feed): undefined unless
 * every field the learner reads is there and in range. One bad entry would otherwise put NaN into the shared
 * model of every instance that replays it, for good.
 */
export function parseOutcomeExample(value: unknown): OutcomeExample | undefined {
  if (!value || typeof value !== "object") return undefined;
  const raw = value as Partial<Record<keyof OutcomeExample, unknown>>;
  const features = parseRoutingFeatures(raw.features);
  if (!features || typeof raw.tier !== "string" || !isFiniteIn(raw.reward, 0, 1) || !isFiniteIn(raw.weight, Number.MIN_VALUE, 1e6)) return undefined;
  if (raw.propensity !== undefined && !isFiniteIn(raw.propensity, Number.MIN_VALUE, 1)) return undefined;
  const example: OutcomeExample = { features, tier: raw.tier, model: typeof raw.model === "string" ? raw.model : "", reward: raw.reward, weight: raw.weight, costUsd: isFiniteIn(raw.costUsd, 0, Number.MAX_VALUE) ? raw.costUsd : 0 };
  if (raw.propensity !== undefined) example.propensity = raw.propensity;
  const source = raw.source as { decisionId?: unknown; signal?: unknown } | undefined;
  if (source && typeof source.decisionId === "string" && (OUTCOME_SIGNALS as readonly unknown[]).includes(source.signal)) {
    example.source = { decisionId: source.decisionId, signal: source.signal as OutcomeSignal };
  }
  return example;
}
