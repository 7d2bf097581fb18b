/**
 * Picks a conversation classifier by name.
 * @module
 */
import type { ConversationClassifier } from "./classifier.js";
import { createHeuristicClassifier } from "./heuristic-classifier.js";
import { createLearnedClassifier } from "./learned/learned-classifier.js";
import { readingConversations } from "./conversation/conversation-classifier.js";

/** The classifier names `--router` and `routing.classifier` accept. */
export const CLASSIFIER_NAMES = ["heuristic", "learned"] as const;
export type ClassifierName = (typeof CLASSIFIER_NAMES)[number];

const cache = new Map<ClassifierName, ConversationClassifier>();

/**
 * The named classifier, reading whole conversations (follow-ups, agent context, numbers that are not
 * maths; see `conversation/conversation-classifier.ts`). Created once per process: the learned one
 * loads its weights file.
 */
export function createClassifier(name: ClassifierName): ConversationClassifier {
  let classifier = cache.get(name);
  if (!classifier) {
    classifier = readingConversations(name === "learned" ? createLearnedClassifier() : createHeuristicClassifier());
    cache.set(name, classifier);
  }
  return classifier;
}
