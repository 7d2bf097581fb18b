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
  /** `basis`: what set the difficulty, in plain words, for the decision's reasons (none when the classifier does not say). */
  difficulty: Classification<Difficulty> & { basis?: string };
  /**
   * Probability (0..1) that a strong model is needed. The quality knob turns it into a tier.
   * Heuristic classifiers derive it from the difficulty.
   */
  strongProbability: number;
  /** Which turn or signal set the task, for the decision's reasons (e.g. "task translation from turn 1: cue 'traduce' (es)"). */
  taskReason?: string;
}

/** Reads a whole conversation and estimates task type and difficulty. */
export interface ConversationClassifier {
  /** `heuristic`, `learned`, `random`, ... */
  readonly name: string;
  classify(messages: readonly ChatMessage[]): ConversationClassification;
}
