/**
 * A training example of the learned classifier, with where it came from.
 * @module
 */
import type { TrainingExample } from "../classifier/learned/train-model.js";

/** A training example with where it came from and the text used for de-duplication. */
export interface SourcedExample extends TrainingExample {
  source: string;
  prompt: string;
  /** Per-model 0/1 scores, when the source has them (llmrouter). */
  modelScores?: Record<string, number>;
}

/** One user message holding `prompt`. */
export function userMessages(prompt: string): SourcedExample["messages"] {
  return [{ role: "user", content: prompt }];
}
