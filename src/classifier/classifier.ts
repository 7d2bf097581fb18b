/**
 * The classifier interface every router implements (`heuristic`, `learned`, ...).
 * @module
 */
import type { ChatMessage, Classification } from "../core/types.js";

/** The difficulty ladder a complexity classifier answers with, cheapest first. */
export const DIFFICULTIES = ["budget", "mid", "standard", "premium"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** What a classifier says about one conversation. */
export interface ConversationClassification {
  task: Classification;
  difficulty: Classification<Difficulty>;
  /**
   * Probability (0..1) that a strong model is needed. The quality knob turns it into a tier.
   * Heuristic classifiers derive it from the difficulty.
   */
  strongProbability: number;
  /** Which turn or signal set the task, for the decision's reasons (e.g. "task translation from turn 1: cue 'traduce' (es)"). */
  taskReason?: string;
  /** What the learned classifier computed on the way (the routing features' `v: 2` record keeps it); absent for the others. */
  signals?: ClassifierSignals;
}

/** Numbers the learned classifier computes for every conversation: its task posterior and the strong-need score's parts. */
export interface ClassifierSignals {
  /** The task head's softmax, per task label, aligned with `tasks`. */
  taskPosterior: Float64Array;
  /** The task labels of `taskPosterior` (the weights' list: shared, not copied). */
  tasks: readonly string[];
  /** The strong-need head's logit (words counted only for English turns). */
  headLogit: number;
  /** The part of `headLogit` the latest turn's words add (0 for other languages). */
  lexical: number;
  /** The task posterior's strong-need prior (0..1). */
  prior: number;
  /** Posterior mass of the maths-like tasks (0..1). */
  mathLike: number;
  /** Word tokens of the latest user turn (capped at 600). */
  words: number;
}

/** Reads a whole conversation and estimates task type and difficulty. */
export interface ConversationClassifier {
  /** `heuristic`, `learned`, `random`, ... */
  readonly name: string;
  classify(messages: readonly ChatMessage[]): ConversationClassification;
}
