/**
 * Picks a conversation classifier by name.
 * @module
 */
import type { ConversationClassifier } from "./classifier.js";
import { createHeuristicClassifier } from "./heuristic-classifier.js";

/** The classifier names `--router` and `routing.classifier` accept. */
export const CLASSIFIER_NAMES = ["heuristic"] as const;
export type ClassifierName = (typeof CLASSIFIER_NAMES)[number];

/** Creates the named classifier. */
export function createClassifier(name: ClassifierName): ConversationClassifier {
  switch (name) {
    case "heuristic":
      return createHeuristicClassifier();
  }
}
