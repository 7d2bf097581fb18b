/**
 * Builds a `ConversationClassifier` from a router name: `random`, `heuristic` or `learned`.
 * @module
 */
import type { ConversationClassifier } from "../classifier/classifier.js";
import { readingConversations } from "../classifier/conversation/conversation-classifier.js";
import { createHeuristicClassifier } from "../classifier/heuristic-classifier.js";
import { createLearnedClassifier, loadLearnedWeights } from "../classifier/learned/index.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { whyUnreadable } from "../core/why-unreadable.js";
import { createRandomClassifier } from "./random-classifier.js";

/** Router names `eval` accepts. */
export const ROUTER_NAMES = ["random", "heuristic", "learned"] as const;

/** Options for building a classifier. */
export interface ClassifierByNameOptions {
  /** Seed of the random router (RouteLLM seeds with 0). */
  seed?: number;
  /** A weights file for `learned` instead of the shipped one. */
  weightsFile?: string;
}

/** Creates the named classifier. */
export async function createClassifierByName(name: string, options: ClassifierByNameOptions = {}): Promise<ConversationClassifier> {
  switch (name) {
    case "random":
      return createRandomClassifier(options.seed ?? 0);
    case "heuristic":
      return readingConversations(createHeuristicClassifier());
    case "learned":
      return readingConversations(createLearnedClassifier(options.weightsFile ? weightsFrom(options.weightsFile) : undefined));
    default:
      throw new InvalidRequestError(`Unknown router "${name}". Valid routers: ${ROUTER_NAMES.join(", ")}.`, { param: "router" });
  }
}

/** A weights file given by name (`--weights`): one that cannot be read or parsed is named, with why. */
function weightsFrom(file: string): ReturnType<typeof loadLearnedWeights> {
  try {
    return loadLearnedWeights(file);
  } catch (error) {
    const why = error instanceof SyntaxError ? `not valid JSON (${error.message})` : whyUnreadable(error);
    throw new InvalidRequestError(`Cannot read the weights file ${file}: ${why}.`, { param: "weights" });
  }
}
