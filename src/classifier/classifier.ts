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
  /** What set the difficulty, for the decision's reasons (see {@link DifficultyBasis}). */
  difficulty: Classification<Difficulty> & DifficultyBasis;
  /**
   * Probability (0..1) that a strong model is needed. The quality knob turns it into a tier.
   * Heuristic classifiers derive it from the difficulty.
   */
  strongProbability: number;
  /** Which turn or signal set the task, for the decision's reasons (e.g. "task translation from turn 1: cue 'traduce' (es)"). */
  taskReason?: string;
}

/**
 * What set a difficulty, kept as the numbers the classifier compared (not as a sentence): a classifier reads a
 * conversation several times per request, and only the routed reading's basis is ever written out, once, by the auto
 * tier's reason (`describeDifficulty`). Neither: the classifier does not say (the heuristic one).
 */
export interface DifficultyBasis {
  /** The strong-need cuts (mid's, standard's, premium's) `strongProbability` was compared with. */
  cuts?: readonly number[];
  /** The turn asks for no work (an acknowledgement or go-ahead with nothing before it), so it was read as budget. */
  asksNoWork?: true;
}

/** Reads a whole conversation and estimates task type and difficulty. */
export interface ConversationClassifier {
  /** `heuristic`, `learned`, `random`, ... */
  readonly name: string;
  classify(messages: readonly ChatMessage[]): ConversationClassification;
}
